import { isoDate, parseCalendarDate } from '../../src/core/dates';
import { weekToSummarise } from '../../src/core/week';

const on = (date: string, summaryDay: Parameters<typeof weekToSummarise>[1]) => isoDate(weekToSummarise(parseCalendarDate(date)!, summaryDay));

describe('weekToSummarise', () => {
  it('on the summary day, the coming week: that Monday itself, or the next Monday after a Friday', () => {
    expect(on('2026-11-30', 'mon')).toBe('2026-11-30');
    expect(on('2026-11-27', 'fri')).toBe('2026-11-30');
    expect(on('2026-11-29', 'sun')).toBe('2026-11-30');
  });

  it('a run from the menu on another day is about the week the last summary day announced, never the next one early', () => {
    expect(on('2026-11-25', 'mon')).toBe('2026-11-23');
    expect(on('2026-11-29', 'mon')).toBe('2026-11-23');
    expect(on('2026-11-25', 'fri')).toBe('2026-11-23');
    expect(on('2026-11-28', 'fri')).toBe('2026-11-30');
    expect(on('2026-12-03', 'fri')).toBe('2026-11-30');
  });
});
