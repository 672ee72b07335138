// Saving the spreadsheet: as a Workbook (values as getValues gives them), as .xlsx with exceljs (values,
// formulas, notes, fills, bold, frozen rows, column widths), and a Workbook as a folder of CSV files.

import { isUtf8 } from "node:buffer";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { dsvFormat } from "d3-dsv";
import ExcelJS from "exceljs";
import type { CellValue, Workbook } from "../../core/workbook";
import { csvCell, csvText, decodeCsv, separatorOf } from "../workbook-file";
import { isDate } from "./clock";
import type { LocalRuntime } from "./runtime";
import { WHITE } from "./sheet-data";
import type { LocalSpreadsheet } from "./spreadsheet";
import { wallTime } from "./time-zone";

/** The values as getValues gives them; with `formulas`, a formula cell as its formula text (for a CSV file). */
export function toWorkbook(spreadsheet: LocalSpreadsheet, formulas = false): Workbook {
  return {
    tabs: spreadsheet.sheets.map((sheet) => {
      const data = sheet.data;
      const lastRow = data.lastRow();
      const lastColumn = data.lastColumn();
      const rows: CellValue[][] = [];
      for (let r = 1; r <= lastRow; r++) {
        const line: CellValue[] = [];
        for (let c = 1; c <= lastColumn; c++) {
          const cell = data.cell(r, c);
          const v = cell?.value ?? "";
          line.push(formulas && cell?.formula ? cell.formula : isDate(v) ? new Date(v.getTime()) : v);
        }
        rows.push(line);
      }
      return { name: data.name, rows };
    }),
  };
}

/** The wall time of `date` in `timeZone` as a UTC Date: what Excel (which has no zones) should show. */
function wallAsUtc(date: Date, timeZone: string): Date {
  const w = wallTime(date, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond));
}

function hasTime(date: Date, timeZone: string): boolean {
  const w = wallTime(date, timeZone);
  return w.hour !== 0 || w.minute !== 0 || w.second !== 0;
}

/** Writes the spreadsheet as an .xlsx file. Dates are written as the wall time in the spreadsheet's time zone. */
export async function saveXlsx(runtime: LocalRuntime, path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const tz = runtime.spreadsheet.ctx.timeZone;
  for (const sheet of runtime.spreadsheet.sheets) {
    const data = sheet.data;
    const ws = book.addWorksheet(data.name);
    if (data.frozenRows > 0) ws.views = [{ state: "frozen", ySplit: data.frozenRows }];
    for (const [column, px] of data.columnWidths) ws.getColumn(column).width = Math.round((px / 7) * 100) / 100;
    data.rows.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        const value = isDate(cell.value) ? wallAsUtc(cell.value, tz) : cell.value;
        if (cell.formula) {
          target.value = { formula: cell.formula.slice(1), result: value === "" ? undefined : value } as ExcelJS.CellFormulaValue;
        } else if (value !== "") {
          target.value = value;
        }
        if (isDate(cell.value)) target.numFmt = hasTime(cell.value, tz) ? "dd.mm.yyyy h:mm:ss" : "dd.mm.yyyy";
        if (cell.note) target.note = cell.note;
        if (cell.background !== WHITE && /^#[0-9a-f]{6}$/.test(cell.background)) {
          target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${cell.background.slice(1).toUpperCase()}` } };
        }
        if (cell.fontWeight === "bold") target.font = { bold: true };
        const list = cell.validation?.listValues();
        if (list) {
          target.dataValidation = {
            type: "list",
            allowBlank: true,
            formulae: [`"${list.join(",").replace(/"/g, '""')}"`],
            showErrorMessage: !cell.validation?.allowInvalid,
          };
        }
      });
    });
  }
  // Beside the file first, then renamed over it: a failed write leaves the old workbook whole.
  const temp = `${path}.${process.pid}.tmp`;
  await book.xlsx.writeFile(temp);
  renameSync(temp, path);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** A Date in a CSV: dd.MM.yyyy, or dd.MM.yyyy H:mm when it has a time of day, in `timeZone`. */
export function csvDate(date: Date, timeZone: string): string {
  const w = wallTime(date, timeZone);
  const day = `${pad2(w.day)}.${pad2(w.month)}.${w.year}`;
  return w.hour !== 0 || w.minute !== 0 || w.second !== 0 ? `${day} ${w.hour}:${pad2(w.minute)}` : day;
}

/**
 * A cell as CSV text. `before`: the same cell as the file held it; a cell whose value is unchanged is
 * written as it was, so that only what the run wrote is touched. Text Excel would run as a formula is
 * written behind an apostrophe, which the reader takes off again.
 */
function csvField(value: CellValue, timeZone: string, separator: string, before: string | undefined): string {
  const unchanged = before !== undefined && (typeof value === "string" || typeof value === "number") && csvCell(before, separator === ";") === value;
  // A number in a semicolon file keeps its decimal comma, as Excel where it is the decimal sign reads it.
  const text = unchanged ? before : typeof value === "number" && separator === ";" ? String(value).replace(".", ",") : csvValue(value, timeZone);
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvValue(value: CellValue, timeZone: string): string {
  if (isDate(value)) return csvDate(value, timeZone);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "string" ? csvText(value) : String(value);
}

/** RFC 4180 text of rows (CRLF line ends), comma-separated unless told otherwise; `before`: the file's cells as they were. */
export function toCsv(rows: CellValue[][], timeZone = "Europe/Moscow", separator = ",", before: string[][] = []): string {
  return rows.map((row, r) => `${row.map((v, c) => csvField(v, timeZone, separator, before[r]?.[c])).join(separator)}\r\n`).join("");
}

/** How a tab's file was written: written back the same way, under the same name. */
interface CsvFile {
  path: string;
  separator: string;
  /** A byte-order mark in front: kept, and added where the file was in a one-byte code page (Excel then reads UTF-8). */
  bom: boolean;
  /** The file's cells as written (nothing converted): an unchanged cell is written back exactly so. */
  cells: string[][];
}

function csvFileOf(dir: string, tabName: string): CsvFile {
  const existing = existsSync(dir)
    ? readdirSync(dir).find((f) => extname(f).toLowerCase() === ".csv" && basename(f, extname(f)).normalize("NFC") === tabName)
    : undefined;
  if (existing === undefined) return { path: join(dir, `${tabName.replace(/[/\\]/g, "_")}.csv`), separator: ",", bom: false, cells: [] };
  const bytes = readFileSync(join(dir, existing));
  const decoded = decodeCsv(bytes);
  const text = decoded.replace(/^\uFEFF/, "");
  const separator = separatorOf(text);
  return { path: join(dir, existing), separator, bom: !isUtf8(bytes) || decoded !== text, cells: dsvFormat(separator).parseRows(text) };
}

/** A second name for the old file: a hard link, or a copy where the disk has none (FAT, some shares). */
function keepCopy(path: string, kept: string): void {
  try {
    linkSync(path, kept);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") throw e;
    copyFileSync(path, kept);
  }
}

/**
 * Writes one CSV per tab into `dir` (created if missing): each over its own file, same name, separator and
 * byte-order mark; a new tab as TAB.csv. All are written beside their files first and then renamed into
 * place, so a failed write (a full disk) leaves the old files whole. Dates are shown in `timeZone`.
 */
export function saveCsvFolder(workbook: Workbook, dir: string, timeZone = "Europe/Moscow"): string[] {
  mkdirSync(dir, { recursive: true });
  const files = workbook.tabs.map((tab) => {
    const file = csvFileOf(dir, tab.name);
    return { tab, file, temp: `${file.path}.${process.pid}.tmp` };
  });
  const quietly = (step: () => void): void => {
    try {
      step();
    } catch {
      // tidying up after a failure: the failure itself is what the caller hears
    }
  };
  // Two tabs whose names give one file name (`a/b` and `a_b`) would overwrite each other.
  const paths = files.map(({ file }) => file.path);
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice !== undefined) throw new Error(`two tabs would be saved as one file: ${basename(twice)}`);
  // Each old file is kept under a second name (a hard link) and the new one renamed over it, so the file is
  // never missing; any failure puts every old file back.
  const aside: { path: string; kept: string }[] = [];
  const created: string[] = [];
  try {
    for (const { tab, file, temp } of files) writeFileSync(temp, `${file.bom ? "\uFEFF" : ""}${toCsv(tab.rows, timeZone, file.separator, file.cells)}`, "utf8");
    for (const { file, temp } of files) {
      if (existsSync(file.path)) {
        const kept = `${file.path}.${process.pid}.old`;
        quietly(() => rmSync(kept, { force: true })); // left by a run that crashed
        keepCopy(file.path, kept);
        aside.push({ path: file.path, kept });
      } else created.push(file.path);
      renameSync(temp, file.path);
    }
  } catch (e) {
    for (const path of created) quietly(() => rmSync(path, { force: true }));
    for (const { path, kept } of aside) quietly(() => renameSync(kept, path));
    for (const { temp } of files) quietly(() => rmSync(temp, { force: true }));
    throw e;
  }
  for (const { kept } of aside) quietly(() => rmSync(kept, { force: true }));
  return files.map(({ file }) => file.path);
}
