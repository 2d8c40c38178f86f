/**
 * A varied synthetic corpus made at run time from the real articles in seeds/: sentences are
 * recombined across articles, names and dates varied. Never written to disk.
 */
import { parseArticle } from '../../src/core/article/article.ts';
import { paragraphSpans, sentenceSpans } from '../../src/core/text/segment.ts';

export interface BenchArticle {
  id: string;
  text: string;
  published: string | null;
}

const FIRST = ['Maria', 'John', 'Aylin', 'Kenji', 'Fatima', 'Pedro', 'Olga', 'Samuel', 'Li', 'Amara', 'Jonas', 'Priya'];
const LAST = ['Okafor', 'Novak', 'Haddad', 'Tanaka', 'Silva', 'Kowalski', 'Mensah', 'Berg', 'Duarte', 'Ivanova', 'Chen', 'Rossi'];
const PLACES = ['Geneva', 'Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Quito', 'Tbilisi', 'Accra', 'Riga', 'Manila', 'Cairo', 'Lisbon'];
const TIMES = ['on Monday', 'last week', 'on Thursday', 'in March', 'two years ago', 'on August 9', 'this month', 'yesterday'];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

export function generateCorpus(seedFiles: string[], n: number, seed: number): BenchArticle[] {
  const sentences: string[] = [];
  for (const f of seedFiles) {
    const r = parseArticle('seed.txt', f, { today: '9999-12-31' });
    if (!r.ok) continue;
    const t = r.article.text;
    for (const s of sentenceSpans(t, paragraphSpans(t))) sentences.push(t.slice(s.start, s.end));
  }
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const out: BenchArticle[] = [];
  for (let i = 0; i < n; i++) {
    const paragraphs: string[] = [];
    const count = 4 + Math.floor(random() * 10);
    for (let p = 0; p < count; p++) {
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      const made = [
        `"We will not accept this," ${name} said ${pick(TIMES)} in ${pick(PLACES)}.`,
        `${name}, a spokesperson for the ${pick(PLACES)} council, told reporters that talks would resume ${pick(TIMES)}.`,
        `According to ${name}, the agreement signed ${pick(TIMES)} covers ${Math.floor(random() * 90 + 10)} percent of trade.`,
      ];
      paragraphs.push(random() < 0.5 || sentences.length === 0 ? pick(made) : `${pick(sentences)} ${pick(made)}`);
    }
    const y = 2000 + Math.floor(random() * 25);
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    const published = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    out.push({ id: `bench-${i}`, text: paragraphs.join('\n\n'), published });
  }
  return out;
}
