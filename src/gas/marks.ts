/** Writes highlights and notes: two reads and at most two batched writes per tab, whatever its size. */
import { type CellMark, cut, planMarks, type Rect } from '../core/marks';
import type { SheetSurface } from './surface';

/** Returns whether anything was written. */
export const applyMarks = (sheet: SheetSurface, wanted: readonly CellMark[], scope: Rect | null): boolean => {
  const range = sheet.getDataRange();
  const { grid, changed } = planMarks({ backgrounds: range.getBackgrounds(), notes: range.getNotes() }, wanted, scope);
  if (!changed) return false;
  const block = sheet.getRange(changed.top + 1, changed.left + 1, changed.bottom - changed.top + 1, changed.right - changed.left + 1);
  block.setBackgrounds(cut(grid.backgrounds, changed));
  block.setNotes(cut(grid.notes, changed));
  return true;
};
