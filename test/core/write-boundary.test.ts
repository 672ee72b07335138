import fc from 'fast-check';
import { highestSequence, nextRequestId } from '../../src/core/request-id';
import { rowForHeader } from '../../src/core/rows';
import { asTypedText } from '../../src/core/safe-text';

describe('asTypedText', () => {
  it.each(['=1+1', '+7 900', '-1', '@all', '\tx', '\rx', '\nx'])('%j keeps a leading apostrophe so it stays text', (s) => {
    expect(asTypedText(s)).toBe(`'${s}`);
  });

  it('leaves every other text as it is', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        fc.pre(!/^\s*[=+\-@'\t\r\n\d.,]/.test(s) && !/^\s*(true|false|истина|ложь)\s*$/i.test(s));
        expect(asTypedText(s)).toBe(s);
      }),
    );
  });

  it('text Sheets would read as a number, date, time or TRUE/FALSE, or that starts with an apostrophe, is marked as text', () => {
    for (const text of ['7-1', '1,5', '0012', '24.11.2026', '9.05', 'TRUE', 'ложь', "'Дневник' не открывается", '.5'])
      expect([text, asTypedText(text)]).toEqual([text, `'${text}`]);
    expect(asTypedText('7А класс')).toBe("'7А класс");
    expect(asTypedText('Дневник')).toBe('Дневник');
  });
});

describe('request ids', () => {
  it('continue after the highest id of that prefix and year, and after the last one handed out', () => {
    const used = highestSequence(['ЭЖ-2026-0001', 'ЭЖ-2026-0012', 'ЭЖ-2025-0099', 'XX-2026-0500', '', 7], 'ЭЖ', 2026);
    expect(used).toBe(12);
    expect(nextRequestId('ЭЖ', 2026, used, 0)).toEqual({ id: 'ЭЖ-2026-0013', sequence: 13 });
    expect(nextRequestId('ЭЖ', 2026, used, 20).id).toBe('ЭЖ-2026-0021');
    expect(nextRequestId('', 2027, 0, 0).id).toBe('2027-0001');
  });
});

describe('rowForHeader', () => {
  it('places values by header whatever the column order and neutralises text', () => {
    const { row, missing } = rowForHeader(['Статус', 'Свой столбец', 'ФИО', 'Номер'], 'requests', { id: 'A-1', name: '=x', status: 'новое', class: '5Б' });
    expect(row).toEqual(['новое', '', "'=x", 'A-1']);
    expect(missing).toEqual(['class']);
  });
});
