/** Writes highlights and notes: two reads and at most two batched writes per tab, whatever its size. */
import { type CellMark, cut, planMarks, type Rect } from '../core/marks';
import type { SheetSurface } from './surface';

/** Returns whether anything was written. */
export const applyMarks = (sheet: SheetSurface, wanted: readonly CellMark[], scope: Rect | null): boolean => {
  // A mark may sit past the last value: on a row just cleared (inside the edit), or on rows deleted or
  // cleared earlier (the full check looks at the whole sheet).
  // Never past the sheet's own size, which Sheets refuses.
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  const rows = scope === null ? maxRows : Math.min(maxRows, Math.max(sheet.getLastRow(), scope.bottom + 1, 1));
  const columns = scope === null ? maxColumns : Math.min(maxColumns, Math.max(sheet.getLastColumn(), scope.right + 1, 1));
  const range = sheet.getRange(1, 1, rows, columns);
  const { grid, changed } = planMarks({ backgrounds: range.getBackgrounds(), notes: range.getNotes() }, wanted, scope);
  if (!changed) return false;
  const block = sheet.getRange(changed.top + 1, changed.left + 1, changed.bottom - changed.top + 1, changed.right - changed.left + 1);
  block.setBackgrounds(cut(grid.backgrounds, changed));
  block.setNotes(cut(grid.notes, changed));
  return true;
};
