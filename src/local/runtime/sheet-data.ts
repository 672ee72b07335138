// The stored state of one sheet: a sparse grid of cells (value, formula, note, background, font weight,
// validation), its size, frozen rows, column widths and protections. No call counting here.

import type { CellValue } from "../../core/workbook";
import { isDate } from "./clock";
import type { LocalDataValidation, LocalProtection } from "./validation";

export const WHITE = "#ffffff";

export interface Cell {
  value: CellValue;
  formula: string;
  note: string;
  background: string;
  fontWeight: "normal" | "bold";
  validation: LocalDataValidation | null;
  wrap: boolean;
}

export function emptyCell(): Cell {
  return { value: "", formula: "", note: "", background: WHITE, fontWeight: "normal", validation: null, wrap: true };
}

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== "" || cell.formula !== "");
}

/** A merged range, 1-based as the Sheet counts. */
export interface Merge {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export const overlaps = (a: Merge, b: Merge): boolean =>
  a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;

export const contains = (outer: Merge, inner: Merge): boolean =>
  inner.row >= outer.row &&
  inner.column >= outer.column &&
  inner.row + inner.numRows <= outer.row + outer.numRows &&
  inner.column + inner.numColumns <= outer.column + outer.numColumns;

export class SheetData {
  /** rows[r-1][c-1]; missing entries are empty cells. */
  readonly rows: (Cell | undefined)[][] = [];
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  protection: LocalProtection | null = null;
  /** Merged ranges; their hidden cells hold what was written there (merging clears them, as Sheets does). */
  merges: Merge[] = [];

  constructor(
    public name: string,
    public readonly id: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  ensureCell(row: number, column: number): Cell {
    if (row > this.maxRows) this.maxRows = row;
    if (column > this.maxColumns) this.maxColumns = column;
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[column - 1];
    if (!c) {
      c = emptyCell();
      r[column - 1] = c;
    }
    return c;
  }

  /** The last row with a value or formula; 0 when the sheet is empty. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      if (this.rows[r - 1]?.some(hasContent)) return r;
    }
    return 0;
  }

  /** The last column with a value or formula; 0 when the sheet is empty. */
  lastColumn(): number {
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let c = r.length; c > last; c--) {
        if (hasContent(r[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Stores `values` from column 1 of `row` exactly as given (no input parsing, never a formula); '' clears a value. */
  setRow(row: number, values: CellValue[]): void {
    values.forEach((value, i) => {
      const cell = this.ensureCell(row, i + 1);
      cell.value = isDate(value) ? new Date(value.getTime()) : (value ?? "");
      cell.formula = "";
    });
  }

  /** Removes contents and formats of every cell (Sheet.clear). */
  clearAll(): void {
    this.rows.length = 0;
    this.merges = [];
  }
}
