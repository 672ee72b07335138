// Sheet: a named tab of the spreadsheet — ranges by coordinates or A1, appendRow, size, frozen rows,
// column widths, protection and clearing; every call counted against the sheet's current name.

import type { CallLog } from "./calls";
import type { SheetSurface } from "../../gas/surface";
import { parseA1 } from "./a1";
import { LocalRange } from "./range";
import { type Cell, emptyCell, type SheetData } from "./sheet-data";
import type { LocalSpreadsheet } from "./spreadsheet";
import { LocalProtection } from "./validation";

/** What a sheet needs from its spreadsheet. */
export interface SheetContext {
  log: CallLog;
  locale: string;
  timeZone: string;
}

export class LocalSheet implements SheetSurface {
  constructor(
    readonly data: SheetData,
    private readonly parent: LocalSpreadsheet,
    readonly ctx: SheetContext,
  ) {}

  private count(method: string): void {
    this.ctx.log.count("Sheet", method, this.data.name);
  }

  /** A range without counting (for the runtime's own use: user edits, events). */
  rangeOf(row: number, column: number, numRows = 1, numColumns = 1): LocalRange {
    if (!Number.isInteger(row) || row < 1) throw new Error("The starting row of the range is too small.");
    if (!Number.isInteger(column) || column < 1) throw new Error("The starting column of the range is too small.");
    if (!Number.isInteger(numRows) || numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (!Number.isInteger(numColumns) || numColumns < 1) {
      throw new Error("The number of columns in the range must be at least 1.");
    }
    if (row + numRows - 1 > this.data.maxRows || column + numColumns - 1 > this.data.maxColumns) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new LocalRange(this, row, column, numRows, numColumns);
  }

  /** A range from A1 notation without counting. */
  rangeA1(a1: string): LocalRange {
    const box = parseA1(a1, this.data.maxRows, this.data.maxColumns);
    if (box.sheetName !== undefined && box.sheetName.toLowerCase() !== this.data.name.toLowerCase()) {
      throw new Error("Range not found");
    }
    return this.rangeOf(box.row, box.column, box.numRows, box.numColumns);
  }

  getName(): string {
    this.count("getName");
    return this.data.name;
  }
  setName(name: string): LocalSheet {
    this.count("setName");
    this.parent.renameSheet(this, name);
    return this;
  }
  getSheetId(): number {
    this.count("getSheetId");
    return this.data.id;
  }
  getIndex(): number {
    this.count("getIndex");
    return this.parent.indexOf(this) + 1;
  }
  getLastRow(): number {
    this.count("getLastRow");
    return this.data.lastRow();
  }
  getLastColumn(): number {
    this.count("getLastColumn");
    return this.data.lastColumn();
  }
  getMaxRows(): number {
    this.count("getMaxRows");
    return this.data.maxRows;
  }
  getMaxColumns(): number {
    this.count("getMaxColumns");
    return this.data.maxColumns;
  }
  getDataRange(): LocalRange {
    this.count("getDataRange");
    return this.rangeOf(1, 1, Math.max(1, this.data.lastRow()), Math.max(1, this.data.lastColumn()));
  }
  getRange(row: number, column: number): LocalRange;
  getRange(row: number, column: number, numRows: number): LocalRange;
  getRange(row: number, column: number, numRows: number, numColumns: number): LocalRange;
  getRange(a1Notation: string): LocalRange;
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): LocalRange {
    this.count("getRange");
    if (typeof a === "string") return this.rangeA1(a);
    return this.rangeOf(a, column ?? Number.NaN, numRows ?? 1, numColumns ?? 1);
  }
  // biome-ignore lint/suspicious/noExplicitAny: the real API takes any[]
  appendRow(rowContents: any[]): LocalSheet {
    this.count("appendRow");
    if (!Array.isArray(rowContents)) {
      throw new Error("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    }
    const row = this.data.lastRow() + 1;
    rowContents.forEach((value, i) => {
      LocalRange.writeInput(this.data.ensureCell(row, i + 1), value, this.ctx.locale, this.ctx.timeZone);
    });
    if (row > this.data.maxRows) this.data.maxRows = row;
    return this;
  }
  /** Adds empty rows below `afterPosition`; rows under it move down, as in Apps Script. */
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.count("insertRowsAfter");
    if (afterPosition < 1) throw new Error("Those rows are out of bounds.");
    this.insertRowsUncounted(afterPosition, howMany);
    return this;
  }

  /** Removes rows; rows under them move up, as in Apps Script (which keeps at least one unfrozen row). */
  deleteRows(rowPosition: number, howMany: number): void {
    this.count("deleteRows");
    this.deleteRowsUncounted(rowPosition, howMany);
  }

  /**
   * Rows inserted below `afterPosition` (0: at the top), for the runtime's own use: a person's action. As in
   * Sheets, the new rows take the format of the row above (fill, weight, dropdowns), not its values or notes.
   */
  insertRowsUncounted(afterPosition: number, howMany: number): void {
    if (afterPosition < 0 || afterPosition > this.data.maxRows || howMany < 1) throw new Error("Those rows are out of bounds.");
    const above = afterPosition >= 1 ? (this.data.rows[afterPosition - 1] ?? []) : [];
    const copy = (): (Cell | undefined)[] =>
      above.map((c) => (c ? { ...emptyCell(), background: c.background, fontWeight: c.fontWeight, validation: c.validation, wrap: c.wrap } : undefined));
    if (afterPosition < this.data.rows.length) this.data.rows.splice(afterPosition, 0, ...Array.from({ length: howMany }, copy));
    else if (above.length > 0) for (let k = 0; k < howMany; k++) this.data.rows[afterPosition + k] = copy();
    this.data.maxRows += howMany;
    // As in Sheets, a merged range below moves down and one the new rows fall inside grows.
    for (const m of this.data.merges) {
      if (m.row > afterPosition) m.row += howMany;
      else if (m.row + m.numRows - 1 > afterPosition) m.numRows += howMany;
    }
  }

  /** Rows removed, for the runtime's own use: a person's action. */
  deleteRowsUncounted(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.data.maxRows) throw new Error("Those rows are out of bounds.");
    if (this.data.maxRows - howMany <= this.data.frozenRows) throw new Error("Sorry, it is not possible to delete all non-frozen rows.");
    this.data.rows.splice(rowPosition - 1, howMany);
    this.data.maxRows -= howMany;
    // A merged range loses the rows deleted from it and goes when none or one cell is left.
    const end = rowPosition + howMany;
    this.data.merges = this.data.merges.flatMap((m) => {
      const lost = Math.max(0, Math.min(m.row + m.numRows, end) - Math.max(m.row, rowPosition));
      const row = m.row >= end ? m.row - howMany : Math.min(m.row, rowPosition);
      const next = { ...m, row, numRows: m.numRows - lost };
      return next.numRows > 0 && next.numRows * next.numColumns > 1 ? [next] : [];
    });
  }

  getFrozenRows(): number {
    this.count("getFrozenRows");
    return this.data.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.count("setFrozenRows");
    if (rows < 0 || rows > this.data.maxRows) throw new Error("The number of frozen rows is out of bounds.");
    this.data.frozenRows = rows;
  }
  setColumnWidth(columnPosition: number, width: number): LocalSheet {
    this.count("setColumnWidth");
    this.data.columnWidths.set(columnPosition, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    this.count("getColumnWidth");
    return this.data.columnWidths.get(columnPosition) ?? 100;
  }
  /** Protects the sheet; if it is already protected, returns the existing protection (as Apps Script does). */
  protect(): LocalProtection {
    this.count("protect");
    if (!this.data.protection) this.data.protection = new LocalProtection(this.ctx.log);
    return this.data.protection;
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): LocalProtection[] {
    this.count("getProtections");
    return String(type) === "SHEET" && this.data.protection ? [this.data.protection] : [];
  }
  clear(): LocalSheet {
    this.count("clear");
    this.data.clearAll();
    return this;
  }
  clearContents(): LocalSheet {
    this.count("clearContents");
    for (const r of this.data.rows) {
      for (const cell of r ?? []) {
        if (cell) {
          cell.value = "";
          cell.formula = "";
        }
      }
    }
    return this;
  }
  getParent(): LocalSpreadsheet {
    this.count("getParent");
    return this.parent;
  }
}
