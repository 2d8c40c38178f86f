import { describe, expect, it } from 'vitest';
import { dayNumber, eventDate, formatDay, formatIsoWeek, isoWeek, isoWeekStart, isoWeekday, valueRange } from './calendar.ts';

describe('calendar', () => {
  it('ISO weeks across year boundaries', () => {
    expect(formatIsoWeek(dayNumber(2020, 9, 3))).toBe('2020-W36');
    expect(isoWeek(dayNumber(2021, 1, 1))).toEqual({ year: 2020, week: 53 });
    expect(isoWeek(dayNumber(2019, 12, 30))).toEqual({ year: 2020, week: 1 });
    expect(formatDay(isoWeekStart(2020, 36))).toBe('2020-08-31');
  });
  it('weekdays', () => {
    expect(isoWeekday(dayNumber(2020, 9, 11))).toBe(5);
    expect(isoWeekday(dayNumber(2020, 9, 13))).toBe(7);
  });
  it('ranges of values', () => {
    expect(valueRange('2020-W36')).toEqual({ precision: 'week', start: '2020-08-31', end: '2020-09-06' });
    expect(valueRange('2020-W36-WE')).toEqual({ precision: 'week', start: '2020-09-05', end: '2020-09-06' });
    expect(valueRange('2020-02')).toEqual({ precision: 'month', start: '2020-02-01', end: '2020-02-29' });
    expect(valueRange('2020-Q3')).toEqual({ precision: 'quarter', start: '2020-07-01', end: '2020-09-30' });
    expect(valueRange('2020-H2')).toEqual({ precision: 'quarter', start: '2020-07-01', end: '2020-12-31' });
    expect(valueRange('2020-WI')).toEqual({ precision: 'quarter', start: '2020-12-01', end: '2021-02-28' });
    expect(valueRange('2020')).toEqual({ precision: 'year', start: '2020-01-01', end: '2020-12-31' });
    expect(valueRange('199')).toEqual({ precision: 'decade', start: '1990-01-01', end: '1999-12-31' });
    expect(valueRange('19')).toEqual({ precision: 'decade', start: '1900-01-01', end: '1999-12-31' });
    expect(valueRange('2020-09-10T15:00')).toEqual({ precision: 'day', start: '2020-09-10', end: '2020-09-10' });
  });
  it('no range for underspecified or vague values', () => {
    for (const v of ['XXXX-XX-XX', 'XXXX-WXX-4', 'PRESENT_REF', 'P3M', '2020-13', '2020-02-30']) expect(valueRange(v)).toBeNull();
  });
  it('event dates drop the time of day', () => {
    expect(eventDate('2020-09-10TNI')).toEqual({ value: '2020-09-10', precision: 'day', start: '2020-09-10', end: '2020-09-10' });
  });
});

describe('benchTime', () => {
  it('reports throughput on generated text', async () => {
    const { benchTime } = await import('./bench.ts');
    const r = benchTime({ docs: 3, charsPerDoc: 2000 });
    expect(r.timexes).toBeGreaterThan(10);
    expect(r.events).toBeGreaterThan(3);
    expect(r.charsPerSecond).toBeGreaterThan(0);
  });
});
