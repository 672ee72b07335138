/** Reading tabs: one `getValues` per tab, never a cell at a time. */
import { isScheduleTab } from '../core/headers';
import { foldText } from '../core/cells';
import { TAB_ALIASES, type TabKey } from '../core/tabs';
import type { Tab, Workbook } from '../core/workbook';
import type { SheetSurface, SpreadsheetSurface } from './surface';

export interface ReadWorkbook {
  workbook: Workbook;
  sheets: Map<string, SheetSurface>;
}

export const readTab = (sheet: SheetSurface): Tab => ({ name: sheet.getName(), rows: sheet.getDataRange().getValues() });

/** Which tabs a job needs: tab keys, and `schedule` for every График/Schedule tab. */
export const tabMatcher =
  (keys: readonly (TabKey | 'schedule')[]) =>
  (name: string): boolean =>
    keys.some((k) => (k === 'schedule' ? isScheduleTab(name) : TAB_ALIASES[k].some((a) => foldText(a) === foldText(name))));

/** Reads the tabs a job needs, each in one call. */
export const readWorkbook = (spreadsheet: SpreadsheetSurface, wanted: (name: string) => boolean): ReadWorkbook => {
  const sheets = new Map<string, SheetSurface>();
  const tabs: Tab[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    if (!wanted(name)) continue;
    sheets.set(name, sheet);
    tabs.push(readTab(sheet));
  }
  return { workbook: { tabs }, sheets };
};

export const findSheet = (spreadsheet: SpreadsheetSurface, key: TabKey): SheetSurface | null =>
  spreadsheet.getSheets().find((s) => TAB_ALIASES[key].some((a) => foldText(a) === foldText(s.getName()))) ?? null;
