import { parseKinds } from '../../src/core/kinds';

describe('parseKinds', () => {
  it.each([
    ['техническая', ['technical']],
    ['техническая помощь', ['technical']],
    ['Methodical', ['methodical']],
    ['Методическая, техническая', ['technical', 'methodical']],
    ['technical help', ['technical']],
    ['', []],
  ])('%s', (text, kinds) => {
    expect(parseKinds(text)).toEqual({ ok: true, value: kinds });
  });

  it('an unknown kind is refused', () => {
    expect(parseKinds('юридическая').ok).toBe(false);
  });
});
