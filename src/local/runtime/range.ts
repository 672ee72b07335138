// Range: a rectangle of a sheet (1-based), reading and writing values, formulas, notes, backgrounds,
// font weights and validations, each call counted against the sheet it touches.

import type { CellValue } from "../../core/workbook";
import type { DataValidationSurface, RangeSurface } from "../../gas/surface";
import { a1Notation } from "./a1";
import { displayValue, parseInput } from "./cell-input";
import { isDate } from "./clock";
import { type Cell, contains, type Merge, overlaps, WHITE } from "./sheet-data";
import type { LocalSheet } from "./sheet";
import type { LocalDataValidation } from "./validation";

const COLOR_NAMES: Record<string, string> = {
  white: "#ffffff",
  black: "#000000",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
};

/** Colours are stored lowercased as '#rrggbb'; null resets to white. */
export function normalizeColor(color: string | null): string {
  if (color === null || color === "") return WHITE;
  const c = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return COLOR_NAMES[c] ?? c;
}

export function checkShape(data: unknown, numRows: number, numColumns: number, method: string): unknown[][] {
  if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) {
    throw new Error(`The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  if (data.length !== numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== numColumns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`,
      );
    }
  }
  return data as unknown[][];
}

/** Sheets refuses the whole write when one cell would hold more than 50,000 characters. */
const CELL_CHARACTERS = 50_000;
function checkCellSizes(data: readonly (readonly unknown[])[]): void {
  for (const row of data)
    for (const v of row)
      if (typeof v === "string" && v.length > CELL_CHARACTERS)
        throw new Error(`Your input contains more than the maximum of ${CELL_CHARACTERS} characters in a single cell.`);
}

function copyValue(v: CellValue): CellValue {
  return isDate(v) ? new Date(v.getTime()) : v;
}

export class LocalRange implements RangeSurface {
  constructor(
    private readonly sheet: LocalSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {}

  private count(method: string): void {
    this.sheet.ctx.log.count("Range", method, this.sheet.data.name);
  }

  /** Position and size without counting a call (for the runtime's own use). */
  geometry(): { row: number; column: number; numRows: number; numColumns: number } {
    return { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
  }

  private grid<T>(read: (cell: Cell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(read(this.sheet.data.cell(this.row + r, this.column + c)));
      out.push(line);
    }
    return out;
  }

  private each(write: (cell: Cell, r: number, c: number) => void): this {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) {
        write(this.sheet.data.ensureCell(this.row + r, this.column + c), r, c);
      }
    }
    return this;
  }

  /** Writes one value as typed input (shared with user edits, which are not counted). */
  static writeInput(cell: Cell, input: unknown, locale: string, timeZone: string): void {
    const parsed = parseInput(input, locale, timeZone);
    cell.value = parsed.value;
    cell.formula = parsed.formula;
  }

  private write(cell: Cell, input: unknown): void {
    LocalRange.writeInput(cell, input, this.sheet.ctx.locale, this.sheet.ctx.timeZone);
  }

  getA1Notation(): string {
    this.count("getA1Notation");
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }
  getRow(): number {
    this.count("getRow");
    return this.row;
  }
  getColumn(): number {
    this.count("getColumn");
    return this.column;
  }
  getNumRows(): number {
    this.count("getNumRows");
    return this.numRows;
  }
  getNumColumns(): number {
    this.count("getNumColumns");
    return this.numColumns;
  }
  getHeight(): number {
    this.count("getHeight");
    return this.numRows;
  }
  getWidth(): number {
    this.count("getWidth");
    return this.numColumns;
  }
  getLastRow(): number {
    this.count("getLastRow");
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    this.count("getLastColumn");
    return this.column + this.numColumns - 1;
  }
  getSheet(): LocalSheet {
    this.count("getSheet");
    return this.sheet;
  }

  // biome-ignore lint/suspicious/noExplicitAny: the real API returns any[][]
  getValues(): any[][] {
    this.count("getValues");
    return this.grid((cell) => (cell ? copyValue(cell.value) : ""));
  }
  // biome-ignore lint/suspicious/noExplicitAny: the real API returns any
  getValue(): any {
    this.count("getValue");
    const cell = this.sheet.data.cell(this.row, this.column);
    return cell ? copyValue(cell.value) : "";
  }
  // biome-ignore lint/suspicious/noExplicitAny: the real API takes any[][]
  setValues(values: any[][]): LocalRange {
    this.count("setValues");
    const data = checkShape(values, this.numRows, this.numColumns, "setValues");
    checkCellSizes(data);
    return this.each((cell, r, c) => this.write(cell, data[r]?.[c]));
  }
  // biome-ignore lint/suspicious/noExplicitAny: the real API takes any
  setValue(value: any): LocalRange {
    this.count("setValue");
    checkCellSizes([[value]]);
    return this.each((cell) => this.write(cell, value));
  }
  getDisplayValues(): string[][] {
    this.count("getDisplayValues");
    const { locale, timeZone } = this.sheet.ctx;
    return this.grid((cell) => (cell ? displayValue(cell.value, locale, timeZone) : ""));
  }
  getDisplayValue(): string {
    this.count("getDisplayValue");
    const cell = this.sheet.data.cell(this.row, this.column);
    return cell ? displayValue(cell.value, this.sheet.ctx.locale, this.sheet.ctx.timeZone) : "";
  }
  getFormulas(): string[][] {
    this.count("getFormulas");
    return this.grid((cell) => cell?.formula ?? "");
  }
  setFormulas(formulas: string[][]): LocalRange {
    this.count("setFormulas");
    const data = checkShape(formulas, this.numRows, this.numColumns, "setFormulas");
    return this.each((cell, r, c) => this.write(cell, data[r]?.[c]));
  }
  setFormula(formula: string): LocalRange {
    this.count("setFormula");
    return this.each((cell) => this.write(cell, formula));
  }
  getBackgrounds(): string[][] {
    this.count("getBackgrounds");
    return this.grid((cell) => cell?.background ?? WHITE);
  }
  getBackground(): string {
    this.count("getBackground");
    return this.sheet.data.cell(this.row, this.column)?.background ?? WHITE;
  }
  setBackgrounds(color: string[][]): LocalRange {
    this.count("setBackgrounds");
    const data = checkShape(color, this.numRows, this.numColumns, "setBackgrounds");
    return this.each((cell, r, c) => {
      cell.background = normalizeColor((data[r]?.[c] as string | null) ?? null);
    });
  }
  setBackground(color: string | null): LocalRange {
    this.count("setBackground");
    const normalized = normalizeColor(color);
    return this.each((cell) => {
      cell.background = normalized;
    });
  }
  getNotes(): string[][] {
    this.count("getNotes");
    return this.grid((cell) => cell?.note ?? "");
  }
  getNote(): string {
    this.count("getNote");
    return this.sheet.data.cell(this.row, this.column)?.note ?? "";
  }
  setNotes(notes: (string | null)[][]): LocalRange {
    this.count("setNotes");
    const data = checkShape(notes, this.numRows, this.numColumns, "setNotes");
    return this.each((cell, r, c) => {
      const note = data[r]?.[c];
      cell.note = note === null || note === undefined ? "" : String(note);
    });
  }
  setNote(note: string | null): LocalRange {
    this.count("setNote");
    return this.each((cell) => {
      cell.note = note === null ? "" : String(note);
    });
  }
  getFontWeights(): string[][] {
    this.count("getFontWeights");
    return this.grid((cell) => cell?.fontWeight ?? "normal");
  }
  setFontWeight(fontWeight: "bold" | "normal" | null): LocalRange {
    this.count("setFontWeight");
    return this.each((cell) => {
      cell.fontWeight = fontWeight === "bold" ? "bold" : "normal";
    });
  }
  setFontWeights(fontWeights: ("bold" | "normal" | null)[][]): LocalRange {
    this.count("setFontWeights");
    const data = checkShape(fontWeights, this.numRows, this.numColumns, "setFontWeights");
    return this.each((cell, r, c) => {
      cell.fontWeight = data[r]?.[c] === "bold" ? "bold" : "normal";
    });
  }
  setWrap(isWrapEnabled: boolean): LocalRange {
    this.count("setWrap");
    return this.each((cell) => {
      cell.wrap = isWrapEnabled;
    });
  }
  getDataValidations(): (LocalDataValidation | null)[][] {
    this.count("getDataValidations");
    return this.grid((cell) => cell?.validation ?? null);
  }
  setDataValidation(rule: DataValidationSurface | null): LocalRange {
    this.count("setDataValidation");
    // Rules only come from SpreadsheetApp.newDataValidation() of this runtime.
    const local = rule as LocalDataValidation | null;
    return this.each((cell) => {
      cell.validation = local;
    });
  }
  clearContent(): LocalRange {
    this.count("clearContent");
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) {
        const cell = this.sheet.data.cell(this.row + r, this.column + c);
        if (cell) {
          cell.value = "";
          cell.formula = "";
        }
      }
    }
    return this;
  }

  private block(): Merge {
    return { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
  }

  /** Ends the merged ranges inside this range; one reaching out of it is refused, as in Sheets. */
  private unmergeWhole(): Merge {
    const here = this.block();
    if (this.sheet.data.merges.some((m) => overlaps(m, here) && !contains(here, m))) {
      throw new Error("You must select all cells in a merged range to merge or unmerge them.");
    }
    this.sheet.data.merges = this.sheet.data.merges.filter((m) => !overlaps(m, here));
    return here;
  }

  /** The merged ranges that lie in this range or reach into it, as Sheets gives them. */
  getMergedRanges(): LocalRange[] {
    this.count("getMergedRanges");
    const here = this.block();
    return this.sheet.data.merges.filter((m) => overlaps(m, here)).map((m) => new LocalRange(this.sheet, m.row, m.column, m.numRows, m.numColumns));
  }

  /**
   * Merges the range into one cell. As in Sheets, only the first cell's value stays, and a merged range
   * that reaches out of this one is refused; those inside it are replaced.
   */
  merge(): LocalRange {
    this.count("merge");
    const here = this.unmergeWhole();
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) {
        const cell = r === 0 && c === 0 ? undefined : this.sheet.data.cell(this.row + r, this.column + c);
        if (cell) {
          cell.value = "";
          cell.formula = "";
        }
      }
    }
    if (this.numRows * this.numColumns > 1) this.sheet.data.merges.push(here);
    return this;
  }

  /** Splits the merged ranges in this range into their cells again. */
  breakApart(): LocalRange {
    this.count("breakApart");
    this.unmergeWhole();
    return this;
  }
}
