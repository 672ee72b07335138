import { catalogue } from '../../src/core/i18n';
import { nextTaskNumber, taskRow } from '../../src/core/task-row';

const m = catalogue('ru');
const HEADER = ['№', 'Содержание', 'Срок', 'Ответственный', 'Статус'];
const task = { task: 'Проверка журналов', deadline: 'До 1 марта 2027', responsible: 'Иванова А.Б.', status: 'в работе' };

describe('taskRow', () => {
  it('numbers a new task after the plan’s last whole number: 1.1, 1.2, 2.3 go on with 3', () => {
    expect(nextTaskNumber(HEADER, [[1], [2], ['3.'], ['']])).toBe(4);
    expect(nextTaskNumber(HEADER, [['1.1'], ['1.2'], ['2.3']])).toBe(3);
    expect(nextTaskNumber(HEADER, [[2.3]])).toBe(3);
    expect(nextTaskNumber(['Содержание', 'Срок'], [['x', 'y']])).toBe(1);
  });

  it('a deadline naming a date that does not exist is refused at that field', () => {
    expect(taskRow('План внедрения', HEADER, [], { ...task, deadline: 'до 31.09.2026' }, m)).toEqual({
      ok: false,
      errors: [{ field: 'deadline', message: 'В сроке «до 31.09.2026» дата, которой нет в календаре: дата срока не поставлена, исправьте дату' }],
    });
  });

  it('writes every typed field under its header', () => {
    expect(taskRow('План внедрения', HEADER, [[1]], task, m)).toEqual({ ok: true, row: [2, 'Проверка журналов', 'До 1 марта 2027', 'Иванова А.Б.', 'в работе'], due: { year: 2027, month: 3, day: 1 } });
  });

  it('a typed field with no column is refused at that field, never dropped; an empty one needs none', () => {
    const short = ['№', 'Содержание', 'Срок'];
    expect(taskRow('План внедрения', short, [], task, m)).toEqual({
      ok: false,
      errors: [
        { field: 'responsible', message: 'На листе «План внедрения» нет столбца «Ответственный»' },
        { field: 'status', message: 'На листе «План внедрения» нет столбца «Статус»' },
      ],
    });
    expect(taskRow('План внедрения', short, [], { ...task, responsible: '', status: '' }, m)).toEqual({ ok: true, row: [1, 'Проверка журналов', 'До 1 марта 2027'], due: { year: 2027, month: 3, day: 1 } });
  });
});
