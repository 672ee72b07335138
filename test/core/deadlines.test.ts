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
