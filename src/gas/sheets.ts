/** Reading tabs: one `getValues` per tab (and a school's tab's merged ranges), never a cell at a time. */
import { isScheduleTab } from '../core/headers';
import { foldText } from '../core/cells';
import type { Messages } from '../core/i18n';
import { GENERATED_TABS, SCRIPT_ROW_TABS, TAB_ALIASES, TAB_COLUMNS, type TabKey } from '../core/tabs';
import { cellText } from '../core/cells';
import { blockOfA1, spreadMerged } from '../core/merged-cells';
import { findColumn } from '../core/rows';
import type { CellValue, Tab, Workbook } from '../core/workbook';
import type { SheetSurface, SpreadsheetSurface } from './surface';

export interface ReadWorkbook {
  workbook: Workbook;
  sheets: Map<string, SheetSurface>;
  /** Every tab's name, read or not: they tell the Sheet's language when Settings do not. */
  names: string[];
}

/** Which tabs a job needs: tab keys, and `schedule` for every График/Schedule tab. */
export const tabMatcher =
  (keys: readonly (TabKey | 'schedule')[]) =>
  (name: string): boolean =>
    keys.some((k) => (k === 'schedule' ? isScheduleTab(name) : TAB_ALIASES[k].some((a) => foldText(a) === foldText(name))));

const isScriptRowTab = tabMatcher(SCRIPT_ROW_TABS);

/**
 * A tab's values, each merged range's down its rows (spreadMerged): a school merges a time or a name over the
 * rows it serves, and the Sheet gives it in the first cell only. The script's own logs are not asked.
 */
export const readTab = (sheet: SheetSurface): Tab => {
  const name = sheet.getName();
  const range = sheet.getDataRange();
  const values: CellValue[][] = range.getValues();
  if (isScriptRowTab(name)) return { name, rows: values };
  const merged = range.getMergedRanges().flatMap((m) => blockOfA1(m.getA1Notation()) ?? []);
  return merged.length === 0 ? { name, rows: values } : { name, rows: spreadMerged(values, merged), merged };
};

/** Reads the tabs a job needs, each in one call. */
export const readWorkbook = (spreadsheet: SpreadsheetSurface, wanted: (name: string) => boolean): ReadWorkbook => {
  const sheets = new Map<string, SheetSurface>();
  const tabs: Tab[] = [];
  const names: string[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    names.push(name);
    if (!wanted(name)) continue;
    sheets.set(name, sheet);
    tabs.push(readTab(sheet));
  }
  return { workbook: { tabs }, sheets, names };
};

export const findSheet = (spreadsheet: SpreadsheetSurface, key: TabKey): SheetSurface | null =>
  spreadsheet.getSheets().find((s) => TAB_ALIASES[key].some((a) => foldText(a) === foldText(s.getName()))) ?? null;

/** The tab for `key`, created with its headers (frozen, bold) when an administrator has not set it up yet. */
export const ensureTab = (spreadsheet: SpreadsheetSurface, key: TabKey, m: Messages): SheetSurface => {
  const found = findSheet(spreadsheet, key);
  if (found) return found;
  const sheet = spreadsheet.insertSheet(m.tabTitle(key));
  const header = TAB_COLUMNS[key].map((c) => m.columnTitle(key, c));
  sheet.getRange(1, 1, 1, header.length).setValues([header]);
  sheet.getRange(1, 1, 1, header.length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  if (GENERATED_TABS.includes(key)) sheet.protect().setWarningOnly(true).setDescription(m.tabTitle(key));
  return sheet;
};

/**
 * Adds the columns a tab lacks (after its last header), so a row written by header loses nothing; returns
 * the header as it now stands. Set-up does the same; this covers a Sheet where it was never run.
 */
export const ensureColumns = (sheet: SheetSurface, header: CellValue[], key: TabKey, m: Messages): CellValue[] => {
  const next = [...header];
  let last = next.reduce<number>((at, v, i) => (cellText(v).trim() !== '' ? i : at), -1);
  // A header row cleared by hand over rows still below: our own tab's columns stand in our order from
  // column A, so those rows (and the keys in them) are read again rather than orphaned.
  if (last >= 0 && TAB_COLUMNS[key].some((column) => findColumn(next, key, column) < 0)) {
    // New columns go after every column in use: one with no header may hold a school's notes.
    last = Math.max(last, sheet.getLastColumn() - 1);
  }
  const added: { column: number; title: string }[] = [];
  for (const column of TAB_COLUMNS[key]) {
    if (findColumn(next, key, column) >= 0) continue;
    last++;
    next[last] = m.columnTitle(key, column);
    added.push({ column: last, title: m.columnTitle(key, column) });
  }
  if (added.length > 0) {
    const from = added[0]!.column;
    sheet.getRange(1, from + 1, 1, last - from + 1).setValues([next.slice(from, last + 1)]);
  }
  return next.map((v) => v ?? '');
};

/** Makes room for `rows` more rows below the last one: a Sheet has a fixed number of rows until it grows. */
export const growFor = (sheet: SheetSurface, lastRowNeeded: number): void => {
  const max = sheet.getMaxRows();
  if (lastRowNeeded > max) sheet.insertRowsAfter(max, lastRowNeeded - max);
};

/** Appends rows after the last one in one batched write. */
export const appendRows = (sheet: SheetSurface, rows: CellValue[][]): void => {
  if (rows.length === 0) return;
  const at = sheet.getLastRow() + 1;
  growFor(sheet, at + rows.length - 1);
  sheet.getRange(at, 1, rows.length, rows[0]!.length).setValues(rows);
};
