import { isoDate } from '../../src/core/dates';
import { dueColumnUpdate } from '../../src/core/due-dates';
import { readRollout } from '../../src/core/rollout';
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

  it('a section title across a row is no task and no problem', () => {
    const read = plan([['№', 'Мероприятие', 'Срок'], ['I. Организационный этап', '', ''], [1, 'Приказ', 'до 01.09.2026']]);
    expect([read.tasks.length, read.problems]).toEqual([1, []]);
  });

  it('a deadline or responsible cell merged over several tasks applies to each of them', () => {
    const rows = [['Мероприятие', 'Срок', 'Ответственный'], ['Приказ', 'до 01.09.2026', 'Иванова А.Б.'], ['Положение', '', ''], ['Обучение', 'Октябрь 2026', 'Кузнецова Ж.З.']];
    expect(brief(rows)).toEqual(['Приказ | до 01.09.2026 | 2026-09-01 | Иванова А.Б.', 'Положение | до 01.09.2026 | 2026-09-01 | Иванова А.Б.', 'Обучение | Октябрь 2026 | 2026-10-31 | Кузнецова Ж.З.']);
  });

  it('a date the school typed in the due column for a deadline naming none is its due date, and stays', () => {
    const rows: CellValue[][] = [['Мероприятие', 'Срок', 'Дата срока'], ['Мониторинг', 'В течение года', '31.05.2027'], ['Приказ', 'до 01.09.2026', '']];
    const read = plan(rows);
    expect(read.tasks.map((t) => (t.due ? isoDate(t.due) : null))).toEqual(['2027-05-31', '2026-09-01']);
    const update = dueColumnUpdate(tab('План внедрения', rows), read.tasks, 'Europe/Moscow');
    // Kept as the school wrote it (text stays text), the other task's date filled in.
    expect(update?.values).toEqual([["'31.05.2027"], ['2026-09-01']]);
  });
});
