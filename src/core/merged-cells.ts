/**
 * Merged cells as a school's Sheet has them: a Sheet hands a merged range's value over in its first cell
 * only, while the school means it for every row the range spans (a time merged over three people's rows).
 */
import { columnOfLetters } from './cells';
import type { CellValue } from './workbook';

/** A merged range, 0-based from A1: `rows` × `columns` cells from `row`, `column`. */
export interface MergedBlock {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

const cornerOf = (a1: string): { row: number; column: number } | null => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  return m ? { row: Number(m[2]) - 1, column: columnOfLetters(m[1]!) } : null;
};

/** A range as the Sheet names it (`C4:C6`, `B2`) → its block; null for anything else. One call per range, not four. */
export const blockOfA1 = (a1: string): MergedBlock | null => {
  const [from = '', to = from, extra] = a1.split(':');
  const a = cornerOf(from);
  const b = cornerOf(to);
  if (!a || !b || extra !== undefined) return null;
  return { row: Math.min(a.row, b.row), column: Math.min(a.column, b.column), rows: Math.abs(b.row - a.row) + 1, columns: Math.abs(b.column - a.column) + 1 };
};

/**
 * The rows with each merged range's value down its rows, in its first column's blank cells: a time or a name
 * merged over the rows it serves. Across the columns it stays in the first cell, as the Sheet gives it, unless
 * it is a time in a row with more in it: a row merged whole is a heading (`Понедельник` over the table, a
 * plan's section), a title or a signature, whose value in every column would read as a day's time or a task.
 * Only rows already there are filled: a range reaching below the last row of values adds none. The rows
 * given are not changed; a row is copied only where a value goes into it.
 */
export const spreadMerged = (rows: readonly CellValue[][], blocks: readonly MergedBlock[]): CellValue[][] => {
  if (blocks.length === 0) return rows as CellValue[][];
  const out = rows.slice();
  const copied = new Set<number>();
  for (const b of blocks) {
    const value = rows[b.row]?.[b.column];
    if (value === undefined || value === '') continue;
    // Across the columns only a time or a number in a row with more in it (a grid's `8.00-9.00` over Mon-Fri
    // beside the person): a heading, a section or a title stands alone in its row, and a day's name over
    // a two-row header's `время | кабинет` has no digit.
    const anchorRow = rows[b.row] ?? [];
    const across = /\d/.test(String(value)) && anchorRow.some((v, k) => (k < b.column || k >= b.column + b.columns) && v !== '');
    for (let r = b.row; r < Math.min(b.row + b.rows, rows.length); r++) {
      const line = out[r]!;
      for (let c = b.column; c < Math.min(across ? b.column + b.columns : b.column + 1, line.length); c++) {
        if ((r === b.row && c === b.column) || line[c] !== '') continue;
        if (!copied.has(r)) {
          out[r] = line.slice();
          copied.add(r);
        }
        out[r]![c] = value;
      }
    }
  }
  return out;
};

/**
 * Where a cell is seen: a cell inside a merged range shows only through the range's first cell, so a mark
 * meant for it goes there.
 */
export const shownAt = (blocks: readonly MergedBlock[]): ((row: number, column: number) => { row: number; column: number }) => {
  if (blocks.length === 0) return (row, column) => ({ row, column });
  return (row, column) => {
    const b = mergedBlockAt(blocks, row, column);
    return b ? { row: b.row, column: b.column } : { row, column };
  };
};

/** The merged range a cell is part of, if any. */
export const mergedBlockAt = (blocks: readonly MergedBlock[], row: number, column: number): MergedBlock | undefined =>
  blocks.find((k) => row >= k.row && row < k.row + k.rows && column >= k.column && column < k.column + k.columns);
