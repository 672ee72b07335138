/**
 * The rollout plan's due-date column, kept beside the free-text deadline: what each row should show and
 * whether the column must be rewritten. A deadline with no date leaves the cell empty, never a guess.
 * Cells kept as they were are written back neutralised (getValues drops a protecting apostrophe).
 */
import { cellText } from './cells';
import { dateFromCell, isoDate } from './dates';
import { tabHeaderRow } from './header-rows';
import { findColumn } from './rows';
import type { RolloutTask } from './rollout';
import { ROLLOUT_SYNONYMS } from './rollout';
import { asCellValue } from './safe-text';
import type { CellValue, Tab } from './workbook';

/** The due column's new values for every data row below the header (0-based column and first row), or null when nothing changes. */
export const dueColumnUpdate = (tab: Tab, tasks: readonly RolloutTask[], timeZone: string): { column: number; row: number; values: CellValue[][] } | null => {
  const headerRow = tabHeaderRow(tab, 'rollout');
  const header = tab.rows[headerRow] ?? [];
  const column = findColumn(header, 'rollout', 'due', ROLLOUT_SYNONYMS.due);
  if (column < 0 || tab.rows.length < headerRow + 2) return null;
  const byRow = new Map(tasks.map((t) => [t.row, t.due ? isoDate(t.due) : '']));
  let changed = false;
  const values = tab.rows.slice(headerRow + 1).map((row, i): CellValue[] => {
    const current = row[column] ?? '';
    const shown = current === '' ? '' : (() => {
      const d = dateFromCell(current, timeZone);
      return d ? isoDate(d) : cellText(current);
    })();
    const wanted = byRow.get(headerRow + 1 + i) ?? shown;
    if (wanted !== shown) changed = true;
    return [wanted === shown ? asCellValue(current) : wanted];
  });
  return changed ? { column, row: headerRow + 1, values } : null;
};
