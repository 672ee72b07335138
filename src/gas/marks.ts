/** Writes highlights and notes: two reads and at most two batched writes per tab, whatever its size. */
import { type CellMark, cut, planMarks, type Rect } from '../core/marks';
import { documentProperties } from './jobs';
import type { Services, SheetSurface } from './surface';

/**
 * How far our marks have ever reached on a sheet: a mark may sit past the last value (on a row since
 * cleared or deleted), so that far is read too, and no further: a sheet may have 50,000 empty rows.
 */
const extentKey = (sheet: SheetSurface) => `marks:extent:${sheet.getSheetId()}`;

/**
 * Returns whether anything was written. `fill: false`: notes only, the cell's colour left as it is (a
 * tab whose rows an administrator colours by hand).
 */
export const applyMarks = (svc: Services, sheet: SheetSurface, wanted: readonly CellMark[], scope: Rect | null, fill = true): boolean => {
  const props = documentProperties(svc);
  const [markedRows = 0, markedColumns = 0] = (props.getProperty(extentKey(sheet)) ?? '').split(',').map((n) => Number(n) || 0);
  // Never past the sheet's own size, which Sheets refuses.
  const rows = Math.min(sheet.getMaxRows(), Math.max(sheet.getLastRow(), markedRows, 1));
  const columns = Math.min(sheet.getMaxColumns(), Math.max(sheet.getLastColumn(), markedColumns, 1));
  const range = sheet.getRange(1, 1, rows, columns);
  const { grid, changed } = planMarks({ backgrounds: range.getBackgrounds(), notes: range.getNotes() }, wanted, scope, fill);
  if (!changed) return false;
  const block = sheet.getRange(changed.top + 1, changed.left + 1, changed.bottom - changed.top + 1, changed.right - changed.left + 1);
  if (fill) block.setBackgrounds(cut(grid.backgrounds, changed));
  block.setNotes(cut(grid.notes, changed));
  if (changed.bottom + 1 > markedRows || changed.right + 1 > markedColumns) {
    props.setProperty(extentKey(sheet), `${Math.max(changed.bottom + 1, markedRows)},${Math.max(changed.right + 1, markedColumns)}`);
  }
  return true;
};
