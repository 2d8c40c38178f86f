import { paragraphSpans, sentenceSpans } from '../text/segment.ts';
import { extractQuotes } from './quotes.ts';

const SUBJECTS = ['The ministry', 'Senator Jane Holloway', 'The union', 'She', 'A spokesman for the council', 'They'];
const CONTENT = [
  'the new budget would cut funding for rural schools',
  'talks with the neighbouring country had stalled over the border dispute',
  'the committee will publish its findings before the end of the year',
];

/** A synthetic article mixing direct, indirect and unattributed sentences. */
export function syntheticArticle(paragraphs = 40): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const who = SUBJECTS[i % SUBJECTS.length]!;
    const what = CONTENT[i % CONTENT.length]!;
    switch (i % 4) {
      case 0: out.push(`${who} said on Tuesday that ${what}. Prices rose by 3 percent in the region.`); break;
      case 1: out.push(`"We will not accept this," ${who.toLowerCase()} said. "It is a question of principle."`); break;
      case 2: out.push(`According to ${who.toLowerCase()}, ${what}, and officials urged voters to stay calm.`); break;
      default: out.push(`The city council met for three hours and adopted the "green corridor" plan without a vote.`);
    }
  }
  return out.join('\n\n');
}

/** Throughput of extractQuotes on synthetic text (segmentation excluded). */
export function benchQuotes(iterations = 50): { docs: number; chars: number; ms: number; charsPerSec: number; docsPerSec: number } {
  const text = syntheticArticle();
  const paragraphs = paragraphSpans(text);
  const sentences = sentenceSpans(text, paragraphs);
  extractQuotes(text, { sentences, paragraphs, actors: [] }); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) extractQuotes(text, { sentences, paragraphs, actors: [] });
  const ms = Math.max(performance.now() - t0, 1e-3);
  const chars = text.length * iterations;
  return { docs: iterations, chars, ms, charsPerSec: (chars / ms) * 1000, docsPerSec: (iterations / ms) * 1000 };
}
