import type { EventDate } from '../core/types.ts';
import { formatDay, formatEventDate } from './dates.ts';

const d = (precision: EventDate['precision'], value: string, start: string, end = start): EventDate => ({ precision, value, start, end });

describe('formatEventDate', () => {
  it('shows a day with its weekday', () => {
    expect(formatEventDate(d('day', '2020-09-10', '2020-09-10'))).toEqual({ label: 'Thu 10 Sep 2020', dateTime: '2020-09-10' });
  });
  it('shows a week by its Monday', () => {
    expect(formatEventDate(d('week', '2020-W36', '2020-08-31', '2020-09-06'))).toEqual({ label: 'Week of 31 Aug 2020', dateTime: '2020-W36' });
  });
  it('computes the ISO week when the value does not give it', () => {
    expect(formatEventDate(d('week', 'x', '2020-12-28', '2021-01-03')).dateTime).toBe('2020-W53');
  });
  it('shows a month, a quarter, a year and a decade', () => {
    expect(formatEventDate(d('month', '2020-08', '2020-08-01', '2020-08-31'))).toEqual({ label: 'Aug 2020', dateTime: '2020-08' });
    expect(formatEventDate(d('quarter', '2020-Q3', '2020-07-01', '2020-09-30')).label).toBe('Q3 2020');
    expect(formatEventDate(d('year', '2020', '2020-01-01', '2020-12-31'))).toEqual({ label: '2020', dateTime: '2020' });
    expect(formatEventDate(d('decade', '199', '1990-01-01', '1999-12-31')).label).toBe('1990s');
  });
  it('shows a season or a half year as such, not as the quarter it starts in', () => {
    expect(formatEventDate(d('quarter', '2022-FA', '2022-09-01', '2022-11-30'))).toEqual({ label: 'Autumn 2022', dateTime: '2022' });
    expect(formatEventDate(d('quarter', '2023-SU', '2023-06-01', '2023-08-31')).label).toBe('Summer 2023');
    expect(formatEventDate(d('quarter', '2023-WI', '2023-12-01', '2024-02-29')).label).toBe('Winter 2023–24');
    expect(formatEventDate(d('quarter', '2021-H2', '2021-07-01', '2021-12-31')).label).toBe('Second half of 2021');
  });
  it('formats in UTC whatever the time zone', () => {
    expect(formatDay('2020-01-01')).toBe('Wed 1 Jan 2020');
    expect(formatDay('2020-12-31')).toBe('Thu 31 Dec 2020');
  });
});
