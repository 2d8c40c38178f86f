import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../text/segment.ts';
import { extractTimexes } from './timexes.ts';

/** [text, type, value] of every timex found, publication date fixed. */
function tx(text: string, published: string | null = '2020-09-11'): Array<[string, string, string]> {
  return extractTimexes(text, { published, sentences: sentenceSpans(text) }).map((t) => [t.text, t.type, t.value]);
}
function one(text: string, published: string | null = '2020-09-11'): [string, string, string] {
  const all = tx(text, published);
  expect(all).toHaveLength(1);
  return all[0]!;
}

// The publication date used throughout, 2020-09-11, is a Friday in ISO week 36.
describe('weekdays', () => {
  it('resolves a weekday in a past-tense clause to the last one', () => {
    expect(one('The party said on Thursday that it would act.')).toEqual(['Thursday', 'DATE', '2020-09-10']);
  });
  it('resolves a weekday in a future clause to the next one', () => {
    expect(one('The ministers will meet on Thursday in Oslo.')).toEqual(['Thursday', 'DATE', '2020-09-17']);
  });
  it('keeps the publication day for its own weekday', () => {
    expect(one('The mayor spoke Friday.')[2]).toBe('2020-09-11');
  });
  it('handles last/next weekday', () => {
    expect(one('They voted last Friday.')[2]).toBe('2020-09-04');
    expect(one('They vote next Monday.')[2]).toBe('2020-09-14');
  });
  it('adds the part of the day', () => {
    expect(one('He called Monday morning.')).toEqual(['Monday morning', 'TIME', '2020-09-07TMO']);
  });
  it('reads plural weekdays as a set', () => {
    expect(one('The market opens on Mondays.')).toEqual(['Mondays', 'SET', 'XXXX-WXX-1']);
  });
  it('ignores lower-case and title uses', () => {
    expect(tx('She was a girl friday.')).toEqual([]);
  });
});

describe('relative periods', () => {
  it('last week → ISO week', () => expect(one('Prices rose last week.')).toEqual(['last week', 'DATE', '2020-W36']));
  it('this month', () => expect(one('Sales are up this month.')).toEqual(['this month', 'DATE', '2020-09']));
  it('last year / next year', () => {
    expect(one('Revenue fell last year.')[2]).toBe('2019');
    expect(one('Revenue will grow next year.')[2]).toBe('2021');
  });
  it('next spring', () => expect(one('The vote is due next spring.')).toEqual(['next spring', 'DATE', '2021-SP']));
  it('this summer', () => expect(one('This summer, the firm hired 50 people.')).toEqual(['This summer', 'DATE', '2020-SU']));
  it('"this spring" in winter is the coming spring, or the season its tense points to', () => {
    expect(one('He said he would leave a third of the land unplanted this spring.', '2025-01-20')[2]).toBe('2025-SP');
    expect(one('The growers meet this summer.', '2025-01-20')[2]).toBe('2025-SU');
    expect(one('He will sow barley this fall.', '2025-01-20')[2]).toBe('2025-FA');
    expect(one('It was a cold and wet night this winter.', '2025-01-20')[2]).toBe('2024-WI');
  });
  it('earlier this month keeps the modifier', () => {
    expect(one('The group earlier this month denied it.')).toEqual(['earlier this month', 'DATE', '2020-09']);
  });
  it('the last week keeps "the"', () => expect(one('The last week was hard.')).toEqual(['The last week', 'DATE', '2020-W36']));
  it('the weekend in the past', () => {
    expect(one('The match was held over the weekend.')).toEqual(['the weekend', 'DATE', '2020-W36-WE']);
  });
  it('the end of the year', () => expect(one('He will quit by the end of the year.')[2]).toBe('2020'));
});

describe('ago, earlier, later', () => {
  it('two years ago → year', () => expect(one('The plant closed two years ago.')).toEqual(['two years ago', 'DATE', '2018']));
  it('three days ago → day', () => expect(one('It opened three days ago.')[2]).toBe('2020-09-08'));
  it('two weeks ago → ISO week', () => expect(one('It opened two weeks ago.')[2]).toBe('2020-W35'));
  it('several years ago is vague', () => expect(one('It opened several years ago.')[2]).toBe('PAST_REF'));
  it('days later is a duration without the signal word (TimeBank convention)', () => {
    expect(tx('The plant opened on March 2, 2015. Three days later it closed.')).toEqual([
      ['March 2, 2015', 'DATE', '2015-03-02'],
      ['Three days', 'DURATION', 'P3D'],
    ]);
    expect(one('The doctor arrived just over an hour later.')).toEqual(['over an hour', 'DURATION', 'PT1H']);
    expect(one('A few days earlier, the mill had shut.')).toEqual(['A few days', 'DURATION', 'PXD']);
  });
  it('a year later stays a date', () => {
    expect(tx('The plant opened in 2015. A year later it closed.')).toEqual([['2015', 'DATE', '2015'], ['A year later', 'DATE', '2016']]);
  });
  it('a year earlier after a month is the same month a year before, whatever year was named before', () => {
    expect(tx('The deal runs to 2026. Prices averaged 118 euros in February, up from 45 euros a year earlier.')).toEqual([
      ['2026', 'DATE', '2026'],
      ['February', 'DATE', '2020-02'],
      ['a year earlier', 'DATE', '2019-02'],
    ]);
  });
  it('a year earlier after a quarter is the same quarter a year before', () => {
    expect(tx('Profit rose in the second quarter, from a loss a year earlier.')).toEqual([
      ['the second quarter', 'DATE', '2020-Q2'],
      ['a year earlier', 'DATE', '2019-Q2'],
    ]);
  });
});

describe('quarters, halves, fiscal years', () => {
  it('the third quarter', () => expect(one('Profit rose in the third quarter.')).toEqual(['the third quarter', 'DATE', '2020-Q3']));
  it('a later quarter in a past clause is last year', () => expect(one('Profit rose in the fourth quarter.')[2]).toBe('2019-Q4'));
  it('hyphenated adjective', () => expect(one('It posted a third-quarter loss.')).toEqual(['third-quarter', 'DATE', '2020-Q3']));
  it('quarter of a year', () => expect(one('It lost money in the fourth quarter of 2018.')[2]).toBe('2018-Q4'));
  it('Q2 2019', () => expect(one('Results for Q2 2019 were weak.')[2]).toBe('2019-Q2'));
  it('the first half of 2019', () => expect(one('Sales fell in the first half of 2019.')[2]).toBe('2019-H1'));
  it('fiscal 2019', () => expect(one('Revenue for fiscal 2019 rose.')).toEqual(['fiscal 2019', 'DATE', '2019']));
  it('the quarter refers to the last quarter mentioned', () => {
    expect(tx('Sales rose in the second quarter. During the quarter, costs fell.').map((t) => t[2])).toEqual(['2020-Q2', '2020-Q2']);
  });
  it('fractions are not quarters', () => expect(tx('Iraq imports three-quarters of its food.')).toEqual([]));
});

describe('calendar dates', () => {
  it('full date', () => expect(one('He was sworn in on Jan. 20, 2017.')).toEqual(['Jan. 20, 2017', 'DATE', '2017-01-20']));
  it('day month year', () => expect(one('It began on 5 March 2019.')[2]).toBe('2019-03-05'));
  it('month and year', () => expect(one('He was elected in November 2016.')).toEqual(['November 2016', 'DATE', '2016-11']));
  it('month-day in the past', () => expect(one('They met on December 2.')[2]).toBe('2019-12-02'));
  it('month-day in the future', () => expect(one('The talks will resume on December 2.')[2]).toBe('2020-12-02'));
  it('near deadline in a past clause', () => expect(one('The offer was set to expire Oct. 6.')[2]).toBe('2020-10-06'));
  it('month alone', () => expect(one('It happened in January.')).toEqual(['January', 'DATE', '2020-01']));
  it('June last year', () => expect(one('It happened in June last year.')).toEqual(['June last year', 'DATE', '2019-06']));
  it('May the modal verb is not a month', () => expect(tx('May I come in? It may rain.')).toEqual([]));
  it('bare year', () => expect(one('In 2015, the firm was founded.')).toEqual(['2015', 'DATE', '2015']));
  it('early 2011', () => expect(one('Growth slowed in early 2011.')).toEqual(['early 2011', 'DATE', '2011']));
  it('year ranges give two dates', () => {
    expect(tx('The survey covered 2009-2010.')).toEqual([['2009', 'DATE', '2009'], ['2010', 'DATE', '2010']]);
    expect(tx('The 2020-21 season was short.')).toEqual([['2020', 'DATE', '2020'], ['21', 'DATE', '2021']]);
  });
  it('decades and centuries', () => {
    expect(one('It was popular in the 1990s.')).toEqual(['the 1990s', 'DATE', '199']);
    expect(one("It was popular in the '80s.")[2]).toBe('198');
    expect(one('The law dates from the 19th century.')).toEqual(['the 19th century', 'DATE', '18']);
  });
  it('spelled-out years', () => expect(one('It was built in nineteen ninety-six.')[2]).toBe('1996'));
  it('ISO and numeric dates', () => {
    expect(one('Filed 2019-04-03 in court.')[2]).toBe('2019-04-03');
    expect(one('Filed 4/3/2019 in court.')[2]).toBe('2019-04-03');
  });
  it('holidays', () => {
    expect(one('Christmas was quiet.')[2]).toBe('2019-12-25');
    expect(one('Thanksgiving 2019 was cold.')[2]).toBe('2019-11-28');
  });
});

describe('days and times', () => {
  it('today, yesterday, tonight', () => {
    expect(tx('Officials met today, yesterday and tonight.')).toEqual([
      ['today', 'DATE', '2020-09-11'],
      ['yesterday', 'DATE', '2020-09-10'],
      ['tonight', 'TIME', '2020-09-11TNI'],
    ]);
  });
  it('clock times', () => {
    expect(one('The meeting started at 3 p.m.')).toEqual(['3 p.m.', 'TIME', '2020-09-11T15:00']);
    expect(one('It ends at 10:30 p.m. EST.')[2]).toBe('2020-09-11T22:30');
  });
  it('a clock time with a day', () => expect(one('The blast came at 10 p.m. Wednesday.')).toEqual(['10 p.m. Wednesday', 'TIME', '2020-09-09T22:00']));
  it('noon', () => expect(one('They left at noon.')[2]).toBe('2020-09-11T12:00'));
  it('last night', () => expect(one('Troops moved last night.')).toEqual(['last night', 'TIME', '2020-09-10TNI']));
});

describe('durations and sets', () => {
  it('three years', () => expect(one('The contract runs for three years.')).toEqual(['three years', 'DURATION', 'P3Y']));
  it('the past three months', () => {
    expect(one('Shares fell 10% in the past three months.')).toEqual(['the past three months', 'DURATION', 'P3M']);
  });
  it('adjectival durations', () => expect(one('It signed a five-year deal.')).toEqual(['five-year', 'DURATION', 'P5Y']));
  it('approximate durations keep the modifier', () => expect(one('It lasted nearly forty years.')).toEqual(['nearly forty years', 'DURATION', 'P40Y']));
  it('fractions of years', () => expect(one('They waited 2 1/2 years.')[2]).toBe('P2Y6M'));
  it('vague durations', () => expect(one('It took a few days.')[2]).toBe('PXD'));
  it('hours', () => expect(one('The strike lasted 24 hours.')[2]).toBe('PT24H'));
  it('sets', () => {
    expect(tx('The board meets every week and publishes a weekly report.')).toEqual([
      ['every week', 'SET', 'P1W'],
      ['weekly', 'SET', 'P1W'],
    ]);
    expect(one('The shop opens daily.')).toEqual(['daily', 'SET', 'P1D']);
    expect(one('He runs twice a week.')[1]).toBe('SET');
    expect(one('It saves $5 million a year.')).toEqual(['a year', 'SET', 'P1Y']);
    expect(one('The fair is held each July.')).toEqual(['each July', 'SET', 'XXXX-07']);
  });
  it('a rate after a plural noun is not a duration', () => expect(tx('It adds 700 seats a week.')).toEqual([]));
});

describe('vague references', () => {
  it('now and currently', () => {
    expect(tx('The company is now profitable and currently hiring.')).toEqual([
      ['now', 'DATE', 'PRESENT_REF'],
      ['currently', 'DATE', 'PRESENT_REF'],
    ]);
  });
  it('recently', () => expect(one('He recently resigned.')).toEqual(['recently', 'DATE', 'PAST_REF']));
  it('the future', () => expect(one('Rates may rise in the future.')).toEqual(['the future', 'DATE', 'FUTURE_REF']));
  it('the past', () => expect(one('In the past, it failed.')).toEqual(['the past', 'DATE', 'PAST_REF']));
});

describe('no spurious matches', () => {
  it('ages, fractions, money, scores', () => {
    expect(tx('The 22-year-old man was 2 1/2 times faster and paid $5 million.')).toEqual([]);
    expect(tx('She is 30 years old and won 3-2.')).toEqual([]);
    expect(tx('The firm sold 1,998 cars and $2019 in cash; No. 1999 won.')).toEqual([]);
  });
  it('quoted titles', () => expect(tx('He spoke on "This Week" about it.')).toEqual([]));
});

describe('without a publication date', () => {
  it('leaves relative expressions underspecified', () => {
    expect(tx('He left on Thursday, two years ago, last week, in March.', null).map((t) => t[2])).toEqual([
      'XXXX-WXX-4', 'XXXX', 'XXXX-WXX', 'XXXX-03',
    ]);
  });
  it('still resolves absolute dates', () => expect(one('It began on Jan. 5, 2001.', null)[2]).toBe('2001-01-05'));
});

describe('datelines', () => {
  it('annotates the date of the dateline, as TimeML does', () => {
    expect(tx('OSLO (Agency - 11th September, 2020) The talks ended on Thursday.')).toEqual([['11th September, 2020', 'DATE', '2020-09-11'], ['Thursday', 'DATE', '2020-09-10']]);
    expect(tx('OSLO, Sept. 10 (Agency) -- The talks ended on Thursday.')).toEqual([['Sept. 10', 'DATE', '2020-09-10'], ['Thursday', 'DATE', '2020-09-10']]);
  });
});

describe('offsets', () => {
  it('span matches text and ids are unique', () => {
    const text = 'On Aug. 9, 2020, crowds gathered. They left last week.';
    const all = extractTimexes(text, { published: '2020-09-11', sentences: sentenceSpans(text) });
    for (const t of all) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
  });
});

describe('financial and near-future rules', () => {
  it('the quarter ended <month> is the quarter of that month', () => {
    expect(tx('Profit fell in the quarter ended July 31.')).toEqual([
      ['the quarter', 'DATE', '2020-Q3'],
      ['July 31', 'DATE', '2020-07-31'],
    ]);
  });
  it('the year-ago third quarter', () => expect(one('It earned $5 in the year-ago third quarter.')[2]).toBe('2019-Q3'));
  it('the 2019 period follows the quarter under discussion', () => {
    expect(tx('Sales rose in the second quarter, after a loss in the 2019 period.').map((t) => t[2])).toEqual(['2020-Q2', '2019-Q2']);
  });
  it('a month just ahead is the coming one even in a past clause', () => {
    expect(one('The dividend was set for payment in January.', '2020-11-02')[2]).toBe('2021-01');
  });
  it('recent months is a vague duration', () => expect(one('Prices rose in recent months.')).toEqual(['recent months', 'DURATION', 'PXM']));
});

describe('tense cues for weekdays and months', () => {
  it('reads arrangements as future', () => {
    expect(one('Talks are set to resume Monday in Geneva.')[2]).toBe('2020-09-14');
    expect(one('The envoy is to arrive in Oslo Tuesday.')[2]).toBe('2020-09-15');
    expect(tx('Farmers rallied on Saturday and were planning to march on Monday.').map((t) => t[2])).toEqual(['2020-09-05', '2020-09-14']);
  });
  it('does not read "next to" as future', () => {
    expect(one('Two people died in a crash next to the station on Tuesday.')[2]).toBe('2020-09-08');
  });
  it('reads "since" as past', () => {
    expect(one('The ship has been at sea since March and was due back in port.')[2]).toBe('2020-03');
  });
  it('does not read "one last time" as past', () => {
    expect(one('The masks will go on display in Brussels one last time in May before they are shipped.')[2]).toBe('2021-05');
  });
  it('leaves a marker in a following clause to that clause', () => {
    expect(one('He said the board had accepted the offer on Wednesday that would value the firm at $2 billion.')[2]).toBe('2020-09-09');
  });
  it('reads an intention as looking ahead', () => {
    expect(tx('She said she hoped to present a cabinet before the spring.')).toEqual([['the spring', 'DATE', '2021-SP']]);
    expect(one('The rebels vowed to return in July.')[2]).toBe('2021-07');
  });
  it('reads a present wish as looking ahead, whatever follows it', () => {
    expect(one('"The party wants a vote before the congress in June," said an aide.')[2]).toBe('2021-06');
    expect(one('The union hopes for a deal in June.')[2]).toBe('2021-06');
  });
  it('reads a scheduled event in the present tense as looking ahead, over a past participle further away', () => {
    expect(tx('The rule, approved by the council in May 2019, takes effect on Jan. 5.').map((t) => t[2])).toEqual(['2019-05', '2021-01-05']);
    expect(one('The hearing begins on Monday in the capital.')[2]).toBe('2020-09-14');
    expect(one('The rule took effect on Jan. 5.')[2]).toBe('2020-01-05');
  });
  it('reads "urged X to ..." as looking ahead', () => {
    expect(one('She urged lawmakers to try again before the August recess.')[2]).toBe('2021-08');
  });
  it('reads "we expect ... on Thursday" as looking ahead', () => {
    expect(one('"We expect the river to peak on Thursday night," said the forecaster.')[2]).toMatch(/^2020-09-17/);
  });
  it('does not read "as expected" or "than planned" as a plan', () => {
    expect(one('The bank held its rate at 9 percent on Thursday, as expected, citing inflation.')[2]).toBe('2020-09-10');
    expect(one('The bridge reopened on Monday, sooner than planned.')[2]).toBe('2020-09-07');
  });
  it('does not read an anaphoric "later" as future', () => {
    expect(tx('Prices slid. Three days later, as of Wednesday\'s close, they were flat.').map((t) => t[2])).toContain('2020-09-09');
  });
});

describe('month-day years and ranges', () => {
  it('reads "effective" and future passives as ahead, "the plan" as a noun', () => {
    expect(one('The new fee is effective Feb. 1.')[2]).toBe('2021-02-01');
    expect(one('The vote will be held at the congress on Aug. 24.')[2]).toBe('2021-08-24');
    expect(one('The board announced the plan Aug. 21.')[2]).toBe('2020-08-21');
  });
  it('uses "last" before a month and day for the year, outside the extent', () => {
    expect(one('He was attacked last Oct. 23 at his home.')).toEqual(['Oct. 23', 'DATE', '2019-10-23']);
  });
  it('splits day ranges into two dates', () => {
    expect(tx('The summit will be held on April 24 and 25.')).toEqual([['April 24', 'DATE', '2021-04-24'], ['25', 'DATE', '2021-04-25']]);
    expect(tx('Talks ran March 3-5, 2021.')).toEqual([['March 3', 'DATE', '2021-03-03'], ['5, 2021', 'DATE', '2021-03-05']]);
  });
});

describe('vague durations, ranges and clock phrases', () => {
  it('marks bare plural units after for/within', () => {
    expect(one('Troops will arrive within weeks.')).toEqual(['weeks', 'DURATION', 'PXW']);
    expect(one('The tower has stood for centuries.')).toEqual(['centuries', 'DURATION', 'PXC']);
  });
  it('marks -long compounds', () => {
    expect(one('The decades-long feud is over.')).toEqual(['decades-long', 'DURATION', 'PXE']);
    expect(one('They left a day-long meeting.')).toEqual(['day-long', 'DURATION', 'P1D']);
  });
  it('gives a range its lower bound', () => {
    expect(one('Repairs will take two to three weeks.')).toEqual(['two to three weeks', 'DURATION', 'P2W']);
    expect(one('It may take a year or two.')).toEqual(['a year or two', 'DURATION', 'P1Y']);
  });
  it('reads vague future and while phrases', () => {
    expect(one('Prices will rise in the near term.')).toEqual(['the near term', 'DATE', 'FUTURE_REF']);
    expect(one('In the weeks ahead, talks go on.')).toEqual(['the weeks ahead', 'DURATION', 'PXW']);
    expect(one('He stayed for a while.')).toEqual(['a while', 'DURATION', 'PXX']);
  });
  it('does not take "the future of" or "the foreseeable future" as times', () => {
    expect(tx('The future of the party is unclear.')).toEqual([]);
    expect(tx('Rates stay low for the foreseeable future.')).toEqual([]);
  });
  it('reads "4 in the morning" as a clock time on the reference day', () => {
    expect(one('The convoy will leave at 4 in the morning.')).toEqual(['4 in the morning', 'TIME', '2020-09-11T04:00']);
    expect(tx('The shop was robbed on Sept. 2. It happened at 10 p.m. near the station.')[1]).toEqual(['10 p.m.', 'TIME', '2020-09-02T22:00']);
  });
});

describe('anaphoric weekdays and weeks', () => {
  it('resolves "the previous Friday" against the day under discussion', () => {
    expect(tx('Shares closed Friday at 20, down from the previous Friday.').map((t) => t[2])).toEqual(['2020-09-11', '2020-09-04']);
    expect(tx('Talks began on Sept. 2 and ended the following Monday.').map((t) => t[2])).toEqual(['2020-09-02', '2020-09-07']);
  });
  it('resolves "the week of Oct. 5" to its ISO week', () => {
    expect(one('The case will be heard the week of Oct. 5.')).toEqual(['the week of Oct. 5', 'DATE', '2020-W41']);
  });
});

describe('quarters, couples and prefixed years', () => {
  it('reads vague quarter counts and future quarters', () => {
    expect(one('The unit lost money for several quarters.')).toEqual(['several quarters', 'DURATION', 'PXQ']);
    expect(one('Taxes will fall in coming quarters.')).toEqual(['coming quarters', 'DATE', 'FUTURE_REF']);
    expect(tx('Three quarters of the staff left.')).toEqual([]);
  });
  it('reads "the next couple of years" and "one-day"', () => {
    expect(one('Sales should grow over the next couple of years.')).toEqual(['the next couple of years', 'DURATION', 'P2Y']);
    expect(one('She began a one-day visit.')).toEqual(['one-day', 'DURATION', 'P1D']);
  });
  it('reads post-/pre- years', () => expect(one('The post-1989 order is fading.')).toEqual(['post-1989', 'DATE', '1989']));
});

describe('days within a story', () => {
  it('marks "the day" of "later in the day" as the day under discussion', () => {
    expect(tx('The envoy landed on Sept. 3 and met the mayor later in the day.')).toEqual([['Sept. 3', 'DATE', '2020-09-03'], ['the day', 'DATE', '2020-09-03']]);
  });
  it('reads "is the eighth day of" as today', () => {
    expect(one('The strike is the eighth day of unrest in the port.')).toEqual(['the eighth day', 'DATE', '2020-09-11']);
  });
});

describe('weeks without a position', () => {
  it('leaves "the week" unspecified within the year', () => {
    expect(one('For the week, the index fell 3%.')).toEqual(['the week', 'DATE', '2020-WXX']);
    expect(one('Prices rose this week.')).toEqual(['this week', 'DATE', '2020-W37']);
  });
  it('puts a holiday week in its ISO week', () => {
    expect(one('Crowds gathered as Easter week began.', '2021-04-06')).toEqual(['Easter week', 'DATE', '2021-W13']);
  });
});

describe('halves', () => {
  it('reads "the second half" as part of a year in business news only', () => {
    expect(one('Profit rose 38% in the first half of 1989.')).toEqual(['the first half of 1989', 'DATE', '1989-H1']);
    expect(one('The company expects sales to recover in the second half.')).toEqual(['the second half', 'DATE', '2020-H2']);
    expect(tx('Okafor scored twice in the second half of the match.')).toEqual([]);
  });
});
