import fc from 'fast-check';
import { cellRef, cellRefsIn, foldText } from '../../src/core/cells';

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
