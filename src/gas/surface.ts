/**
 * The part of the Apps Script API this project calls, and nothing more. The shell is written against these
 * interfaces; `services.ts` hands the real globals over as `Services`, so `tsc` proves Google's types satisfy
 * them (a method Google lacks does not compile), and the local runtime
 * (`src/local/runtime`) implements them, so `tsc` holds both sides to the real signatures.
 */

import type { FormAppSurface } from "./surface-forms";

export type { CellValue } from "../core/workbook";
// Google Forms and its submit event live in their own file; every surface is still imported from here.
export * from "./surface-forms";

export interface DataValidationSurface {
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  getCriteriaValues(): unknown[];
  getAllowInvalid(): boolean;
  getHelpText(): string | null;
}

export interface DataValidationBuilderSurface {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderSurface;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderSurface;
  setHelpText(helpText: string): DataValidationBuilderSurface;
  build(): DataValidationSurface;
}

export interface ProtectionSurface {
  setWarningOnly(warningOnly: boolean): ProtectionSurface;
  isWarningOnly(): boolean;
  setDescription(description: string): ProtectionSurface;
  getDescription(): string;
}

export interface RangeSurface {
  getA1Notation(): string;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getSheet(): SheetSurface;
  // biome-ignore lint/suspicious/noExplicitAny: the real API returns any[][]
  getValues(): any[][];
  // biome-ignore lint/suspicious/noExplicitAny: the real API takes any[][]
  setValues(values: any[][]): RangeSurface;
  // biome-ignore lint/suspicious/noExplicitAny: the real API returns any
  getValue(): any;
  // biome-ignore lint/suspicious/noExplicitAny: the real API takes any
  setValue(value: any): RangeSurface;
  getDisplayValues(): string[][];
  getFormulas(): string[][];
  setFormulas(formulas: string[][]): RangeSurface;
  getBackgrounds(): string[][];
  setBackgrounds(color: string[][]): RangeSurface;
  setBackground(color: string | null): RangeSurface;
  getNotes(): string[][];
  setNotes(notes: (string | null)[][]): RangeSurface;
  setNote(note: string | null): RangeSurface;
  getFontWeights(): string[][];
  setFontWeight(fontWeight: "bold" | "normal" | null): RangeSurface;
  setFontWeights(fontWeights: ("bold" | "normal" | null)[][]): RangeSurface;
  setWrap(isWrapEnabled: boolean): RangeSurface;
  getDataValidations(): (DataValidationSurface | null)[][];
  setDataValidation(rule: DataValidationSurface | null): RangeSurface;
  clearContent(): RangeSurface;
  getMergedRanges(): RangeSurface[];
}

export interface SheetSurface {
  getName(): string;
  setName(name: string): SheetSurface;
  getSheetId(): number;
  getIndex(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  getDataRange(): RangeSurface;
  getRange(row: number, column: number): RangeSurface;
  getRange(row: number, column: number, numRows: number): RangeSurface;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeSurface;
  getRange(a1Notation: string): RangeSurface;
  // biome-ignore lint/suspicious/noExplicitAny: the real API takes any[]
  appendRow(rowContents: any[]): SheetSurface;
  insertRowsAfter(afterPosition: number, howMany: number): SheetSurface;
  getFrozenRows(): number;
  setFrozenRows(rows: number): void;
  setColumnWidth(columnPosition: number, width: number): SheetSurface;
  protect(): ProtectionSurface;
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionSurface[];
  clear(): SheetSurface;
  getParent(): SpreadsheetSurface;
}

export interface SpreadsheetSurface {
  getId(): string;
  getName(): string;
  getUrl(): string;
  getSheets(): SheetSurface[];
  getSheetByName(name: string): SheetSurface | null;
  insertSheet(sheetName: string): SheetSurface;
  getActiveSheet(): SheetSurface;
  getSpreadsheetLocale(): string;
  getSpreadsheetTimeZone(): string;
  toast(msg: string, title: string): void;
  toast(msg: string, title: string, timeoutSeconds: number): void;
}

export interface MenuSurface {
  addItem(caption: string, functionName: string): MenuSurface;
  addSeparator(): MenuSurface;
  addSubMenu(menu: MenuSurface): MenuSurface;
  addToUi(): void;
}

export interface HtmlOutputSurface {
  getContent(): string;
  getTitle(): string;
  setTitle(title: string): HtmlOutputSurface;
}

export interface UiSurface {
  ButtonSet: typeof GoogleAppsScript.Base.ButtonSet;
  createMenu(caption: string): MenuSurface;
  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  showSidebar(userInterface: HtmlOutputSurface): void;
}

export interface SpreadsheetAppSurface {
  ProtectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  DataValidationCriteria: typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  getActiveSpreadsheet(): SpreadsheetSurface;
  getUi(): UiSurface;
  flush(): void;
  newDataValidation(): DataValidationBuilderSurface;
}

export interface HtmlServiceSurface {
  createHtmlOutputFromFile(filename: string): HtmlOutputSurface;
}

export interface PropertiesSurface {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesSurface;
  deleteProperty(key: string): PropertiesSurface;
  getProperties(): { [key: string]: string };
  getKeys(): string[];
}

export interface PropertiesServiceSurface {
  getScriptProperties(): PropertiesSurface;
  getDocumentProperties(): PropertiesSurface | null;
  getUserProperties(): PropertiesSurface;
}

export interface LockSurface {
  tryLock(timeoutInMillis: number): boolean;
  waitLock(timeoutInMillis: number): void;
  releaseLock(): void;
  hasLock(): boolean;
}

export interface LockServiceSurface {
  getScriptLock(): LockSurface;
  getDocumentLock(): LockSurface | null;
  getUserLock(): LockSurface;
}

export interface CacheSurface {
  get(key: string): string | null;
  put(key: string, value: string, expirationInSeconds: number): void;
  remove(key: string): void;
}

export interface CacheServiceSurface {
  getScriptCache(): CacheSurface | null;
  getDocumentCache(): CacheSurface | null;
}

export interface SessionSurface {
  getScriptTimeZone(): string;
  getActiveUserLocale(): string;
  /** An opaque key per user and script, needing no scope: tells whether the installer is the one looking. */
  getTemporaryActiveUserKey(): string;
}

export interface UtilitiesSurface {
  formatDate(date: Date, timeZone: string, format: string): string;
  getUuid(): string;
}

export interface TriggerSurface {
  getUniqueId(): string;
  getHandlerFunction(): string;
  getEventType(): GoogleAppsScript.Script.EventType;
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource;
  getTriggerSourceId(): string;
}

export interface ClockTriggerBuilderSurface {
  after(durationMilliseconds: number): ClockTriggerBuilderSurface;
  atHour(hour: number): ClockTriggerBuilderSurface;
  everyWeeks(n: number): ClockTriggerBuilderSurface;
  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilderSurface;
  inTimezone(timezone: string): ClockTriggerBuilderSurface;
  create(): TriggerSurface;
}

export interface SpreadsheetTriggerBuilderSurface {
  onEdit(): SpreadsheetTriggerBuilderSurface;
  onFormSubmit(): SpreadsheetTriggerBuilderSurface;
  onOpen(): SpreadsheetTriggerBuilderSurface;
  onChange(): SpreadsheetTriggerBuilderSurface;
  create(): TriggerSurface;
}

export interface TriggerBuilderSurface {
  forSpreadsheet(key: string): SpreadsheetTriggerBuilderSurface;
  timeBased(): ClockTriggerBuilderSurface;
}

export interface ScriptAppSurface {
  EventType: typeof GoogleAppsScript.Script.EventType;
  WeekDay: typeof GoogleAppsScript.Base.Weekday;
  newTrigger(functionName: string): TriggerBuilderSurface;
  getProjectTriggers(): TriggerSurface[];
  deleteTrigger(trigger: TriggerSurface): void;
}

export interface MailAppSurface {
  /** Recipients that may still be mailed today; the quota counts recipients, not messages. */
  getRemainingDailyQuota(): number;
  sendEmail(message: GoogleAppsScript.Mail.MailAdvancedParameters): void;
}

/** Everything the shell may touch, gathered so a use case receives its services as one parameter. */
export interface Services {
  SpreadsheetApp: SpreadsheetAppSurface;
  HtmlService: HtmlServiceSurface;
  PropertiesService: PropertiesServiceSurface;
  LockService: LockServiceSurface;
  CacheService: CacheServiceSurface;
  Session: SessionSurface;
  Utilities: UtilitiesSurface;
  ScriptApp: ScriptAppSurface;
  MailApp: MailAppSurface;
  FormApp: FormAppSurface;
}

/** An installable on-change event: rows or tabs added, removed or moved (no onEdit fires for those). */
export interface ChangeEventSurface {
  changeType?: string;
  triggerUid?: string;
}

/** The simple and installable edit event, as far as this project reads it. */
export interface EditEventSurface {
  range: RangeSurface;
  value?: unknown;
  oldValue?: unknown;
  source?: SpreadsheetSurface;
  triggerUid?: string;
}
