import fc from 'fast-check';
import { cellRef, cellRefsIn, cellText, foldText, parseCellRef } from '../../src/core/cells';

/** Folding as first written: every replacement applied to every text. */
const foldFully = (text: string): string =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.:;*()"«»]/g, '')
    .trim();

// Texts built from the characters folding cares about, so the rare cases come up often.
const foldable = fc.string({
  unit: fc.oneof(fc.constantFrom(...'аЁёЕе ВвZz1.:;*()"«»\u00a0\t\n\uFEFF  '.split('')), fc.string({ minLength: 1, maxLength: 1 })),
  maxLength: 20,
});

describe('foldText', () => {
  it('gives what every replacement gives, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(foldable, fc.string()), (text) => {
        expect(foldText(text)).toBe(foldFully(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('folds case, ё, spacing and punctuation', () => {
    expect(foldText('  Вид  помощи: ')).toBe('вид помощи');
    expect(foldText('Семёнова\u00a0Ё.Ж.')).toBe('семенова еж');
    expect(foldText('сотрудник 12')).toBe('сотрудник 12');
  });
});

describe('cellRefsIn', () => {
  it('names the same cells as cellRef, quoting tab names that need it', () => {
    for (const tab of ['График', 'План внедрения', "Tab's"]) {
      const ref = cellRefsIn(tab);
      for (const [r, c] of [[0, 0], [6, 2], [6, 2], [99, 27]] as const) expect(ref(r, c)).toBe(cellRef(tab, r, c));
    }
    expect(cellRefsIn('План внедрения')(2, 1)).toBe("'План внедрения'!B3");
  });
});

describe('cellText', () => {
  it('gives back what was typed when Sheets turned it into a number, a time or a date', () => {
    expect(cellText(14.3)).toBe('14.30'); // `14.30` typed in an English-locale Sheet
    expect(cellText(9)).toBe('9');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
    expect(cellText(new Date(Number.NaN))).toBe('');
    // `9:00` arrives as a time of day on 1899-12-30, `24.11.2026` as midnight, both in the Sheet's zone.
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 9, 0)))).toBe('09:00');
    expect(cellText(new Date(Date.UTC(2026, 10, 23, 21, 0)), 'Europe/Moscow')).toBe('24.11.2026');
    expect(cellText(new Date(Date.UTC(2026, 10, 23, 21, 0)))).toBe('23.11.2026');
  });
});

describe('parseCellRef', () => {
  it('reads back every reference cellRef writes, quoted tab names included', () => {
    for (const tab of ['График', 'План внедрения', "Tab's", 'A!B'])
      for (const [r, c] of [[0, 0], [6, 2], [99, 27], [4999, 701]] as const) expect(parseCellRef(cellRef(tab, r, c))).toEqual({ tab, row: r, column: c });
    expect(parseCellRef('График')).toBeNull();
    expect(parseCellRef('График!b3')).toBeNull();
  });
});
