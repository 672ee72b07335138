/**
 * The rollout plan: tasks with their deadline kept as written, the due date it names (if any), the people
 * responsible (split on commas, semicolons and new lines, roles dropped) and the status.
 */
import { cellRef, cellText } from './cells';
import { type CalendarDate, dateFromCell, isoDate } from './dates';
import { fingerprint } from './hash';
import { readDeadline } from './deadlines';
import { splitPersonCell } from './duty-slot';
import { openTab, type Synonyms } from './headers';
import { type Problem, problem } from './problems';
import type { CellValue, Workbook } from './workbook';

export interface RolloutTask {
  no: string;
  task: string;
  deadline: string;
  due: CalendarDate | null;
  /** The due date is one the school typed in the due column, the deadline naming none (`В течение года`). */
  dueTyped: boolean;
  responsible: string[];
  status: string;
  /** The task's cell: `'План внедрения'!B2`. */
  cell: string;
  /** Where the responsible people are written; null when the plan has no such column. */
  responsibleCell: string | null;
  row: number;
}

type Column = 'no' | 'task' | 'deadline' | 'due' | 'responsible' | 'status';

export const ROLLOUT_SYNONYMS: Synonyms<Column> = {
  no: ['№', '№ п/п', 'no', 'номер', 'n', '#', 'nr'],
  task: ['содержание', 'мероприятие', 'мероприятия', 'задача', 'содержание работы', 'наименование мероприятия', 'наименование мероприятий', 'task', 'activity', 'what', 'action', 'actions', 'step'],
  deadline: ['срок выполнения', 'срок', 'сроки', 'срок исполнения', 'сроки выполнения', 'сроки исполнения', 'срок реализации', 'сроки реализации', 'сроки проведения', 'срок проведения', 'deadline', 'due', 'when', 'target date', 'by when', 'due by', 'timescale', 'timeline'],
  due: ['дата срока', 'срок (дата)', 'due date', 'parsed due date'],
  responsible: ['ответственный', 'ответственные', 'ответственный исполнитель', 'ответственные исполнители', 'ответственные лица', 'ответственное лицо', 'исполнитель', 'исполнители', 'responsible', 'responsible person', 'owner', 'who', 'lead', 'led by', 'person responsible'],
  status: ['статус', 'состояние', 'отметка о выполнении', 'status', 'state', 'progress'],
};

/** The columns a row cannot be read without; also what marks the header row under a title. */
export const ROLLOUT_REQUIRED = ['task', 'deadline'] as const satisfies readonly Column[];

/**
 * The people responsible, read as a duty cell's people are: split on commas, semicolons and new lines, a
 * role in parentheses dropped (`Кузнецова Ж.З. (администратор ЭЖ, учитель информатики)` is one person) but
 * names there kept (`Рабочая группа (Иванова А.Б., Петров В.Г.)`), initials after a comma kept with their
 * surname; a group in lower case (`классные руководители`) stays.
 */
export const splitResponsible = (text: string): string[] => splitPersonCell(text, false).people;

/** What tells a due date our check wrote for a task from one the school typed: the task's text and the date. */
export const dueWrittenKey = (task: string, due: CalendarDate): string => `${fingerprint(task.trim())}:${isoDate(due)}`;

/**
 * A date in the due column counts when the deadline names none (`В течение года`, typed `31.05.2027`) and
 * our check did not write it: a date it wrote for an earlier wording of the deadline is stale.
 */
const typedDue = (workbook: Workbook, task: string, value: CellValue | undefined, timeZone: string): CalendarDate | null => {
  const date = value === undefined || value === '' ? null : dateFromCell(value, timeZone);
  return date && !workbook.writtenDueDates?.has(dueWrittenKey(task, date)) ? date : null;
};

export const readRollout = (workbook: Workbook, timeZone: string): { tasks: RolloutTask[]; problems: Problem[] } => {
  const tasks: RolloutTask[] = [];
  const problems: Problem[] = [];
  const opened = openTab(workbook, 'rollout', ROLLOUT_SYNONYMS, ROLLOUT_REQUIRED, problems);
  if (!opened) return { tasks, problems };
  const { tab, map, headerRow } = opened;
  const text = (r: number, c: number | undefined) => (c === undefined ? '' : cellText(tab.rows[r]?.[c], timeZone).trim());
  for (let r = headerRow + 1; r < tab.rows.length; r++) {
    const row = tab.rows[r] ?? [];
    if (row.every((c) => cellText(c).trim() === '')) continue;
    const task = text(r, map.task);
    const raw = row[map.deadline] ?? '';
    const deadline = text(r, map.deadline);
    if (task === '') {
      // `I. Организационный этап` in the № column across the row: a section title, not a task missing its text.
      if (deadline === '' && text(r, map.responsible) === '' && text(r, map.status) === '') continue;
      problems.push(problem(cellRef(tab.name, r, map.task), (t) => t.taskMissing()));
      continue;
    }
    const read = raw instanceof Date ? { due: dateFromCell(raw, timeZone), impossible: false } : readDeadline(deadline);
    if (read.impossible) problems.push(problem(cellRef(tab.name, r, map.deadline), (t) => t.deadlineNoSuchDate(deadline), 'warning'));
    const typed = read.due === null && map.due !== undefined ? typedDue(workbook, task, row[map.due], timeZone) : null;
    tasks.push({
      no: text(r, map.no),
      task,
      deadline,
      due: read.due ?? typed,
      dueTyped: typed !== null,
      responsible: splitResponsible(text(r, map.responsible)),
      status: text(r, map.status),
      cell: cellRef(tab.name, r, map.task),
      responsibleCell: map.responsible === undefined ? null : cellRef(tab.name, r, map.responsible),
      row: r,
    });
  }
  return { tasks, problems };
};
