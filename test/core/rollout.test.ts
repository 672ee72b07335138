import { isoDate } from '../../src/core/dates';
import { syncDueColumn } from '../../src/core/due-dates';
import { catalogue } from '../../src/core/i18n';
import { dueWrittenKey, readRollout } from '../../src/core/rollout';
import type { CellValue } from '../../src/core/workbook';
import { tab, workbook } from '../helpers/fixtures';

const plan = (rows: CellValue[][]) => readRollout(workbook(tab('План внедрения', rows)), 'Europe/Moscow');
const brief = (rows: CellValue[][]) => plan(rows).tasks.map((t) => `${t.task} | ${t.deadline} | ${t.due ? isoDate(t.due) : '-'} | ${t.responsible.join('+')}`);

describe('readRollout', () => {
  it('headers as orders write them: Наименование мероприятий, Сроки выполнения, Ответственный исполнитель', () => {
    expect(brief([['№', 'Наименование мероприятий', 'Сроки выполнения', 'Ответственный исполнитель'], [1, 'Обучение', 'до 01.10.2026', 'Иванова А.Б.']])).toEqual([
      'Обучение | до 01.10.2026 | 2026-10-01 | Иванова А.Б.',
    ]);
  });

  it('a row whose cells moved right past the last header (a comma not in quotes in a CSV) is a warning there', () => {
    const read = plan([
      ['№', 'Содержание', 'Срок выполнения', 'Ответственный', 'Статус'],
      [1, 'Создание локальной сети (компьютерный класс', ' кабинеты заместителей директора)', 'До 01 сентября 2026', 'Петров В.Г.', 'выполнено'],
    ]);
    expect(read.problems.map((p) => [p.cell, p.severity])).toEqual([["'План внедрения'!F2", 'warning']]);
  });

  it('a section title across a row is no task and no problem; a row with a person or status but no task is a problem', () => {
    const read = plan([['№', 'Мероприятие', 'Срок', 'Ответственный'], ['I. Организационный этап', '', '', ''], [1, 'Приказ', 'до 01.09.2026', ''], [2, '', '', 'Петров В.Г.']]);
    expect([read.tasks.length, read.problems.map((p) => p.cell)]).toEqual([1, ["'План внедрения'!B4"]]);
  });

  it('a blank deadline or responsible is blank: the rows give no sign of a merged cell, and a guess would mail the wrong person', () => {
    const rows = [['Мероприятие', 'Срок', 'Ответственный'], ['Приказ', 'до 01.09.2026', 'Иванова А.Б.'], ['Положение', '', '']];
    expect(brief(rows)).toEqual(['Приказ | до 01.09.2026 | 2026-09-01 | Иванова А.Б.', 'Положение |  | - | ']);
  });

  it('a deadline naming a date that does not exist is a warning at the deadline cell, and gives no due date', () => {
    const read = plan([['Мероприятие', 'Срок'], ['Приказ', 'до 31.09.2026'], ['Положение', 'В течение года']]);
    expect(read.tasks.map((t) => t.due)).toEqual([null, null]);
    expect(read.problems.map((p) => [p.cell, p.severity, p.text(catalogue('ru'))])).toEqual([
      ["'План внедрения'!B2", 'warning', 'В сроке «до 31.09.2026» дата, которой нет в календаре: дата срока не поставлена, исправьте дату'],
    ]);
  });

  it('the due-date column follows the deadline; a date our check wrote for an earlier wording is cleared', () => {
    const rows: CellValue[][] = [['Мероприятие', 'Срок', 'Дата срока'], ['Мониторинг', 'В течение года', '2026-09-15'], ['Приказ', 'до 01.09.2026', '']];
    const written = new Set([dueWrittenKey('Мониторинг', { year: 2026, month: 9, day: 15 })]);
    const read = readRollout({ ...workbook(tab('План внедрения', rows)), writtenDueDates: written }, 'Europe/Moscow');
    expect(read.tasks.map((t) => t.due && isoDate(t.due))).toEqual([null, '2026-09-01']);
    const sync = syncDueColumn(tab('План внедрения', rows), read.tasks, 'Europe/Moscow', written);
    expect(sync).toEqual({ column: 2, row: 1, values: [[''], ['2026-09-01']], written: [dueWrittenKey('Приказ', { year: 2026, month: 9, day: 1 })] });
  });

  it('a date or a note the school typed in the due column for a deadline without a date is kept, and the date is the task’s due date', () => {
    const rows: CellValue[][] = [['Мероприятие', 'Срок', 'Дата срока'], ['Мониторинг', 'В течение года', new Date(Date.UTC(2027, 4, 30, 21))], ['Отчёт', 'По мере обращения', 'уточнить у директора']];
    const read = plan(rows);
    expect(read.tasks.map((t) => [t.due && isoDate(t.due), t.dueTyped])).toEqual([['2027-05-31', true], [null, false]]);
    expect(syncDueColumn(tab('План внедрения', rows), read.tasks, 'Europe/Moscow', new Set())).toMatchObject({ values: null, written: [] });
  });

  it('a date typed there for a deadline that names one is replaced by the deadline’s date', () => {
    const rows: CellValue[][] = [['Мероприятие', 'Срок', 'Дата срока'], ['Приказ', 'до 01.09.2026', '15.09.2026']];
    const read = plan(rows);
    expect(read.tasks[0]).toMatchObject({ due: { year: 2026, month: 9, day: 1 }, dueTyped: false });
    expect(syncDueColumn(tab('План внедрения', rows), read.tasks, 'Europe/Moscow')?.values).toEqual([['2026-09-01']]);
  });
});
