import { actorId, extractActors, initials, levenshtein, nameKey, slug } from './actors.ts';
import { paragraphSpans, sentenceSpans } from '../text/segment.ts';
import type { Actor } from '../types.ts';
import { parseDateline } from '../article/dateline.ts';

function run(text: string): Actor[] {
  const paragraphs = paragraphSpans(text);
  return extractActors(text, { sentences: sentenceSpans(text, paragraphs), paragraphs });
}
const find = (actors: Actor[], name: string) => actors.find((a) => a.name === name);
const texts = (a: Actor | undefined, kind?: string) => (a?.mentions ?? []).filter((m) => !kind || m.kind === kind).map((m) => m.text);

describe('name helpers', () => {
  it('normalizes names for comparison', () => {
    expect(nameKey('The U.S.')).toBe('us');
    expect(nameKey("Canada's")).toBe('canada');
    expect(nameKey('François  Hollande')).toBe('francois hollande');
  });
  it('builds stable slugs and ids', () => {
    expect(slug('Francois-Philippe Champagne')).toBe('francois-philippe-champagne');
    expect(actorId('person', 'Alexander Lukashenko')).toBe('person:alexander-lukashenko');
  });
  it('computes initials and edit distance', () => {
    expect(initials('Commonwealth of Independent States')).toBe('cis');
    expect(levenshtein('community', 'communist')).toBe(2);
    expect(levenshtein('abc', 'abc')).toBe(0);
  });
});

describe('extractActors', () => {
  const article = [
    'OSLO (Nordic Wire) The Green Alliance of Norway said on Monday it opposed the new pipeline.',
    '',
    '"The Green Alliance will fight this plan," said party leader Ingrid Solberg Dahl. Norwegian Energy Minister Lars Henrik Moe defended the project.',
    '',
    "Norway's green alliance also criticised the Nordic Investment Bank (NIB), which funds the pipeline. The NIB declined to comment.",
    '',
    'Moe said the Grene Alliance of Norway was misinformed. Dahl said she would travel to Stockholm and Brussels.',
  ].join('\n');
  const actors = run(article);

  it('gives every mention its exact slice', () => {
    for (const a of actors) for (const m of a.mentions) expect(article.slice(m.start, m.end)).toBe(m.text);
  });

  it('merges a person with a role, full name and surname', () => {
    const moe = find(actors, 'Lars Henrik Moe');
    expect(moe?.type).toBe('person');
    expect(moe?.id).toBe('person:lars-henrik-moe');
    expect(moe?.role).toContain('Minister');
    expect(texts(moe, 'name')).toEqual(['Lars Henrik Moe', 'Moe']);
    // The title is not part of the name mention.
    expect(texts(moe).some((t) => /Minister/.test(t))).toBe(false);
    expect(actors.filter((a) => /Moe$/.test(a.name))).toHaveLength(1);
  });

  it('merges short forms, a misspelling and a possessive form of an organization', () => {
    const orgs = actors.filter((a) => a.type === 'organization' && /Alliance|Grene/i.test(a.name));
    expect(orgs).toHaveLength(1);
    const green = orgs[0]!;
    expect(green.name).toBe('Green Alliance of Norway');
    const all = texts(green).join(' | ');
    expect(all).toContain('Green Alliance');
    expect(all).toContain('Grene Alliance of Norway');
    expect(all).toContain("Norway's green alliance");
  });

  it('keeps a one-word organization in capitals as written', () => {
    const found = run('Income fell, according to LSEG data. Analysts at LSEG had expected more.');
    expect(found.find((a) => a.type === 'organization')?.name).toBe('LSEG');
  });
  it('joins an acronym that opens a longer organization name to it', () => {
    const found = run('Analysts at KLP Markets said the plan was tactical. "Demand is growing," said KLP analyst Ola Berg.');
    expect(found.filter((a) => a.type === 'organization').map((a) => [a.name, a.mentions.length])).toEqual([['KLP Markets', 2]]);
  });

  it('joins an acronym to its expansion', () => {
    const bank = find(actors, 'Nordic Investment Bank');
    expect(bank?.type).toBe('organization');
    expect(texts(bank)).toContain('NIB');
    expect(actors.filter((a) => a.name === 'NIB')).toHaveLength(0);
  });

  it('joins an acronym in parentheses right after a name, whatever its letters', () => {
    const actors = run('Scientists at the European Organization for Nuclear Research (CERN) said the collider would restart in May. CERN has 23 member states.');
    const cern = actors.find((a) => a.mentions.some((m) => m.text === 'CERN'));
    expect(cern?.name).toBe('European Organization for Nuclear Research');
    expect(texts(cern).filter((t) => t === 'CERN')).toHaveLength(2);
  });
  it('joins "Mr. Houston" to "Tim Houston" although Houston is also a city', () => {
    const actors = run('Premier Tim Houston announced the plan on Thursday. Mr. Houston said the money would go to the coast.');
    const houston = actors.find((a) => a.mentions.some((m) => m.text === 'Houston'));
    expect(houston?.name).toBe('Tim Houston');
    expect(houston?.type).toBe('person');
  });
  it('drops a sentence-opening common noun the article also writes in lower case', () => {
    for (const [text, word] of [
      ['ABIDJAN (Meridian Press - 1st March, 2024) Cocoa prices rose above 6,500 dollars a tonne on Friday. Traders sold cocoa on Friday.', 'Cocoa'],
      ['SEVILLE (Meridian Press - 2nd July, 2023) Hospitals in Andalusia admitted 40 people with heatstroke. One hospital opened a ward.', 'Hospitals'],
    ] as const) {
      const paragraphs = paragraphSpans(text);
      const actors = extractActors(text, { sentences: sentenceSpans(text, paragraphs), paragraphs, dateline: parseDateline(text) });
      expect(actors.filter((a) => a.mentions.some((m) => m.text === word))).toEqual([]);
    }
  });
  it('reads "Liberal MLA" before a name as the role of that person, not as an organization', () => {
    const actors = run('The opposition Liberals said the province was slow. "We were promised action," said Liberal MLA Kelly Regan.');
    expect(actors.find((a) => a.name.endsWith('MLA'))).toBeUndefined();
    expect(find(actors, 'Kelly Regan')?.type).toBe('person');
  });
  it('types a name right after an organization noun as an organization, not after "peacemaker"', () => {
    const actors = run('Anti-corruption group Open Ledger said the case was a warning. Chocolate maker Halden Confectionery said it would raise prices. Russian peacemaker Pavel Orlov said he would return.');
    expect(find(actors, 'Open Ledger')?.type).toBe('organization');
    expect(find(actors, 'Halden Confectionery')?.type).toBe('organization');
    expect(find(actors, 'Pavel Orlov')?.type).toBe('person');
    const study = run('The study, published on Wednesday in the journal Nature Medicine, followed 11,000 patients.');
    expect(find(study, 'Nature Medicine')?.type).toBe('organization');
  });
  it('types a name ending in a company word as an organization', () => {
    const actors = run('A jury found former Harbor Pharma executive Daniel Reyes guilty. Shares of Harbor Pharma closed lower. Harbor Pharma, which is based in Cambridge, said it had cooperated.');
    expect(actors.filter((a) => a.name === 'Harbor Pharma').map((a) => a.type)).toEqual(['organization']);
    expect(find(actors, 'Daniel Reyes')?.type).toBe('person');
    const deal = run('The group completed the acquisition of Lindqvist Pharmaceuticals Inc of Tampa, Fla., on Friday.');
    expect(deal.find((a) => a.name.startsWith('Lindqvist'))?.name).toBe('Lindqvist Pharmaceuticals Inc');
  });
  it('finds a name the tagger missed right after an organization noun, and its other mentions', () => {
    const actors = run('Environmental group Skogvernforbundet accused the operator of rushing. Skogvernforbundet said it would go to court. The firm N / A was listed.');
    const org = find(actors, 'Skogvernforbundet');
    expect(org?.type).toBe('organization');
    expect(org?.mentions.map((m) => m.text)).toEqual(['Skogvernforbundet', 'Skogvernforbundet']);
    expect(actors.find((a) => a.name === 'N')).toBeUndefined();
  });
  it('reads a name in apposition to a person\'s title as a person, and one after an organization noun as an organization', () => {
    const actors = run('Brevik Motors said it would cut jobs. The company\'s chief executive, Sofia Brevik, said the decision was painful. The terminal\'s operator, Northgate Terminals, said on Wednesday that it had restored its systems.');
    expect(find(actors, 'Sofia Brevik')?.type).toBe('person');
    expect(find(actors, 'Northgate Terminals')?.type).toBe('organization');
  });
  it('reads a portfolio before a title as part of the role ("Health Minister Ana Ruiz")', () => {
    const actors = run('The World Health Organization said only 61 percent of children received both doses.\n\nHealth Minister Ana Ruiz told reporters in the provincial capital that mobile teams would start work next week.');
    expect(actors.map((a) => a.name).sort()).toEqual(['Ana Ruiz', 'World Health Organization']);
    expect(find(actors, 'Ana Ruiz')?.role).toBe('Health Minister');
  });
  it('splits two places joined by "and" and extends a clipped name to the longer one the text knows', () => {
    const text = 'LINDAU FALLS (Coastline Wire - 12th May, 2021) The weather service issued a flood warning.\n\nAround 2,000 residents of Lindau Falls were asked to leave their homes.\n\nRail services between Lindau Falls and Valderport were suspended until at least Friday.';
    const paragraphs = paragraphSpans(text);
    const actors = extractActors(text, { sentences: sentenceSpans(text, paragraphs), paragraphs, dateline: parseDateline(text) });
    expect(actors.filter((a) => a.name.includes(' and '))).toEqual([]);
    expect(find(actors, 'Lindau Falls')?.type).toBe('place');
    expect(texts(find(actors, 'Lindau Falls'))).toHaveLength(3);
    expect(find(actors, 'Valderport')?.type).toBe('place');
  });
  it('leaves "Rival" out of a name, and reads a name taking "which" as no person', () => {
    const actors = run('Shares in Ericsson rose 4 percent in early trading in Stockholm. Rival Nokia, which reports its results next Thursday, fell 1 percent.');
    const nokia = actors.find((a) => a.mentions.some((m) => m.text.endsWith('Nokia')));
    expect(nokia?.name).toBe('Nokia');
    expect(nokia?.type).toBe('organization');
  });
  it('takes no holiday for an actor', () => {
    const actors = run('"We will know much more by Christmas," said Martin Hale of the Andes Science Service.');
    expect(actors.find((a) => a.mentions.some((m) => m.text === 'Christmas'))).toBeUndefined();
  });
  it('keeps "for the ..." in an organization name and joins its long acronym', () => {
    const actors = run('According to the International Council for the Exploration of the Sea (ICES), the stock is shrinking. The Chilean Astronomical Society (SOCHIAS) said on Monday the comet was bright. SOCHIAS will publish its data.');
    expect(texts(find(actors, 'International Council for the Exploration of the Sea'))).toEqual(['International Council for the Exploration of the Sea', 'ICES']);
    expect(texts(find(actors, 'Chilean Astronomical Society'))).toEqual(['Chilean Astronomical Society', 'SOCHIAS', 'SOCHIAS']);
  });
  it('types a law or a treaty as other', () => {
    const actors = run('The Flood Defence and Adaptation Act passed by 84 votes to 62. The government said the Paris Agreement bound it.');
    for (const name of ['Flood Defence and Adaptation Act', 'Paris Agreement']) {
      expect(actors.find((a) => a.mentions.some((m) => m.text.endsWith(name)))?.type, name).toBe('other');
    }
  });
  it('types a name ending in a company word as an organization, even one the tagger reads as another kind of name', () => {
    for (const t of ['Crews on two rigs run by Harbour Energy will walk out for two days. Harbour Energy said it regretted the decision. The energy minister urged talks.', 'Harbour Energy said it regretted the decision.']) {
      expect(run(t).find((a) => a.name === 'Harbour Energy')?.type, t).toBe('organization');
    }
    expect(run('Rival Daimler Truck will report its results on Nov. 12.').find((a) => a.name === 'Daimler Truck')?.type).toBe('organization');
  });
  it('reads an institution word with "for/of" and its name as one organization', () => {
    const actors = run('Nationally, the U.S. Bureau for Disease Tracking and Prevention counted 285 cases in 2024.');
    expect(actors.map((a) => [a.type, a.name])).toEqual([
      ['place', 'United States'],
      ['organization', 'Bureau for Disease Tracking and Prevention'],
    ]);
  });
  it('types where an analyst or researcher works as an organization', () => {
    const t = 'The numbers were worse than feared, said Hanna Berg, an analyst at Fjordline Markets. Researchers at Brekke Tannum expect a slow year.';
    const actors = run(t);
    expect(actors.find((a) => a.name === 'Fjordline Markets')?.type).toBe('organization');
    expect(actors.find((a) => a.name === 'Brekke Tannum')?.type).toBe('organization');
  });
  it('takes a person\'s role from an apposition after or before the name', () => {
    const t =
      'Hanna Vik, an analyst at Fjordline Markets, said margins were thin. Norway’s fisheries minister, Odd Rask, disagreed. ' +
      'A spokeswoman, Lene Moe, declined to comment. Per Aas, 52, said nothing.';
    const roles = Object.fromEntries(run(t).filter((a) => a.type === 'person').map((a) => [a.name, a.role]));
    expect(roles).toEqual({ 'Hanna Vik': 'Analyst at Fjordline Markets', 'Odd Rask': 'Norway’s fisheries minister', 'Lene Moe': 'Spokeswoman', 'Per Aas': undefined });
  });
  it('reads an AP state abbreviation as the state', () => {
    const actors = run('FRESNO, Calif. — Growers in California expect water cuts.');
    expect(actors.find((a) => a.name === 'California')?.mentions.map((m) => m.text)).toEqual(['Calif.', 'California']);
  });
  it('types a constitutional amendment as other', () => {
    const actors = run('The court said the rule did not breach the First Amendment, and the city council agreed.');
    expect(actors.find((a) => a.mentions.some((m) => m.text.endsWith('First Amendment')))?.type).toBe('other');
  });
  it('types a well-known company as an organization, whatever the tagger reads', () => {
    const actors = run("Rivals such as Alphabet's Google were also named. Google did not respond to a request on Friday.");
    expect(actors.find((a) => a.name === 'Google')?.type).toBe('organization');
  });
  it('types a named storm as other, not as a person', () => {
    const actors = run('Hurricane Fiona damaged dozens of wharves. Cyclone Lusia struck the islands on Friday.');
    for (const name of ['Hurricane Fiona', 'Cyclone Lusia']) {
      const storm = actors.find((a) => a.mentions.some((m) => m.text.endsWith(name.split(' ')[1]!)));
      expect(storm?.type, name).toBe('other');
    }
  });
  it('types a name in apposition with an organization noun as an organization', () => {
    const actors = run('A spokeswoman for Gavi, the vaccine alliance, said production would double. Marc Leblanc, the head of the association, agreed.');
    expect(actors.find((a) => a.mentions.some((m) => m.text === 'Gavi'))?.type).toBe('organization');
    expect(find(actors, 'Marc Leblanc')?.type).toBe('person');
    const author = run('"The effect held," said lead author Ingrid Solvang, an epidemiologist at the university.');
    expect(find(author, 'Ingrid Solvang')?.type).toBe('person');
  });
  it("keeps a possessive name before an institution word in the name ('King's College London')", () => {
    const found = run("Tom Baker, a professor at King's College London who was not involved, said the categories were broad.");
    expect(find(found, "King's College London")?.type).toBe('organization');
    expect(found.find((a) => a.name === 'College London')).toBeUndefined();
  });
  it('makes demonyms mentions of their country', () => {
    const norway = find(actors, 'Norway');
    expect(norway?.type).toBe('place');
    expect(texts(norway, 'demonym')).toContain('Norwegian');
    expect(norway?.id).toBe('place:norway');
  });

  it('finds places and does not produce dateline fragments', () => {
    expect(find(actors, 'Stockholm')?.type).toBe('place');
    expect(find(actors, 'Brussels')?.type).toBe('place');
    expect(actors.some((a) => a.name.includes('('))).toBe(false);
  });

  it('sorts actors by number of mentions, then first appearance', () => {
    for (let i = 1; i < actors.length; i++) {
      const a = actors[i - 1]!;
      const b = actors[i]!;
      expect(a.mentions.length > b.mentions.length || (a.mentions.length === b.mentions.length && a.mentions[0]!.start <= b.mentions[0]!.start)).toBe(true);
    }
  });

  it('reads hyphenated prefixes as mentions of their actor', () => {
    const text = 'Officials condemned the US- and EU-led sanctions against Iran on Tuesday, while the United States and the European Union defended them.';
    const got = run(text);
    const us = find(got, 'United States');
    const eu = find(got, 'European Union');
    expect(texts(us)).toEqual(['US', 'United States']);
    expect(texts(eu)).toEqual(['EU', 'European Union']);
    expect(got.some((a) => a.name.endsWith('-'))).toBe(false);
  });

  it('resolves "the country" when a single country is in view', () => {
    const text = 'Protests spread across Chile on Sunday. Police said the country had not seen such crowds in decades.';
    const chile = find(run(text), 'Chile');
    expect(texts(chile, 'nominal')).toEqual(['the country']);
  });

  it('leaves "the country" unresolved when two countries are in view', () => {
    const text = 'Peru and Chile signed a deal on Sunday. Officials said the country would benefit.';
    for (const a of run(text)) expect(texts(a, 'nominal')).not.toContain('the country');
  });

  it('gives the same id to the same actor in two articles', () => {
    const a = run('Chancellor Olaf Scholz arrived in Paris on Monday.');
    const b = run('Scholz, the German leader Olaf Scholz, spoke in Rome.');
    expect(find(a, 'Olaf Scholz')?.id).toBe(find(b, 'Olaf Scholz')?.id);
  });
});

describe('dateline', () => {
  it('takes the place and the sources of the dateline from the article parser', () => {
    const text = 'HARSTAD (Fjordline Wire / Coastal Press - 4th March, 2021) The Harstad council voted on Wednesday.';
    const paragraphs = paragraphSpans(text);
    const dateline = { span: { start: 0, end: text.indexOf(')') + 1 }, place: 'HARSTAD', sources: ['Fjordline Wire', 'Coastal Press'] };
    const actors = extractActors(text, { sentences: sentenceSpans(text, paragraphs), paragraphs, dateline });
    expect(find(actors, 'Harstad')?.type).toBe('place');
    expect(texts(find(actors, 'Harstad'))).toContain('HARSTAD');
    expect(find(actors, 'Fjordline Wire')?.type).toBe('organization');
    expect(find(actors, 'Coastal Press')?.type).toBe('organization');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });
});
