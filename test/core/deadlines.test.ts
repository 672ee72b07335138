import fc from 'fast-check';
import { isoDate } from '../../src/core/dates';
import { parseDeadline } from '../../src/core/deadlines';
import { splitResponsible } from '../../src/core/rollout';
import { tsvRows } from '../helpers/fixtures';

describe('parseDeadline', () => {
  it.each(tsvRows('deadlines.tsv', 2))('%s → %s', (text, due) => {
    const parsed = parseDeadline(text!);
    expect(parsed ? isoDate(parsed) : '').toBe(due);
  });

  it.each([
    ['by 1st September 2026', '2026-09-01'],
    ['the 15th of October 2026', '2026-10-15'],
    ['September 1st, 2026', '2026-09-01'],
    ['до 1-го сентября 2026 г.', '2026-09-01'],
    ['с 01.09.2026 по 30.10.2026', '2026-10-30'],
    ['01.09.2026 – 30.10.2026', '2026-10-30'],
    ['до 01.09.2026 (перенесено с 15.08.2026)', '2026-09-01'],
    // A range in words ends where its second date is.
    ['с 1 сентября 2026 по 30 октября 2026', '2026-10-30'],
    ['from 1 Sept 2026 to 30 Oct 2026', '2026-10-30'],
    ['Sept 2026 to June 2027', '2027-06-30'],
    ['1 сентября 2026, отчёт 30 октября 2026', '2026-09-01'],
    // A slashed date that cannot be day first is an American one; one that can stays day first.
    ['by 11/15/2026', '2026-11-15'],
    ['09/20/2026', '2026-09-20'],
    ['01/12/2026', '2026-12-01'],
  ])('an ordinal day or a range of dates: %s → %s', (text, due) => {
    const parsed = parseDeadline(text);
    expect(parsed ? isoDate(parsed) : '').toBe(due);
  });

  it('an impossible date is no date', () => {
    expect(parseDeadline('31.02.2026')).toBeNull();
    expect(parseDeadline('31 февраля 2026')).toBeNull();
  });

  it('never throws and never invents a date from a year alone', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 1900, max: 2200 }), (s, year) => {
        parseDeadline(s);
        expect(parseDeadline(`${s.replace(/\d/g, '')} ${year}`.replace(/[a-zа-яё]+/gi, 'x'))).toBeNull();
      }),
    );
  });
});

describe('splitResponsible', () => {
  it('splits on commas, semicolons and new lines', () => {
    expect(splitResponsible('Петров В.Г., Смирнов И.К.; Иванова А.Б.\nРабочая группа')).toEqual([
      'Петров В.Г.',
      'Смирнов И.К.',
      'Иванова А.Б.',
      'Рабочая группа',
    ]);
  });
});
