/** «Check schedule»: a full scan, every mark refreshed, the report tab rewritten in one batch, a summary. */
import { checkFailed } from '../core/check-report';
import { syncDueColumn } from '../core/due-dates';
import { findTab } from '../core/headers';
import { freshRows, marksForTab } from '../core/marks';
import { reportRows } from '../core/report';
import { TAB_ALIASES, TAB_KEYS } from '../core/tabs';
import { type JobContext, loadContext, tabOf } from './context';
import { writeDueRecord } from './due-record';
import { applyMarks, clearMarks } from './marks';
import { findSheet, growFor, tabMatcher } from './sheets';
import type { ChangeEventSurface, Services } from './surface';
import { tryScriptLock } from './intake';
import { isOurTrigger } from './triggers';

const CHECKED_TABS = tabMatcher(['schedule', 'settings', 'staff', 'coverage', 'substitutions', 'rollout']);
const KNOWN_TABS = tabMatcher(['schedule', ...TAB_KEYS]);

export interface CheckSummary {
  conflicts: number;
  /** Null when no required hours were read: coverage was not checked. */
  gaps: number | null;
  errors: number;
  warnings: number;
  failed: boolean;
}

/**
 * Writes the rollout plan's parsed due dates beside the deadlines (one write, only when they changed), in
 * the tab the analysis read its tasks from, and keeps which of them are ours.
 */
export const syncDueDates = (svc: Services, ctx: JobContext): void => {
  const tab = findTab(ctx.workbook.tabs, TAB_ALIASES.rollout);
  const sheet = tab && ctx.sheets.get(tab.name);
  if (!tab || !sheet) return;
  const before = [...(ctx.workbook.writtenDueDates ?? [])];
  const sync = syncDueColumn(tab, ctx.analysis.tasks, ctx.analysis.cellTimeZone, new Set(before));
  if (!sync) return;
  if (sync.values) sheet.getRange(sync.row + 1, sync.column + 1, sync.values.length, 1).setValues(sync.values);
  writeDueRecord(svc, sheet, sync.written, before);
};

/** Every checked tab's marks found where they are and refreshed, and the due dates re-written. */
const refreshEveryMark = (svc: Services): JobContext => {
  const ctx = loadContext(svc, CHECKED_TABS);
  for (const [name, sheet] of ctx.sheets) {
    const tab = tabOf(ctx, sheet);
    applyMarks(svc, sheet, marksForTab(name, ctx.analysis, ctx.m), { fresh: freshRows(tab.rows), merged: tab.merged });
  }
  // A tab renamed to a name we do not read (`График (старый)` → `Архив`) keeps no marks of ours, which
  // nothing would refresh again. Only tabs we have marked are read.
  for (const sheet of ctx.spreadsheet.getSheets()) if (!KNOWN_TABS(sheet.getName())) clearMarks(svc, sheet);
  syncDueDates(svc, ctx);
  return ctx;
};

/**
 * Rows inserted, deleted or moved, a tab added, removed or renamed: no onEdit fires, yet the overlap notes
 * name cells that have moved. The installable on-change trigger refreshes every mark, as the menu's check
 * does, without the dialog a trigger cannot show. Formatting and edits change nothing it reads or onEdit
 * already covers them.
 */
const STRUCTURE_CHANGES = new Set(['INSERT_ROW', 'REMOVE_ROW', 'INSERT_COLUMN', 'REMOVE_COLUMN', 'INSERT_GRID', 'REMOVE_GRID', 'OTHER']);

export const handleRowsChange = (svc: Services, e: ChangeEventSurface): boolean => {
  if (!isOurTrigger(svc, 'change', e.triggerUid) || !STRUCTURE_CHANGES.has(e.changeType ?? '')) return false;
  // One run at a time with the edits' own (handleEdit): the later one reads what the earlier one wrote.
  return tryScriptLock(svc, () => refreshEveryMark(svc), 10_000) !== null;
};

export const checkSchedule = (svc: Services, now: Date): CheckSummary => {
  const ctx = refreshEveryMark(svc);
  const { analysis, m } = ctx;

  const ids = new Map([...ctx.sheets].map(([name, sheet]) => [name, sheet.getSheetId()]));
  const when = svc.Utilities.formatDate(now, analysis.settings.timeZone, m.dateTimePattern());
  const rows = reportRows(analysis, m, ids, when);
  let report = findSheet(ctx.spreadsheet, 'report');
  if (!report) {
    report = ctx.spreadsheet.insertSheet(m.tabTitle('report'));
    report.protect().setWarningOnly(true).setDescription(m.tabTitle('report'));
    report.setFrozenRows(1);
    // As set-up makes every header, so running set-up after the first check finds nothing to change.
    report.getRange(1, 1, 1, 3).setFontWeight('bold');
  }
  // One batch: the new rows, padded with blanks over whatever the last report left below them.
  const height = Math.max(rows.length, report.getLastRow());
  growFor(report, height);
  const padded = Array.from({ length: height }, (_, r) => rows[r] ?? ['', '', '']);
  report.getRange(1, 1, height, 3).setValues(padded);

  const summary: CheckSummary = {
    conflicts: analysis.conflicts.length,
    gaps: analysis.coverage.length > 0 ? analysis.gaps.length : null,
    errors: analysis.problems.filter((p) => p.severity === 'error').length,
    warnings: analysis.problems.filter((p) => p.severity === 'warning').length,
    failed: checkFailed(analysis),
  };
  const ui = svc.SpreadsheetApp.getUi();
  ui.alert(m.checkDialogTitle(), m.checkSummary(summary.conflicts, summary.gaps, summary.errors, summary.warnings), ui.ButtonSet.OK);
  return summary;
};
