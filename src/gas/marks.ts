/** Writes highlights and notes: two reads and at most two batched writes per tab, whatever its size. */
import { type CellMark, cut, mayBeOurNote, planMarks, type Rect } from '../core/marks';
import { documentProperties } from './jobs';
import type { Services, SheetSurface } from './surface';

/**
 * How far our marks have ever reached on a sheet, and the sheet's size then: a mark may sit past the last
 * value (on a row since cleared), and rows or columns inserted since may have pushed it further, by at
 * most what the sheet grew. That far is read, and no further: a sheet may have 50,000 empty rows.
 */
const extentKey = (sheet: SheetSurface) => `marks:extent:${sheet.getSheetId()}`;

/** An edited block is read too, but only this far past the last value: a whole column cleared is not 50,000 rows. */
const EDIT_SLACK = 500;

/**
 * Returns whether anything was written. `fill: false`: notes only, the cell's colour left as it is (a
 * tab whose rows an administrator colours by hand).
 */
export const applyMarks = (
  svc: Services,
  sheet: SheetSurface,
  wanted: readonly CellMark[],
  scope: Rect | null,
  fill = true,
  fresh: (row: number) => boolean = () => false,
): boolean => {
  const props = documentProperties(svc);
  const [markedRows = 0, markedColumns = 0, rowsThen = 0, columnsThen = 0] = (props.getProperty(extentKey(sheet)) ?? '').split(',').map((n) => Number(n) || 0);
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const reach = (last: number, marked: number, grown: number, edited: number | undefined) =>
    Math.max(last, marked > 0 ? marked + Math.max(0, grown) : 0, edited === undefined ? 0 : Math.min(edited, last + EDIT_SLACK), 1);
  // Never past the sheet's own size, which Sheets refuses.
  const rows = Math.min(maxRows, reach(lastRow, markedRows, maxRows - rowsThen, scope ? scope.bottom + 1 : undefined));
  const columns = Math.min(maxColumns, reach(lastColumn, markedColumns, maxColumns - columnsThen, scope ? scope.right + 1 : undefined));
  const range = sheet.getRange(1, 1, rows, columns);
  const { grid, changed } = planMarks({ backgrounds: range.getBackgrounds(), notes: range.getNotes() }, wanted, scope, fill, fresh);
  if (changed) {
    const block = sheet.getRange(changed.top + 1, changed.left + 1, changed.bottom - changed.top + 1, changed.right - changed.left + 1);
    if (fill) block.setBackgrounds(cut(grid.backgrounds, changed));
    block.setNotes(cut(grid.notes, changed));
  }
  // The read covered every mark we know of, so where our notes now stand is the extent: it shrinks as
  // marks go (rows added at the bottom do not keep a large read for good).
  const reached = ourExtent(grid.notes);
  const extent = `${reached.rows},${reached.columns},${maxRows},${maxColumns}`;
  if (extent !== `${markedRows},${markedColumns},${rowsThen},${columnsThen}`) props.setProperty(extentKey(sheet), extent);
  return changed !== null;
};

/** Whether our marks have ever reached into a sheet (its extent is recorded), without reading its cells. */
export const hasRecordedMarks = (svc: Services, sheet: SheetSurface): boolean =>
  (Number((documentProperties(svc).getProperty(extentKey(sheet)) ?? '').split(',')[0]) || 0) > 0;

/** One past the last row and column holding a note of ours. */
const ourExtent = (notes: readonly string[][]): { rows: number; columns: number } => {
  let rows = 0;
  let columns = 0;
  for (const [r, line] of notes.entries()) {
    for (const [c, note] of line.entries()) {
      if (!mayBeOurNote(note)) continue;
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }
  }
  return { rows, columns };
};
