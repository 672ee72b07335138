import { parseKinds } from '../../src/core/kinds';

describe('parseKinds', () => {
  it.each([
    ['техническая', ['technical']],
    ['техническая помощь', ['technical']],
    ['Methodical', ['methodical']],
    ['Методическая, техническая', ['technical', 'methodical']],
    ['technical help', ['technical']],
    // Both kinds in one word.
    ['Both', ['technical', 'methodical']],
    ['обе', ['technical', 'methodical']],
    ['все виды помощи', ['technical', 'methodical']],
    ['Any', ['technical', 'methodical']],
    // A kind named beside such a word says which.
    ['все технические вопросы', ['technical']],
    ['Technical help for all', ['technical']],
    ['', []],
    // Whom or what the help is for stands beside the kind.
    ['Методическая помощь учителям', ['methodical']],
    ['Техническая поддержка по работе с ЭЖ', ['technical']],
    ['техническая (для родителей и учащихся)', ['technical']],
    ['IT support for teachers', ['technical']],
    ['Technical help with the grade book', ['technical']],
    ['Methodical support for the electronic gradebook', ['methodical']],
    // Words about the help that name no kind of it: every kind, as an empty cell.
    ['Консультации учителям', []],
    // Compounds name their kind in their last part; `тех.` is short for technical.
    ['Учебно-методическая', ['methodical']],
    ['организационно-методическая помощь', ['methodical']],
    ['Программно-техническая поддержка', ['technical']],
    ['тех.', ['technical']],
    ['техническое обслуживание', ['technical']],
    ['методическое сопровождение', ['methodical']],
  ])('%s', (text, kinds) => {
    expect(parseKinds(text)).toEqual({ ok: true, value: kinds });
  });

  it.each(['юридическая', 'техническая, юридическая', 'юридическо-правовая'])('a cell naming an unknown kind is refused: %s', (text) => {
    expect(parseKinds(text).ok).toBe(false);
  });
});
