import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../text/segment.ts';
import type { Actor, ActorId, Quote, QuoteId } from '../types.ts';
import { buildEvents, summarize } from './events.ts';
import { extractTimexes } from './timexes.ts';

const TEXT = [
  'OSLO (Nordic Wire - 11th September, 2020) The Green League in a statement condemned the new mining law.',
  '"The law is a disgrace," the statement said on Thursday.',
  'On August 9, the Nordic opposition organized rallies after disputing the results of the vote.',
  'Minister Ola Berg said last week that the government will not change the law.',
  'The law has been debated for three years and critics now call it rushed.',
].join('\n\n');

function timeline(text: string, published: string | null, actors: Actor[] = []) {
  const sentences = sentenceSpans(text);
  const timexes = extractTimexes(text, { published, sentences });
  return buildEvents(text, { published, sentences, timexes, actors });
}

describe('buildEvents', () => {
  it('orders dated events chronologically and ends with the publication', () => {
    const ev = timeline(TEXT, '2020-09-11');
    expect(ev.map((e) => [e.date.value, e.date.precision, e.kind])).toEqual([
      ['2020-08-09', 'day', 'event'],
      ['2020-W36', 'week', 'event'],
      ['2020-09-10', 'day', 'event'],
      ['2020-09-11', 'day', 'publication'],
    ]);
    expect(ev.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(ev[1]!.date).toEqual({ value: '2020-W36', precision: 'week', start: '2020-08-31', end: '2020-09-06' });
    expect(ev[3]!.summary).toBe('Article published');
    expect(ev[3]!.timexId).toBeUndefined();
  });
  it('summarizes the clause as subject, verb, object', () => {
    const ev = timeline(TEXT, '2020-09-11');
    expect(ev[0]!.summary).toBe('Nordic opposition organized rallies');
    expect(ev[1]!.summary).toMatch(/^Minister Ola Berg said the government will not change/);
    expect(ev[2]!.summary).toBe('Statement: Law is a disgrace');
  });
  it('spans are the sentence of the timex and link the timex', () => {
    const ev = timeline(TEXT, '2020-09-11');
    const e = ev[0]!;
    expect(TEXT.slice(e.span.start, e.span.end)).toBe('On August 9, the Nordic opposition organized rallies after disputing the results of the vote.');
    expect(e.timexId).toBeDefined();
  });
  it('leaves out durations, sets and vague references', () => {
    const ev = timeline('Talks lasted three years. They meet weekly. Prices are now high. Later, he left.', '2020-09-11');
    expect(ev.map((e) => e.kind)).toEqual(['publication']);
  });
  it('collects the actors mentioned in the span', () => {
    const text = 'Ola Berg resigned on Monday. Kari Lund stayed.';
    const actors: Actor[] = [
      { id: 'a1' as ActorId, name: 'Ola Berg', type: 'person', mentions: [{ start: 0, end: 8, kind: 'name', text: 'Ola Berg' }] },
      { id: 'a2' as ActorId, name: 'Kari Lund', type: 'person', mentions: [{ start: 29, end: 38, kind: 'name', text: 'Kari Lund' }] },
    ];
    const ev = timeline(text, '2020-09-11', actors);
    expect(ev[0]!.actorIds).toEqual(['a1']);
    expect(ev[0]!.summary).toBe('Ola Berg resigned');
  });
  it('counts a quote speaker resolved to an actor ("she") as a mention of that actor', () => {
    const text = 'Kari Lund spoke first. She added that the agency would publish its findings in April.';
    const actors: Actor[] = [
      { id: 'a1' as ActorId, name: 'Kari Lund', type: 'person', mentions: [{ start: 0, end: 9, kind: 'name', text: 'Kari Lund' }] },
    ];
    const sentences = sentenceSpans(text);
    const timexes = extractTimexes(text, { published: '2020-03-14', sentences });
    const quote: Quote = {
      id: 'q1' as QuoteId, kind: 'indirect', spans: [[33, 85]], cue: { start: 27, end: 32, text: 'added' },
      speaker: { start: 23, end: 26, text: 'She' }, actorId: 'a1' as ActorId,
    };
    const event = (quotes?: Quote[]) => buildEvents(text, { published: '2020-03-14', sentences, timexes, actors, quotes }).find((e) => e.kind === 'event');
    expect(event([quote])!.actorIds).toEqual(['a1']);
    expect(event()!.actorIds).toEqual([]);
  });
  it('gives an event told inside a quotation to the quote\'s speaker', () => {
    const text = '"We had to cut the doses in October," Kari Lund said.';
    const actors: Actor[] = [
      { id: 'a1' as ActorId, name: 'Kari Lund', type: 'person', mentions: [{ start: 38, end: 47, kind: 'name', text: 'Kari Lund' }] },
    ];
    const sentences = [{ start: 1, end: 35 }];
    const timexes = extractTimexes(text, { published: '2020-11-03', sentences });
    const quote: Quote = { id: 'q1' as QuoteId, kind: 'direct', spans: [[1, 36]], cue: { start: 48, end: 52, text: 'said' }, speaker: { start: 38, end: 47, text: 'Kari Lund' }, actorId: 'a1' as ActorId };
    const ev = buildEvents(text, { published: '2020-11-03', sentences, timexes, actors, quotes: [quote] }).find((e) => e.kind === 'event');
    expect(ev!.date.value).toBe('2020-10');
    expect(ev!.actorIds).toEqual(['a1']);
  });
  it('keeps text order for events on the same date, coarser periods after finer ones', () => {
    const text = 'In September, sales fell. On Sept. 1, the chief quit. On Sept. 1, the board met.';
    const ev = timeline(text, '2020-09-11').filter((e) => e.kind === 'event');
    expect(ev.map((e) => e.summary)).toEqual(['Chief quit', 'Board met', 'Sales fell']);
  });
  it('has no publication event without a date', () => {
    expect(timeline('The vote took place on March 3, 2019.', null).map((e) => e.kind)).toEqual(['event']);
  });
  it('cuts the clause at a semicolon', () => {
    const text = 'Costs rose; on May 4, 2019, the firm cut jobs.';
    const [e] = timeline(text, null);
    expect(text.slice(e!.span.start, e!.span.end)).toBe('on May 4, 2019, the firm cut jobs.');
    expect(e!.summary).toBe('Firm cut jobs');
  });
});

describe('summarize', () => {
  it('falls back to the first words without a verb', () => {
    const text = 'Election results in the capital';
    expect(summarize(text, { start: 0, end: text.length })).toBe('Election results in the capital');
  });
});

describe('summaries of quoted statements and long clauses', () => {
  const sum = (text: string) => timeline(text, '2020-09-11').filter((e) => e.kind === 'event').map((e) => e.summary);
  it('uses the speaker and the gist of a leading quotation', () => {
    expect(sum('"The Green League condemns the new mining law in the strongest terms," the statement said on Thursday.')).toEqual(['Statement: Green League condemns the new mining law']);
    expect(sum('"We will not back down," said Ola Berg on Monday.')).toEqual(['Ola Berg: We will not back down']);
    expect(sum('"Prices are rising fast," he told reporters on Tuesday.')).toEqual(['He said: Prices are rising fast']);
    expect(sum('"We want an answer by Friday," said Kari Haugland, the head of the agency.')).toEqual(['Kari Haugland: We want an answer']);
    expect(sum('"We expect a full account by the end of the month," said Kari Haugland.')).toEqual(['Kari Haugland: We expect a full account']);
    expect(sum('"We expect the river to peak on Thursday night, and the towns downstream should prepare," said Miriam Holt.')).toEqual(['Miriam Holt: We expect the river to peak']);
    expect(sum('"Talks collapsed," the ministry of foreign affairs of the republic said in a statement on Friday.')).toEqual(['Ministry of foreign affairs: Talks collapsed']);
  });
  it('leaves out a participial apposition after the subject unless it holds the date', () => {
    const text = 'The study, published on Wednesday in the journal Nature Medicine, followed 11,000 patients at a hospital in Copenhagen between 2015 and 2021.';
    expect([...sum(text)].sort()).toEqual(['Study followed 11,000 patients', 'Study followed 11,000 patients', 'Study published in the journal Nature Medicine']);
  });
  it('names the person, not the noun phrase in apposition to the name', () => {
    expect(sum("Eva Lind, the union's leader, said on Tuesday that it would go to court.")).toEqual(['Eva Lind said it would go to court']);
    expect(sum('Eva Lind, the leader of the union since 2019, resigned.')).toEqual(['Eva Lind, the leader of the union']);
    expect(sum('Harbor Pharma and Lindqvist Labs, both members of the trade group, spent $3 million in 2023 on lobbying.')).toEqual([
      'Harbor Pharma and Lindqvist Labs spent $3 million',
    ]);
  });
  it('leaves out an age after a name, keeps currency signs and abbreviations, and ends on a content word', () => {
    expect(sum('Lund, 52, sold shares worth $4.2 million in May 2021.')).toEqual(['Lund sold shares worth $4.2 million']);
    expect(sum('"He knew," Assistant U.S. Attorney Ada Cole told jurors on Monday.')).toEqual(['Assistant U.S. Attorney Ada Cole: He knew']);
    expect(sum('The chief executive, Ada Lund, wrote on LinkedIn last week that the firm had "turned the page" on the scandal.')).toEqual(['Ada Lund wrote on LinkedIn that the firm had turned the page']);
  });
  it('gives a date in a relative clause after a quotation\'s speaker to that clause, not to the quotation', () => {
    expect(sum('"We never thought it would come back," said Ana Ruiz, whose daughter got her second dose on Wednesday.')).toEqual([
      'Ana Ruiz’s daughter got her second dose',
    ]);
  });
  it('keeps the preposition before a date that modifies a noun', () => {
    expect(sum('Nordvik reported a 30% drop in third-quarter profit.')).toEqual(['Nordvik reported a 30% drop in profit']);
  });
  it('gives a date in the content of a coordinated verb of saying to that verb', () => {
    expect(sum('Nordvik reported a fall in profit on Thursday and warned that demand in Europe would stay weak into next year.')).toContain(
      'Nordvik warned demand in Europe would stay weak',
    );
  });
  it('leaves out an apposition led by an adverb, or takes it with its noun when the date is its', () => {
    expect(sum('The grants, first approved in 2019 as part of a relief package, are due to expire on Dec. 31.')).toEqual([
      'Grants first approved as part of a relief package',
      'Grants are due to expire',
    ]);
  });
  it('gives the date after "before the" to the coordinated verb it follows', () => {
    expect(sum('The spokeswoman told reporters that the mayor was upset and urged the council to vote again before the August recess.')).toEqual([
      'Spokeswoman urged the council',
    ]);
  });
  it('does not end on a preposition left by the date', () => {
    expect(sum('The clinic said it would give free shots over the weekend.')).toEqual(['Clinic said it would give free shots']);
  });
  it('takes the second verb of the subject when the date belongs to it', () => {
    expect(sum('Coach Ada Lund said her team had been poor and called for a quick response against Lyon next Saturday.')).toEqual(['Coach Ada Lund called for a quick response against Lyon']);
    expect(sum('Berg scored twice and added a third on Sunday.')).toEqual(['Berg added a third']);
    expect(sum('The minister said prices rose and fell on Monday.')).toEqual(['Minister said prices rose and fell']);
    expect(sum('Truckmaker Nordvik reported a 20% fall in profit and said demand would weaken further next year.')).toEqual(['Truckmaker Nordvik said demand would weaken further']);
  });
  it('keeps a quotation that follows the verb of saying as the object', () => {
    expect(sum('The minister said on Monday that "the law is a disgrace" and would be repealed.')).toEqual(['Minister said the law is a disgrace and would be repealed']);
  });
  it('has no quote marks, a capital first letter and at most twelve words', () => {
    for (const s of sum('Spokesman Ola Berg of the northern fisheries board said last week that the government will not give any grants to the new harbour project in the north.')) {
      expect(s).not.toMatch(/["“”]/);
      expect(s[0]).toMatch(/[A-Z]/);
      expect(s.split(' ').length).toBeLessThanOrEqual(12);
      expect(s).not.toMatch(/\b(?:the|of|to|any)$/);
    }
  });
  it('leaves the dateline date out of the timeline', () => {
    const ev = timeline('OSLO, Sept. 11 (Nordic Wire) -- The talks ended on Thursday.', '2020-09-11');
    expect(ev.map((e) => [e.date.value, e.kind])).toEqual([['2020-09-10', 'event'], ['2020-09-11', 'publication']]);
  });
});

describe('summaries around datelines, numbers and relative clauses', () => {
  const sum = (text: string, published = '2020-09-11') => timeline(text, published).filter((e) => e.kind === 'event').map((e) => e.summary);
  it('starts the lead sentence after its dateline', () => {
    expect(sum('HARSTAD (Nordic Wire - 11th September, 2020) The harbour board voted on Wednesday to sell the ferry.')).toEqual(['Harbour board voted to sell the ferry']);
  });
  it('keeps numbers with thousands separators whole', () => {
    expect(sum('The storm damaged more than 2,000 homes in January.')).toEqual(['Storm damaged more than 2,000 homes']);
  });
  it('leaves out a relative clause that does not hold the date', () => {
    expect(sum('The boats, which are made of oak, tar and rope, will go on display in May.')).toEqual(['Boats will go on display']);
  });
  it('summarizes a relative clause that holds the date with its antecedent as subject', () => {
    expect(sum('The bill now goes to the upper house, which is expected to vote on it next month.')).toEqual(['Upper house is expected to vote']);
    expect(sum('Her lawyer Ana Brito, who was mayor from 2011, spoke.')).toEqual(['Her lawyer Ana Brito was mayor']);
    expect(sum('Minister Ola Berg, whose party won in 2018, described the act as a turning point.')).toEqual(['Minister Ola Berg’s party won']);
  });
});
