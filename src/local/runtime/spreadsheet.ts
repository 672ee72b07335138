// The spreadsheet built from a Workbook (sheets, locale, time zone, toasts) and SpreadsheetApp over it.

import type { CellValue, Workbook } from "../../core/workbook";
import type { SpreadsheetAppSurface, SpreadsheetSurface } from "../../gas/surface";
import type { CallLog } from "./calls";
import { isDate } from "./clock";
import { LocalRange } from "./range";
import { SheetData } from "./sheet-data";
import { LocalSheet, type SheetContext } from "./sheet";
import type { LocalUi } from "./ui";
import { LocalDataValidationBuilder } from "./validation";

export interface Toast {
  msg: string;
  title: string;
  timeoutSeconds?: number;
}

export interface SpreadsheetOptions {
  name?: string;
  id?: string;
  /** e.g. 'ru_RU' (default) or 'en_US'. */
  locale?: string;
  /** e.g. 'Europe/Moscow' (default). */
  timeZone?: string;
  /**
   * Parse the workbook's strings as typed input (numbers, dates, booleans, formulas), as importing a CSV into
   * Sheets does. Default false: the workbook's values are stored exactly as given.
   */
  parseWorkbookText?: boolean;
}

export class LocalSpreadsheet implements SpreadsheetSurface {
  readonly sheets: LocalSheet[] = [];
  readonly toasts: Toast[] = [];
  readonly ctx: SheetContext;
  readonly id: string;
  name: string;
  private active = 0;
  private nextSheetId = 0;

  constructor(workbook: Workbook, options: SpreadsheetOptions, log: CallLog) {
    this.id = options.id ?? "local-spreadsheet-id";
    this.name = options.name ?? "School Help Desk";
    this.ctx = { log, locale: options.locale ?? "ru_RU", timeZone: options.timeZone ?? "Europe/Moscow" };
    for (const tab of workbook.tabs) this.addSheet(tab.name, tab.rows, options.parseWorkbookText ?? false);
    if (this.sheets.length === 0) this.addSheet(this.ctx.locale.startsWith("ru") ? "Лист1" : "Sheet1", []);
  }

  private count(method: string, sheet?: string): void {
    this.ctx.log.count("Spreadsheet", method, sheet);
  }

  /** Adds a sheet without counting; rows are stored as typed values (strings are not re-parsed). */
  addSheet(name: string, rows: CellValue[][], parseText = false): LocalSheet {
    this.assertFreeName(name);
    const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
    const data = new SheetData(name, this.nextSheetId, Math.max(1000, rows.length), Math.max(26, width));
    this.nextSheetId = this.nextSheetId === 0 ? 1000001 : this.nextSheetId + 1;
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === "" || value === null || value === undefined) return;
        const cell = data.ensureCell(r + 1, c + 1);
        if (typeof value === "string" && parseText) LocalRange.writeInput(cell, value, this.ctx.locale, this.ctx.timeZone);
        else cell.value = isDate(value) ? new Date(value.getTime()) : value;
      });
    });
    const sheet = new LocalSheet(data, this, this.ctx);
    this.sheets.push(sheet);
    return sheet;
  }

  private assertFreeName(name: string, except?: LocalSheet): void {
    const clash = this.sheets.find((s) => s !== except && s.data.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  renameSheet(sheet: LocalSheet, name: string): void {
    if (name.trim() === "") throw new Error("Sheet names cannot be empty.");
    this.assertFreeName(name, sheet);
    sheet.data.name = name;
  }

  indexOf(sheet: LocalSheet): number {
    return this.sheets.indexOf(sheet);
  }

  /** The sheet of that name (case-insensitive, as Apps Script matches), without counting. */
  sheet(name: string): LocalSheet | null {
    return (
      this.sheets.find((s) => s.data.name === name) ??
      this.sheets.find((s) => s.data.name.toLowerCase() === name.toLowerCase()) ??
      null
    );
  }

  getId(): string {
    this.count("getId");
    return this.id;
  }
  getName(): string {
    this.count("getName");
    return this.name;
  }
  getUrl(): string {
    this.count("getUrl");
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSheets(): LocalSheet[] {
    this.count("getSheets");
    return [...this.sheets];
  }
  getSheetByName(name: string): LocalSheet | null {
    this.count("getSheetByName", name);
    return this.sheet(name);
  }
  insertSheet(sheetName: string): LocalSheet {
    this.count("insertSheet", sheetName);
    const sheet = this.addSheet(sheetName, []);
    this.active = this.sheets.length - 1;
    return sheet;
  }
  getActiveSheet(): LocalSheet {
    this.count("getActiveSheet");
    return this.sheets[this.active] ?? (this.sheets[0] as LocalSheet);
  }
  /** Makes a sheet the active one (what a user's click on a tab does). */
  activate(sheet: LocalSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.active = i;
  }
  getSpreadsheetLocale(): string {
    this.count("getSpreadsheetLocale");
    return this.ctx.locale;
  }
  getSpreadsheetTimeZone(): string {
    this.count("getSpreadsheetTimeZone");
    return this.ctx.timeZone;
  }
  toast(msg: string, title: string, timeoutSeconds?: number): void {
    this.count("toast");
    const t: Toast = { msg: String(msg), title: title === undefined ? "" : String(title) };
    if (timeoutSeconds !== undefined) t.timeoutSeconds = timeoutSeconds;
    this.toasts.push(t);
  }
}

// Apps Script enums are objects of named values; plain strings stand in for them.
export const ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" } as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;
export const DataValidationCriteria = Object.fromEntries(
  ["VALUE_IN_LIST", "VALUE_IN_RANGE", "CHECKBOX", "CUSTOM_FORMULA", "DATE_IS_VALID_DATE", "NUMBER_BETWEEN", "TEXT_IS_VALID_EMAIL"].map((k) => [k, k]),
) as unknown as typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export class LocalSpreadsheetApp implements SpreadsheetAppSurface {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  flushes = 0;

  constructor(
    private readonly spreadsheet: LocalSpreadsheet,
    private readonly ui: LocalUi,
    private readonly log: CallLog,
  ) {}

  getActiveSpreadsheet(): LocalSpreadsheet {
    this.log.count("SpreadsheetApp", "getActiveSpreadsheet");
    return this.spreadsheet;
  }
  getActive(): LocalSpreadsheet {
    this.log.count("SpreadsheetApp", "getActive");
    return this.spreadsheet;
  }
  getUi(): LocalUi {
    this.log.count("SpreadsheetApp", "getUi");
    return this.ui;
  }
  flush(): void {
    this.log.count("SpreadsheetApp", "flush");
    this.flushes++;
  }
  newDataValidation(): LocalDataValidationBuilder {
    this.log.count("SpreadsheetApp", "newDataValidation");
    return new LocalDataValidationBuilder(this.log);
  }
}
