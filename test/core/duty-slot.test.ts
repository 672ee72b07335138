import fc from 'fast-check';
import { oncePerPerson, personKey, splitPersonCell, tabParsers } from '../../src/core/duty-slot';
import { foldText } from '../../src/core/cells';

/**
 * The person key spelled out: the surname, then the initials without spaces. The surname is the one word
 * longer than a letter when initials come first (`А.Б. Иванова`).
 */
const personKeyFully = (name: string): string => {
  const words = foldText(name.replace(/\./g, ' ')).split(' ');
  const long = words.filter((w) => w.length > 1);
  const [first = '', ...rest] = long.length === 1 && words.at(-1) === long[0] && words.length > 1 ? [long[0]!, ...words.slice(0, -1)] : words;
  return `${first} ${rest.join('')}`.trim();
};

const nameLike = fc.string({
  unit: fc.oneof(fc.constantFrom(...'ИвановаА.Б. ()администратор,;\n\u00a0\t'.split('')), fc.string({ minLength: 1, maxLength: 1 })),
  maxLength: 24,
});

describe('person cells', () => {
  it.each([
    ['Mr J. Smith', ['J. Smith']],
    ['Dr. P. Brown', ['P. Brown']],
    ['Ms A White', ['A White']],
    // Names in full without a title or a patronymic may be a team's: `Network Team and Data Office`.
    ['Mary Jones and Peter Brown', ['Mary Jones and Peter Brown']],
    ['Network Team and Data Office', ['Network Team and Data Office']],
    // A title alone before a surname is part of who it is: Mr Smith and Mrs Smith are two people.
    ['Mr Smith', ['Mr Smith']],
    ['Mr Smith and Mrs Smith', ['Mr Smith', 'Mrs Smith']],
    ['Dr. Brown and Dr. Green', ['Dr. Brown', 'Dr. Green']],
    ['Mrs Mary Jones & Mr Peter Brown', ['Mary Jones', 'Peter Brown']],
    ['Иванова Анна Борисовна и Петров Виктор Геннадьевич', ['Иванова Анна Борисовна', 'Петров Виктор Геннадьевич']],
    // One word each side is no full name: a team's name, not two people.
    ['Анна и Мария', ['Анна и Мария']],
    ['Missy Elliott', ['Missy Elliott']],
  ])('an English title before initials is no part of a name, and full names joined by a word are two people: %s', (text, people) => {
    expect(splitPersonCell(text).people).toEqual(people);
  });

  it('a person written twice in one cell is one person; the repeat is named as written', () => {
    expect(oncePerPerson(splitPersonCell('Петров В.Г., Смирнов И.К., петров в. г., Петров В.Г.'))).toEqual({
      people: ['Петров В.Г.', 'Смирнов И.К.'],
      role: null,
      repeated: 'петров в. г.',
    });
    expect(oncePerPerson(splitPersonCell('Петров В.Г., Смирнов И.К.')).repeated).toBeNull();
  });

  it('a plain name and a name with roles or a list read the same as splitPersonCell, each person once', () => {
    const parse = tabParsers(['mon']);
    for (const text of ['Иванова А.Б. и Петров В.Г.', 'J. Smith and K. Brown', 'Иванова А.Б. — завуч', 'Учитель информатики Смирнов И.К.', 'Петров В.Г.', 'Mr J. Smith', 'Dr. Brown'])
      expect(parse.people(text)).toEqual(oncePerPerson(splitPersonCell(text)));
    const words = fc.constantFrom('Иванова', 'А.Б.', 'В.', 'и', 'and', '&', '—', '-', 'учитель', 'Учитель', 'информатики', '(завуч)', ',', 'Mr', 'Mrs.', 'Mary', 'Jones');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 7 }), (parts) => {
        const text = parts.join(' ');
        expect(parse.people(text)).toEqual(oncePerPerson(splitPersonCell(text)));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.oneof(nameLike, fc.string()), (text) => {
        expect(parse.people(text)).toEqual(oncePerPerson(splitPersonCell(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('initials spaced any way are one key', () => {
    expect(personKey('Петров В. Г.')).toBe(personKey('петров в.г.'));
    expect(personKey('Петров В. Г.')).toBe('петров вг');
    expect([personKey('А.Б. Иванова'), personKey('J. Smith')]).toEqual(['иванова аб', personKey('Smith J.')]);
    // Two full names with one set of initials are two people.
    expect(personKey('Иванова Анна Борисовна')).not.toBe(personKey('Иванова Алла Богдановна'));
    fc.assert(
      fc.property(fc.oneof(nameLike, fc.string()), (name) => {
        expect(personKey(name)).toBe(personKeyFully(name));
      }),
      { numRuns: 2000 },
    );
  });
});
