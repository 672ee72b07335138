/**
 * The rollout plan's due-date column, kept beside the free-text deadline: what each row should show, and
 * which of its dates are ours. A deadline with no date leaves the cell as the school has it (empty, or a
 * date or note it typed), never a guess; a date we wrote for an earlier wording of the deadline is cleared.
 * Cells kept as they were are written back neutralised (getValues drops a protecting apostrophe).
 */
import { cellText } from './cells';
import { dateFromCell, isoDate } from './dates';
import { tabHeaderRow } from './header-rows';
import { findColumn } from './rows';
import { dueWrittenKey, ROLLOUT_SYNONYMS, type RolloutTask } from './rollout';
import { asCellValue } from './safe-text';
import type { CellValue, Tab } from './workbook';

export interface DueColumnSync {
  /** 0-based column and first data row. */
  column: number;
  row: number;
  /** The column's new values for every data row, or null when nothing changes. */
  values: CellValue[][] | null;
  /** The dates now ours (dueWrittenKey), to be kept for the next run. */
  written: string[];
}

export const syncDueColumn = (tab: Tab, tasks: readonly RolloutTask[], timeZone: string, written: ReadonlySet<string> = new Set()): DueColumnSync | null => {
  const headerRow = tabHeaderRow(tab, 'rollout');
  const header = tab.rows[headerRow] ?? [];
  const column = findColumn(header, 'rollout', 'due', ROLLOUT_SYNONYMS.due);
  if (column < 0 || tab.rows.length < headerRow + 2) return null;
  const byRow = new Map(tasks.map((t) => [t.row, t]));
  const ours: string[] = [];
  let changed = false;
  const values = tab.rows.slice(headerRow + 1).map((row, i): CellValue[] => {
    const current = row[column] ?? '';
    const date = current === '' ? null : dateFromCell(current, timeZone);
    const shown = date ? isoDate(date) : cellText(current);
    const task = byRow.get(headerRow + 1 + i);
    let wanted = shown;
    if (task?.due && !task.dueTyped) {
      wanted = isoDate(task.due);
      ours.push(dueWrittenKey(task.task, task.due));
    } else if (task && date && written.has(dueWrittenKey(task.task, date))) {
      wanted = '';
    }
    if (wanted !== shown) changed = true;
    return [wanted === shown ? asCellValue(current) : wanted];
  });
  return { column, row: headerRow + 1, values: changed ? values : null, written: ours };
};

/** Property values hold 9 kB: a plan of some 400 dated tasks. Past that, the rest are not known as ours. */
const WRITTEN_LIMIT = 9_000;

export const writtenDueText = (keys: readonly string[]): string => {
  let text = '';
  for (const key of keys) {
    if (text.length + key.length + 1 > WRITTEN_LIMIT) break;
    text += text === '' ? key : `\n${key}`;
  }
  return text;
};

export const parseWrittenDue = (text: string | null): string[] => (text ? text.split('\n').filter((k) => k !== '') : []);
