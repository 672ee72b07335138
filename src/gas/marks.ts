/** Writes highlights and notes: two reads and at most two batched writes per tab, whatever its size. */
import { type CellMark, cut, mayBeOurNote, type PlanOptions, planMarks } from '../core/marks';
import { documentProperties } from './jobs';
import type { Services, SheetSurface } from './surface';

/**
 * How far our marks have ever reached on a sheet, and the sheet's size then: a mark may sit past the last
 * value (on a row since cleared), and rows or columns inserted since may have pushed it further, by at
 * most what the sheet grew. That far is read, and no further: a sheet may have 50,000 empty rows. Then
 * the notes' format (a record without it was written when our notes began `⚠ ` alone) and whether fills
 * were ours to set.
 */
const extentKey = (sheet: SheetSurface) => `marks:extent:${sheet.getSheetId()}`;
const NOTE_FORMAT = '2';

interface Extent {
  rows: number;
  columns: number;
  rowsThen: number;
  columnsThen: number;
  oldNotes: boolean;
  fill: boolean;
}

type Properties = ReturnType<typeof documentProperties>;

const recordedExtent = (props: Properties, sheet: SheetSurface): { text: string; extent: Extent } => {
  const text = props.getProperty(extentKey(sheet)) ?? '';
  const fields = text.split(',');
  const [rows = 0, columns = 0, rowsThen = 0, columnsThen = 0] = fields.slice(0, 4).map((n) => Number(n) || 0);
  return { text, extent: { rows, columns, rowsThen, columnsThen, oldNotes: text !== '' && fields[4] !== NOTE_FORMAT, fill: fields[5] !== '0' } };
};

/** An edited block is read too, but only this far past the last value: a whole column cleared is not 50,000 rows. */
const EDIT_SLACK = 500;

/** Returns whether anything was written. */
export const applyMarks = (svc: Services, sheet: SheetSurface, wanted: readonly CellMark[], options: Omit<PlanOptions, 'oldNotes'> = {}): boolean => {
  const { scope = null, fill = true } = options;
  const props = documentProperties(svc);
  const recorded = recordedExtent(props, sheet);
  const { rows: markedRows, columns: markedColumns, rowsThen, columnsThen } = recorded.extent;
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
  const current = { backgrounds: range.getBackgrounds(), notes: range.getNotes() };
  const { grid, changed } = planMarks(current, wanted, { ...options, oldNotes: recorded.extent.oldNotes });
  if (changed) {
    const block = sheet.getRange(changed.top + 1, changed.left + 1, changed.bottom - changed.top + 1, changed.right - changed.left + 1);
    if (fill) block.setBackgrounds(cut(grid.backgrounds, changed));
    block.setNotes(cut(grid.notes, changed));
  }
  // The read covered every mark we know of, so where our notes now stand is the extent: it shrinks as
  // marks go (rows added at the bottom do not keep a large read for good).
  const reached = ourExtent(grid.notes);
  const extent = `${reached.rows},${reached.columns},${maxRows},${maxColumns},${NOTE_FORMAT},${fill ? 1 : 0}`;
  if (extent !== recorded.text) props.setProperty(extentKey(sheet), extent);
  return changed !== null;
};

/**
 * Clears every mark of ours from a sheet we no longer read (a tab renamed), fills only if we set them
 * there; a sheet our marks never reached is not read at all.
 */
export const clearMarks = (svc: Services, sheet: SheetSurface): void => {
  const { extent } = recordedExtent(documentProperties(svc), sheet);
  if (extent.rows > 0) applyMarks(svc, sheet, [], { fill: extent.fill });
};

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
