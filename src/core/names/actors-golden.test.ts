/**
 * Output of extractActors on a few hand-written articles, pinned as a file snapshot: speed work
 * on the actor builder must not change what it returns. After a deliberate change (a new model,
 * a new rule), review the diff and update with `npx vitest run src/core/names -u`.
 */
import { extractActors } from './actors.ts';
import { paragraphSpans, sentenceSpans } from '../text/segment.ts';

const ARTICLES = [
  [
    'KAUNAS, Lithuania (Baltic Newswire) - The Social Democratic Union of Lithuania said on Tuesday it would leave the governing coalition.',
    '',
    'Party chairman Vytautas Petrauskas told reporters in Vilnius that the Social Democratic Union would vote against the budget. "We cannot support this," Petrauskas said.',
    '',
    'Prime Minister Ona Kazlauskiene, who leads the Homeland Union, said the government would survive. Kazlauskiene met European Commission President Ursula von der Leyen in Brussels last week.',
    '',
    'The Sociel Democratic Union of Lithuania holds 13 seats. Lithuanian officials said the country would keep its NATO commitments, and the North Atlantic Treaty Organization welcomed the pledge.',
    '',
    'The Union also criticised Lithuania\'s central bank. The bank declined to comment. Russian and Belarusian diplomats were not invited to the US- and EU-backed conference in Riga.',
  ].join('\n'),
  [
    'Shares of Harbor Freight Lines jumped 7 percent on Wednesday after the company agreed to buy Pacific Container Services for $1.2 billion.',
    '',
    'Harbor Freight chief executive Maria Okafor said the deal would close in March. Okafor, 54, joined the company from Maersk in 2019.',
    '',
    'Analysts at Goldman Sachs and JPMorgan said the price was fair. "It is a good fit," said Daniel Berg, an analyst at Goldman. Berg added that the Federal Trade Commission (FTC) would review the merger.',
    '',
    'The FTC did not respond. In Singapore, Pacific Container Services founder Lee Wei Ming said the staff in Singapore and Hong Kong would keep their jobs. Lee said Harbor Freight Lines had promised to keep the brand.',
  ].join('\n'),
  [
    'GENEVA (Reuters) - The World Health Organization warned on Friday that a cholera outbreak in Haiti could spread to the Dominican Republic.',
    '',
    'WHO Director-General Tedros Adhanom Ghebreyesus told a news conference in Geneva that the organisation had sent 50 experts. Tedros said the Haitian government needed more help.',
    '',
    'The United Nations Children\'s Fund (UNICEF) said 2,000 children had fallen ill. UNICEF spokesman James Elder said the agency was short of money. Haitian Health Minister Alex Larsen said the nation would open ten new clinics.',
    '',
    'Dominican President Luis Abinader ordered tighter checks at the border. Abinader said the Dominican Republic would not close the border. The United States and Canada pledged $20 million; Washington said more aid would follow.',
  ].join('\n'),
  [
    'Manchester United beat Chelsea 2-1 at Old Trafford on Saturday. Marcus Rashford scored twice for United before Cole Palmer pulled one back for Chelsea.',
    '',
    'United manager Erik ten Hag praised Rashford. "Marcus was brilliant," ten Hag said. Chelsea coach Mauricio Pochettino said his team had been unlucky.',
    '',
    'Results: Manchester United 2 Chelsea 1; Arsenal 3 Fulham 0; Liverpool 1 Everton 1.',
    '',
    'The Premier League said the referee, Michael Oliver, would not face action. Oliver was criticised by Pochettino after the match. Chelsea face Arsenal in London next Sunday.',
  ].join('\n'),
];

describe('extractActors output is pinned', () => {
  it('matches the snapshot on hand-written articles', async () => {
    const out = ARTICLES.map((text) => {
      const paragraphs = paragraphSpans(text);
      return extractActors(text, { sentences: sentenceSpans(text, paragraphs), paragraphs });
    });
    await expect(JSON.stringify(out, null, 1)).toMatchFileSnapshot('./__snapshots__/actors-golden.json');
  });
});
