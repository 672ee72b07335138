import fc from 'fast-check';
import { personKey, splitPersonCell, tabParsers } from '../../src/core/duty-slot';
import { foldText } from '../../src/core/cells';

/** The person key as first written: surname, then the initials without spaces. */
const personKeyFully = (name: string): string => {
  const [surname = '', ...rest] = foldText(name.replace(/\./g, ' ')).split(' ');
  return `${surname} ${rest.join('')}`.trim();
};

const nameLike = fc.string({
  unit: fc.oneof(fc.constantFrom(...'ИвановаА.Б. ()администратор,;\n\u00a0\t'.split('')), fc.string({ minLength: 1, maxLength: 1 })),
  maxLength: 24,
});

describe('person cells', () => {
  it('a plain name and a name with roles or a list read the same as splitPersonCell', () => {
    const parse = tabParsers(['mon']);
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
    fc.assert(
      fc.property(fc.oneof(nameLike, fc.string()), (name) => {
        expect(personKey(name)).toBe(personKeyFully(name));
      }),
      { numRuns: 2000 },
    );
  });
});
