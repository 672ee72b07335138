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
