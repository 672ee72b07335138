/** What every job starts from: the active spreadsheet, the tabs it needs read once, the analysis, the language. */
import { type Analysis, analyseWorkbook } from '../core/check-report';
import type { CalendarDate } from '../core/dates';
import { catalogue, type Messages } from '../core/i18n';
import type { SchoolTime } from '../core/routing';
import { languageOfSheet, readSettings } from '../core/settings';
import { findTab } from '../core/headers';
import { TAB_ALIASES } from '../core/tabs';
import type { Tab } from '../core/workbook';
import { readDueRecord } from './due-record';
import { type ReadWorkbook, readTab, readWorkbook } from './sheets';
import type { Services, SheetSurface, SpreadsheetSurface } from './surface';

export interface JobContext extends ReadWorkbook {
  spreadsheet: SpreadsheetSurface;
  analysis: Analysis;
  m: Messages;
}

/** The school's wall clock at `now`, in a time zone: for routing, and for what is past. */
export const schoolTime = (svc: Services, now: Date, timeZone: string): SchoolTime => {
  const [y, mo, d, h, mi] = svc.Utilities.formatDate(now, timeZone, 'yyyy-MM-dd-HH-mm').split('-').map(Number);
  return { date: { year: y!, month: mo!, day: d! }, minute: h! * 60 + mi! };
};

/**
 * `today`: the day the job sees as today (a preview of another week); else today on the school's clock,
 * the Settings zone, as routing and the weekly run see it. Dates in cells are still read in the Sheet's zone.
 */
export const loadContext = (svc: Services, wanted: (name: string) => boolean, today?: CalendarDate): JobContext => {
  const spreadsheet = svc.SpreadsheetApp.getActiveSpreadsheet();
  const read = readWorkbook(spreadsheet, wanted);
  const plan = findTab([...read.sheets.values()].map((sheet) => ({ name: sheet.getName(), sheet })), TAB_ALIASES.rollout);
  if (plan) read.workbook.writtenDueDates = new Set(readDueRecord(svc, plan.sheet));
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const language = languageOfSheet(read.names, spreadsheet.getSpreadsheetLocale());
  // A substitution before today is history: its overlap is not a fault to mark.
  const day = today ?? schoolTime(svc, new Date(), readSettings(read.workbook, language, zone).settings.timeZone).date;
  const analysis = analyseWorkbook(read.workbook, language, zone, day);
  return { ...read, spreadsheet, analysis, m: catalogue(analysis.settings.language) };
};

/** A tab the job already read, or one read of it now (a tab created during the job was not read). */
export const tabOf = (ctx: JobContext, sheet: SheetSurface): Tab => ctx.workbook.tabs.find((t) => t.name === sheet.getName()) ?? readTab(sheet);
