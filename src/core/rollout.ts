/**
 * The rollout plan: tasks with their deadline kept as written, the due date it names (if any), the people
 * responsible (split on commas, semicolons and new lines) and the status.
 */
import { cellRef, cellText } from './cells';
import { type CalendarDate, dateFromCell } from './dates';
import { parseDeadline } from './deadlines';
import { openTab, type Synonyms } from './headers';
import { TAB_ALIASES } from './tabs';
import { type Problem, problem } from './problems';
import type { Workbook } from './workbook';

export interface RolloutTask {
  no: string;
  task: string;
  deadline: string;
  due: CalendarDate | null;
  responsible: string[];
  status: string;
  /** The task's cell: `'План внедрения'!B2`. */
  cell: string;
  row: number;
}

type Column = 'no' | 'task' | 'deadline' | 'due' | 'responsible' | 'status';

export const ROLLOUT_SYNONYMS: Synonyms<Column> = {
  no: ['№', '№ п/п', 'no', 'номер', 'n', '#', 'nr'],
  task: ['содержание', 'мероприятие', 'задача', 'содержание работы', 'наименование мероприятия', 'task', 'activity', 'what'],
  deadline: ['срок выполнения', 'срок', 'сроки', 'срок исполнения', 'deadline', 'due', 'when'],
  due: ['дата срока', 'срок (дата)', 'due date', 'parsed due date'],
  responsible: ['ответственный', 'ответственные', 'исполнитель', 'исполнители', 'responsible', 'owner', 'who'],
  status: ['статус', 'состояние', 'отметка о выполнении', 'status', 'state'],
};

/** The columns a row cannot be read without; also what marks the header row under a title. */
export const ROLLOUT_REQUIRED = ['task', 'deadline'] as const satisfies readonly Column[];

export const splitResponsible = (text: string): string[] =>
  text
    .split(/[,;\n]+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');

export const readRollout = (workbook: Workbook, timeZone: string): { tasks: RolloutTask[]; problems: Problem[] } => {
  const tasks: RolloutTask[] = [];
  const problems: Problem[] = [];
  const opened = openTab(workbook, TAB_ALIASES.rollout, ROLLOUT_SYNONYMS, ROLLOUT_REQUIRED, problems);
  if (!opened) return { tasks, problems };
  const { tab, map, headerRow } = opened;
  const text = (r: number, c: number | undefined) => (c === undefined ? '' : cellText(tab.rows[r]?.[c], timeZone).trim());
  for (let r = headerRow + 1; r < tab.rows.length; r++) {
    const row = tab.rows[r] ?? [];
    if (row.every((c) => cellText(c).trim() === '')) continue;
    const task = text(r, map.task);
    if (task === '') {
      problems.push(problem(cellRef(tab.name, r, map.task), (t) => t.taskMissing()));
      continue;
    }
    const raw = row[map.deadline] ?? '';
    const deadline = text(r, map.deadline);
    tasks.push({
      no: text(r, map.no),
      task,
      deadline,
      due: raw instanceof Date ? dateFromCell(raw, timeZone) : parseDeadline(deadline),
      responsible: splitResponsible(text(r, map.responsible)),
      status: text(r, map.status),
      cell: cellRef(tab.name, r, map.task),
      row: r,
    });
  }
  return { tasks, problems };
};
