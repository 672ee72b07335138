import fc from 'fast-check';
import { parseDays } from '../../src/core/days';

describe('parseDays', () => {
  it.each([
    ['понедельник', ['mon']],
    ['ПОН', ['mon']],
    ['ПН', ['mon']],
    ['Пн', ['mon']],
    ['Monday', ['mon']],
    ['Mon', ['mon']],
    ['среду', ['wed']],
    ['ПН-ПТ', ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['Mon-Fri', ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['Mon – Wed', ['mon', 'tue', 'wed']],
    ['с понедельника по пятницу', ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['ПН, СР, ПТ', ['mon', 'wed', 'fri']],
    ['вторник и четверг', ['tue', 'thu']],
    ['СБ-ПН', ['mon', 'sat', 'sun']],
    ['Понед.', ['mon']],
    ['Четв.', ['thu']],
    ['Суб.', ['sat']],
    ['Wednes.', ['wed']],
    // English ranges and lists as English schools write them.
    ['Monday through Friday', ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['Mon thru Thu', ['mon', 'tue', 'wed', 'thu']],
    ['Monday until Wednesday', ['mon', 'tue', 'wed']],
    ['Monday & Wednesday', ['mon', 'wed']],
    ['Tuesday + Thursday', ['tue', 'thu']],
    ['Mon, Wed & Fri', ['mon', 'wed', 'fri']],
    ['Every weekday', ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['Понедельник 23.11', ['mon']],
    ['Понедельник (каб. 14)', ['mon']],
    ['Понедельник 23 ноября', ['mon']],
    ['Monday lunch', ['mon']],
    ['Mondays only', ['mon']],
    ['Monday-Thursday only', ['mon', 'tue', 'wed', 'thu']],
    ['Вторник – дежурство', ['tue']],
    // American timetables: one letter a day, or letters run together.
    ['M-F', ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['M/W/F', ['mon', 'wed', 'fri']],
    ['MWF', ['mon', 'wed', 'fri']],
    ['T/Th', ['tue', 'thu']],
    ['TTh', ['tue', 'thu']],
    ['TR', ['tue', 'thu']],
    ['Weds', ['wed']],
    // A letter beside a day's name is not a second day.
    ['Monday w', ['mon']],
    // Days with only spaces between them.
    ['ПН СР ПТ', ['mon', 'wed', 'fri']],
    ['Вт Чт', ['tue', 'thu']],
    ['Mon Wed Fri', ['mon', 'wed', 'fri']],
  ])('%s', (text, days) => {
    const parsed = parseDays(text);
    expect(parsed.ok && parsed.value).toEqual(days);
  });

  it('daily means the school days from Settings', () => {
    const six = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
    expect(parseDays('ежедневно', six)).toEqual({ ok: true, value: [...six] });
    expect(parseDays('daily')).toEqual({ ok: true, value: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  });

  it('days after «кроме» or «except» are left out of the days before them', () => {
    for (const [text, days] of [
      ['ПН-ПТ кроме СР', ['mon', 'tue', 'thu', 'fri']],
      ['Пн-Пт, кроме среды', ['mon', 'tue', 'thu', 'fri']],
      ['ежедневно (кроме пятницы)', ['mon', 'tue', 'wed', 'thu']],
      ['Будни за исключением понедельника и вторника', ['wed', 'thu', 'fri']],
      ['Mon-Fri except Wed', ['mon', 'tue', 'thu', 'fri']],
      ['Daily (except Friday)', ['mon', 'tue', 'wed', 'thu']],
    ] as const)
      expect([text, parseDays(text)]).toEqual([text, { ok: true, value: days }]);
    // Nothing before it, no days after it, or nothing left: refused, never a guess.
    for (const text of ['кроме СР', 'ПН-ПТ кроме каникул', 'СР кроме СР', 'ПН-ПТ без обеда']) expect([text, parseDays(text).ok]).toEqual([text, false]);
  });

  it('even or odd weeks after a day are no Thursday, and a word is no range of days', () => {
    for (const [text, days] of [
      ['Пн чет', ['mon']],
      ['Пн неч', ['mon']],
      ['ПН-ПТ чет', ['mon', 'tue', 'wed', 'thu', 'fri']],
      // Joined by a word or a comma, `чет` is Thursday as before.
      ['Пн по чет', ['mon', 'tue', 'wed', 'thu']],
      ['Пн и Чет', ['mon', 'thu']],
      ['Пн, чет', ['mon', 'thu']],
      // The words of odd and even weeks are dropped wherever they stand; `по чет` after Friday ends no range.
      ['Ср по чётным', ['wed']],
      ['ПН-ПТ по нечётным', ['mon', 'tue', 'wed', 'thu', 'fri']],
      ['Пн, Ср чётные', ['mon', 'wed']],
      ['Вт по неч', ['tue']],
      ['ежедневно по чётным', ['mon', 'tue', 'wed', 'thu', 'fri']],
      ['Пн, Ср неч', ['mon', 'wed']],
      ['Пн, Ср чет', ['mon', 'wed']],
      ['Пт по чет', ['fri']],
      ['M/W/F по чет', ['mon', 'wed', 'fri']],
      ['среда (по чётным)', ['wed']],
      ['Ср по чётным неделям', ['wed']],
    ] as const)
      expect([text, parseDays(text)]).toEqual([text, { ok: true, value: days }]);
    for (const text of ['Tutor', 'Motor']) expect([text, parseDays(text).ok]).toEqual([text, false]);
  });

  it('a typo among days is refused, not dropped', () => {
    expect(parseDays('ПН, Пнтц').ok).toBe(false);
    // A day's word followed by more text is not that day alone.
    expect(parseDays('Monday or Friday').ok).toBe(false);
    // Letters run together are days only when every letter is one.
    expect(parseDays('MWX').ok).toBe(false);
    expect(parseDays('constructor').ok).toBe(false);
    expect(parseDays('').ok).toBe(false);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => void parseDays(s)));
  });
});
