import { catalogue } from '../../src/core/i18n';
import { endSentence } from '../../src/core/i18n/plural';

describe('the message catalogue', () => {
  it('a sentence ending with initials gets no second full stop', () => {
    expect(catalogue('ru').mailAckNext('Кузнецова Ж.З.', 'пятница 27.11, 14.00–16.00', 'каб. 14')).toBe(
      'Ближайшее время помощи: пятница 27.11, 14.00–16.00, каб. 14. Ответственный: Кузнецова Ж.З.',
    );
    expect(catalogue('en').mailAckNext('Smith', 'Friday 27.11, 14.00–16.00', null)).toBe('The next help hours: Friday 27.11, 14.00–16.00. Responsible: Smith.');
  });

  it('endSentence adds a full stop only where none ends the text', () => {
    expect(['Готово', 'Готово.', 'Готово!', 'Готово?', 'Готово…'].map(endSentence)).toEqual(['Готово.', 'Готово.', 'Готово!', 'Готово?', 'Готово…']);
  });
});
