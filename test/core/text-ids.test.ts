import fc from 'fast-check';
import { personKey } from '../../src/core/schedule';
import { textIds } from '../../src/core/text-ids';

/** The plain way: a Map from key to number, in order of first appearance. */
const reference = (texts: readonly string[], keyOf: (t: string) => string): number[] => {
  const byKey = new Map<string, number>();
  return texts.map((t) => {
    const key = keyOf(t);
    if (key === '') return -1;
    if (!byKey.has(key)) byKey.set(key, byKey.size);
    return byKey.get(key)!;
  });
};

describe('textIds', () => {
  it('names written differently but folding to one person get one number, in order of first appearance', () => {
    const idOf = textIds(personKey);
    expect(['Петров В.Г.', 'Иванова А.Б.', 'петров в. г.', 'Петров  В.Г.', 'Сидоров'].map(idOf)).toEqual([0, 1, 0, 0, 2]);
  });

  it('a text whose key is empty belongs to nobody', () => {
    const idOf = textIds((t) => t.trim());
    expect(['  ', 'a', ''].map(idOf)).toEqual([-1, 0, -1]);
  });

  it('two different texts with the same hash stay apart', () => {
    // FNV-1a gives both 126960203: the table must compare the texts, not trust the hash.
    const idOf = textIds((t) => t);
    expect(['Иванов 162789', 'Иванов 379192', 'Иванов 162789', 'Иванов 379192'].map(idOf)).toEqual([0, 1, 0, 1]);
  });

  it('folds each distinct text once, however far the table grows past its first size', () => {
    const texts = Array.from({ length: 20_000 }, (_, i) => `Сотрудник ${(i * 7919) % 9_000}`);
    let folded = 0;
    const idOf = textIds((t) => {
      folded++;
      return t;
    });
    expect(texts.map(idOf)).toEqual(reference(texts, (t) => t));
    expect(folded).toBe(9_000);
  });

  it('numbers any list of texts as a Map would', () => {
    const name = fc.constantFrom('Петров В.Г.', 'петров в.г.', 'Иванова А.Б.', 'Иванова А. Б.', '', ' ', 'каб. 14', 'Кабинет 14', 'a', 'A');
    fc.assert(
      fc.property(fc.array(fc.oneof(name, fc.string({ maxLength: 6 })), { maxLength: 300 }), (texts) => {
        const idOf = textIds(personKey);
        expect(texts.map(idOf)).toEqual(reference(texts, personKey));
      }),
    );
  });
});
