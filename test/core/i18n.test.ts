import { catalogue } from '../../src/core/i18n';
import { endSentence } from '../../src/core/i18n/plural';

describe('the message catalogue', () => {
  it('a sentence ending with initials gets no second full stop', () => {
    expect(catalogue('ru').mailAckNext('Кузнецова Ж.З.', 'пятница 27.11, 14.00–16.00', 'каб. 14')).toBe(
      'Ближайшее время помощи: пятница 27.11, 14.00–16.00, каб. 14. Ответственный: Кузнецова Ж.З.',
    );
    expect(catalogue('en').mailAckNext('Smith', 'Friday 27.11, 14.00–16.00', null)).toBe('The next help hours: Friday 27.11, 14.00–16.00. Responsible: Smith.');
  });

  it('the check dialog says coverage was not checked, not «0 hours», when no required hours were read', () => {
    expect(catalogue('en').checkSummary(0, null, 0, 0)).toContain('not checked');
    expect(catalogue('ru').checkSummary(0, null, 0, 0)).toContain('не проверено');
    expect(catalogue('en').checkSummary(0, 0, 0, 0)).toContain('nobody on duty: 0');
  });

  it('endSentence adds a full stop only where none ends the text', () => {
    expect(['Готово', 'Готово.', 'Готово!', 'Готово?', 'Готово…'].map(endSentence)).toEqual(['Готово.', 'Готово.', 'Готово!', 'Готово?', 'Готово…']);
  });

  it('counts agree with their nouns in Russian (1 письмо, 2 письма, 5 писем, 11 писем, 21 письмо)', () => {
    const ru = catalogue('ru');
    expect([1, 2, 5, 11, 21].map((n) => ru.demoSummaries(n, 'x'))).toEqual([
      'Недельные сводки за текущую неделю: 1 письмо → x',
      'Недельные сводки за текущую неделю: 2 письма → x',
      'Недельные сводки за текущую неделю: 5 писем → x',
      'Недельные сводки за текущую неделю: 11 писем → x',
      'Недельные сводки за текущую неделю: 21 письмо → x',
    ]);
    expect([2, 5, 22].map((n) => ru.healthTriggerDuplicates('weekly', n).split(':')[0])).toEqual([
      'Триггер «weekly» установлен 2 раза',
      'Триггер «weekly» установлен 5 раз',
      'Триггер «weekly» установлен 22 раза',
    ]);
    expect(catalogue('en').demoSummaries(1, 'x')).toBe('Weekly summaries for the current week: 1 e-mail → x');
  });
});

describe('times and dates for people', () => {
  it('Russian as orders write them; English with a colon and the month in words, which no reader takes for another day', () => {
    const ru = catalogue('ru');
    const en = catalogue('en');
    expect([ru.time(540), ru.timeRange({ start: 540, end: 690 }), ru.date({ year: 2026, month: 11, day: 4 })]).toEqual(['9.00', '9.00–11.30', '04.11.2026']);
    expect([en.time(540), en.timeRange({ start: 540, end: 690 }), en.date({ year: 2026, month: 11, day: 4 })]).toEqual(['9:00', '9:00–11:30', '4 Nov 2026']);
  });
});
