/**
 * A rollout task added from the sidebar as a row of the plan: numbered after the plan's last whole number,
 * and refused when a field the person filled in has no column to go to, or the deadline names a date
 * that does not exist.
 */
import { cellText } from './cells';
import { type CalendarDate, isoDate } from './dates';
import { readDeadline } from './deadlines';
import type { FieldError, TaskInput } from './forms';
import type { Messages } from './i18n/messages';
import { ROLLOUT_SYNONYMS } from './rollout';
import { findColumn, rowForHeader } from './rows';
import type { CellValue } from './workbook';

/** The fields a person types: without a column for one of them, what they typed would be lost. */
const TYPED: readonly (keyof TaskInput)[] = ['task', 'deadline', 'responsible', 'status'];

/**
 * The next number: one more than the largest whole part in the № column, so a plan numbered 1.1, 1.2, 2.3
 * goes on with 3 (not 3.3, which a Sheet would show as 3.30).
 */
export const nextTaskNumber = (header: readonly CellValue[], rows: readonly (readonly CellValue[])[]): number => {
  const column = findColumn(header, 'rollout', 'no', ROLLOUT_SYNONYMS.no);
  if (column < 0) return 1;
  let highest = 0;
  for (const row of rows) {
    const whole = /^\s*(\d{1,9})/.exec(cellText(row[column]));
    if (whole) highest = Math.max(highest, Number(whole[1]));
  }
  return highest + 1;
};

export const taskRow = (
  tabName: string,
  header: readonly CellValue[],
  rows: readonly (readonly CellValue[])[],
  t: TaskInput,
  m: Messages,
): { ok: true; row: CellValue[]; due: CalendarDate | null } | { ok: false; errors: FieldError[] } => {
  const { due, impossible } = readDeadline(t.deadline);
  // The plan would warn of it at the next check; the person typing can mend it now.
  if (impossible) return { ok: false, errors: [{ field: 'deadline', message: m.deadlineNoSuchDate(t.deadline) }] };
  const values = { no: nextTaskNumber(header, rows), task: t.task, deadline: t.deadline, due: due ? isoDate(due) : '', responsible: t.responsible, status: t.status };
  const { row, missing } = rowForHeader(header, 'rollout', values, ROLLOUT_SYNONYMS);
  const lost = TYPED.filter((field) => missing.includes(field));
  if (lost.length > 0) return { ok: false, errors: lost.map((field) => ({ field, message: m.columnMissing(tabName, m.columnTitle('rollout', field)) })) };
  return { ok: true, row, due };
};
