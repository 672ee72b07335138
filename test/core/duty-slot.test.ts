import fc from 'fast-check';
import { personKey, splitPersonCell, tabParsers } from '../../src/core/duty-slot';
import { foldText } from '../../src/core/cells';

/**
 * The person key spelled out: the surname, then the initials without spaces. The surname is the one word
 * longer than a letter when initials come first (`А.Б. Иванова`); a full name with a patronymic is reduced
 * to its initials.
 */
const personKeyFully = (name: string): string => {
  const words = foldText(name.replace(/\./g, ' ')).split(' ');
  const long = words.filter((w) => w.length > 1);
  if (words.length === 3 && long.length === 3) {
    const patronymic = words.findIndex((w) => /(?:вич|вна|ична|ьич)$/.test(w));
    if (patronymic === 2) return `${words[0]} ${words[1]![0]}${words[2]![0]}`;
    if (patronymic === 1) return `${words[2]} ${words[0]![0]}${words[1]![0]}`;
  }
  const [first = '', ...rest] = long.length === 1 && words.at(-1) === long[0] && words.length > 1 ? [long[0]!, ...words.slice(0, -1)] : words;
  return `${first} ${rest.join('')}`.trim();
};

const nameLike = fc.string({
  unit: fc.oneof(fc.constantFrom(...'ИвановаА.Б. ()администратор,;\n\u00a0\t'.split('')), fc.string({ minLength: 1, maxLength: 1 })),
  maxLength: 24,
});

describe('person cells', () => {
  it('a plain name and a name with roles or a list read the same as splitPersonCell', () => {
    const parse = tabParsers(['mon']);
    for (const text of ['Иванова А.Б. и Петров В.Г.', 'J. Smith and K. Brown', 'Иванова А.Б. — завуч', 'Учитель информатики Смирнов И.К.', 'Петров В.Г.'])
      expect(parse.people(text)).toEqual(splitPersonCell(text));
    const words = fc.constantFrom('Иванова', 'А.Б.', 'В.', 'и', 'and', '&', '—', '-', 'учитель', 'Учитель', 'информатики', '(завуч)', ',');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 7 }), (parts) => {
        const text = parts.join(' ');
        expect(parse.people(text)).toEqual(splitPersonCell(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.oneof(nameLike, fc.string()), (text) => {
        expect(parse.people(text)).toEqual(splitPersonCell(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('initials spaced any way are one key', () => {
    expect(personKey('Петров В. Г.')).toBe(personKey('петров в.г.'));
    expect(personKey('Петров В. Г.')).toBe('петров вг');
    expect(['А.Б. Иванова', 'Иванова Анна Борисовна', 'Анна Борисовна Иванова'].map(personKey)).toEqual(['иванова аб', 'иванова аб', 'иванова аб']);
    expect([personKey('J. Smith'), personKey('Иванова Анна')]).toEqual([personKey('Smith J.'), 'иванова анна']);
    fc.assert(
      fc.property(fc.oneof(nameLike, fc.string()), (name) => {
        expect(personKey(name)).toBe(personKeyFully(name));
      }),
      { numRuns: 2000 },
    );
  });
});
