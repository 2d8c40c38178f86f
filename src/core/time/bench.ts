import { sentenceSpans } from '../text/segment.ts';
import { buildEvents } from './events.ts';
import { extractTimexes } from './timexes.ts';

export interface TimeBench {
  chars: number;
  timexes: number;
  events: number;
  ms: number;
  charsPerSecond: number;
  docsPerSecond: number;
}

const SENTENCES = [
  'The ministry said on Thursday that exports rose 4% in the third quarter from a year earlier.',
  'Officials will meet again next week in Geneva, two years after the talks collapsed.',
  'On August 9, the opposition organized protests that lasted three days.',
  'The company, founded in 1998, now employs 22,000 people and plans to hire more next spring.',
  'Shares have fallen 12% over the past three months, and the board meets every week.',
  'A 45-year-old man was arrested at 3 p.m. yesterday and paid $5 million in bail.',
  'Analysts expect growth in fiscal 2021, after a weak first half of 2020.',
  'The law was passed in the 1990s and amended on Jan. 5, 2004, then again last year.',
];

/** Deterministic generated article text of about `chars` characters. */
export function generateText(chars: number, seed = 1): string {
  let x = seed;
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const s = SENTENCES[x % SENTENCES.length]!;
    parts.push(s);
    n += s.length + 1;
    if (parts.length % 5 === 0) parts.push('\n\n');
  }
  return parts.join(' ');
}

/** Throughput of timex extraction plus timeline building on generated text. */
export function benchTime(options: { docs?: number; charsPerDoc?: number } = {}): TimeBench {
  const docs = options.docs ?? 50;
  const size = options.charsPerDoc ?? 5000;
  const texts = Array.from({ length: docs }, (_, i) => generateText(size, i + 1));
  let timexes = 0;
  let events = 0;
  let chars = 0;
  const t0 = performance.now();
  for (const text of texts) {
    const sentences = sentenceSpans(text);
    const tx = extractTimexes(text, { published: '2020-09-11', sentences });
    const ev = buildEvents(text, { published: '2020-09-11', sentences, timexes: tx, actors: [] });
    timexes += tx.length;
    events += ev.length;
    chars += text.length;
  }
  const ms = performance.now() - t0;
  return { chars, timexes, events, ms, charsPerSecond: Math.round((chars / ms) * 1000), docsPerSecond: Math.round((docs / ms) * 1000 * 10) / 10 };
}
