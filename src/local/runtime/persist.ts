// Saving the spreadsheet: as a Workbook (values as getValues gives them), as .xlsx with exceljs (values,
// formulas, notes, fills, bold, frozen rows, column widths), and a Workbook as a folder of CSV files.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, Workbook } from "../../core/workbook";
import { isDate } from "./clock";
import type { LocalRuntime } from "./runtime";
import { WHITE } from "./sheet-data";
import type { LocalSpreadsheet } from "./spreadsheet";
import { wallTime } from "./time-zone";

export function toWorkbook(spreadsheet: LocalSpreadsheet): Workbook {
  return {
    tabs: spreadsheet.sheets.map((sheet) => {
      const data = sheet.data;
      const lastRow = data.lastRow();
      const lastColumn = data.lastColumn();
      const rows: CellValue[][] = [];
      for (let r = 1; r <= lastRow; r++) {
        const line: CellValue[] = [];
        for (let c = 1; c <= lastColumn; c++) {
          const v = data.cell(r, c)?.value ?? "";
          line.push(isDate(v) ? new Date(v.getTime()) : v);
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
  await book.xlsx.writeFile(path);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** A Date in a CSV: dd.MM.yyyy, or dd.MM.yyyy H:mm when it has a time of day, in `timeZone`. */
export function csvDate(date: Date, timeZone: string): string {
  const w = wallTime(date, timeZone);
  const day = `${pad2(w.day)}.${pad2(w.month)}.${w.year}`;
  return w.hour !== 0 || w.minute !== 0 || w.second !== 0 ? `${day} ${w.hour}:${pad2(w.minute)}` : day;
}

function csvField(value: CellValue, timeZone: string): string {
  const text = isDate(value) ? csvDate(value, timeZone) : typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text of rows (CRLF line ends). */
export function toCsv(rows: CellValue[][], timeZone = "Europe/Moscow"): string {
  return rows.map((row) => `${row.map((v) => csvField(v, timeZone)).join(",")}\r\n`).join("");
}

/** Writes one UTF-8 CSV per tab, named TAB.csv, into `dir` (created if missing). Dates are shown in `timeZone`. */
export function saveCsvFolder(workbook: Workbook, dir: string, timeZone = "Europe/Moscow"): string[] {
  mkdirSync(dir, { recursive: true });
  return workbook.tabs.map((tab) => {
    const path = join(dir, `${tab.name.replace(/[/\\]/g, "_")}.csv`);
    writeFileSync(path, toCsv(tab.rows, timeZone), "utf8");
    return path;
  });
}
