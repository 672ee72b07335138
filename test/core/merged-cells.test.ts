import { blockOfA1, shownAt, spreadMerged } from '../../src/core/merged-cells';
import { planMarks } from '../../src/core/marks';

describe('spreadMerged', () => {
  const rows = [
    ['День', 'Время', 'Ответственный'],
    ['понедельник', '9.00-11.00', 'Петров В.Г.'],
    ['', '', 'Иванова А.Б.'],
    ['', '', 'Смирнов И.К.'],
  ];

  it('a merged range’s value stands in each of its blank cells', () => {
    expect(spreadMerged(rows, [{ row: 1, column: 1, rows: 3, columns: 1 }]).map((r) => r[1])).toEqual(['Время', '9.00-11.00', '9.00-11.00', '9.00-11.00']);
  });

  it('the rows given are not changed, and rows no range reaches are the same arrays', () => {
    const before = structuredClone(rows);
    const out = spreadMerged(rows, [{ row: 1, column: 0, rows: 2, columns: 1 }]);
    expect(rows).toEqual(before);
    expect(out[2]![0]).toBe('понедельник');
    expect(out[1]).toBe(rows[1]);
    expect(out[3]).toBe(rows[3]);
  });

  it('a range reaching below the last row adds no row, and one over a blank first cell spreads nothing', () => {
    expect(spreadMerged(rows, [{ row: 3, column: 2, rows: 5, columns: 1 }])).toHaveLength(4);
    expect(spreadMerged(rows, [{ row: 2, column: 1, rows: 2, columns: 1 }])).toEqual(rows);
  });

  it('a value written in a hidden cell is kept, not covered', () => {
    const typed = [['9.00-11.00'], ['14.00-15.00']];
    expect(spreadMerged(typed, [{ row: 0, column: 0, rows: 2, columns: 1 }])).toEqual(typed);
  });

  it('across the columns the value stays in the first: a heading or a section merged over the row is no time or task', () => {
    expect(spreadMerged([['Пн', ''], ['', '']], [{ row: 0, column: 0, rows: 2, columns: 2 }])).toEqual([['Пн', ''], ['Пн', '']]);
    expect(spreadMerged([['Понедельник', '', ''], ['', '9-11', 'Петров В.Г.']], [{ row: 0, column: 0, rows: 1, columns: 3 }])).toEqual([['Понедельник', '', ''], ['', '9-11', 'Петров В.Г.']]);
    expect(spreadMerged([['2. Обучение', '', '']], [{ row: 0, column: 0, rows: 1, columns: 3 }])).toEqual([['2. Обучение', '', '']]);
  });

  it('a time merged across a grid’s days beside the person is each day’s', () => {
    expect(spreadMerged([['Петров В.Г.', '8.00-9.00', '', '']], [{ row: 0, column: 1, rows: 1, columns: 3 }])).toEqual([['Петров В.Г.', '8.00-9.00', '8.00-9.00', '8.00-9.00']]);
  });
});

describe('blockOfA1', () => {
  it.each([
    ['B14:B16', { row: 13, column: 1, rows: 3, columns: 1 }],
    ['A1:C2', { row: 0, column: 0, rows: 2, columns: 3 }],
    ['AA10', { row: 9, column: 26, rows: 1, columns: 1 }],
  ])('%s', (a1, block) => expect(blockOfA1(a1)).toEqual(block));

  it('anything else is no block', () => {
    for (const a1 of ['', 'B', '14', 'B1:B2:B3', "'Лист'!B1"]) expect(blockOfA1(a1)).toBeNull();
  });
});

describe('marks on merged cells', () => {
  it('a cell inside a merged range is seen at its first cell', () => {
    const at = shownAt([{ row: 1, column: 1, rows: 3, columns: 1 }]);
    expect(at(3, 1)).toEqual({ row: 1, column: 1 });
    expect(at(3, 2)).toEqual({ row: 3, column: 2 });
  });

  it('two marks inside one merged range become one note on its first cell', () => {
    const current = { backgrounds: [['#ffffff'], ['#ffffff'], ['#ffffff']], notes: [[''], [''], ['']] };
    const wanted = [
      { row: 0, column: 0, kind: 'conflict' as const, text: 'первое' },
      { row: 2, column: 0, kind: 'conflict' as const, text: 'второе' },
    ];
    const { grid } = planMarks(current, wanted, { merged: [{ row: 0, column: 0, rows: 3, columns: 1 }] });
    expect(grid.notes.map((r) => r[0]!.replaceAll('\u200b', ''))).toEqual(['⚠ первое\nвторое', '', '']);
  });
});
