/**
 * The request status workflow (installable edit trigger, which may send mail): the script writes the
 * updated and resolved times, mails the requester when a request is resolved and the new assignee when
 * the assignee changes. Keys in the Mail log make a repeated or duplicate trigger send nothing twice.
 */
import { readMailLog } from '../core/outbox';
import { planRequestEdit, type RequestEdit, type RequestEditPlan } from '../core/request-edit';
import { readRequestRows, statusMarks } from '../core/request-log';
import { adminAddresses } from '../core/staff';
import { asCellValue } from '../core/safe-text';
import { loadContext, tabOf } from './context';
import { NEEDED, scheduleCatchUp, sendQueued, tryScriptLock } from './intake';
import { enqueueMail, readMailLogTab } from './outbox';
import { applyMarks } from './marks';
import { findSheet } from './sheets';
import type { EditEventSurface, Services, SheetSurface } from './surface';
import type { Tab } from '../core/workbook';
import { recordJob } from './jobs';
import { isOurTrigger } from './triggers';
import { TAB_ALIASES } from '../core/tabs';
import { foldText } from '../core/cells';

/** The plan's cells written, one write per column touched; rows between them keep what they hold. */
export const writeUpdates = (sheet: SheetSurface, tab: Tab, updates: RequestEditPlan['updates']): void => {
  for (const column of new Set(updates.map((u) => u.column))) {
    const mine = updates.filter((u) => u.column === column);
    const first = Math.min(...mine.map((u) => u.row));
    const last = Math.max(...mine.map((u) => u.row));
    // Neutralised: what they hold is written back.
    const current = tab.rows.slice(first, last + 1).map((row) => [asCellValue(row[column] ?? '')]);
    for (const u of mine) current[u.row - first] = [u.value];
    sheet.getRange(first + 1, column + 1, last - first + 1, 1).setValues(current);
  }
};

export const handleRequestEdit = (svc: Services, e: EditEventSurface, now: Date): number => {
  if (!isOurTrigger(svc, 'edit', e.triggerUid)) return 0;
  const edited = e.range.getSheet().getName();
  if (!TAB_ALIASES.requests.some((a) => foldText(a) === foldText(edited))) return 0;
  const top = e.range.getRow() - 1;
  const left = e.range.getColumn() - 1;
  const single = e.range.getNumRows() === 1 && e.range.getNumColumns() === 1;
  const edit: RequestEdit = {
    top,
    left,
    bottom: top + e.range.getNumRows() - 1,
    right: left + e.range.getNumColumns() - 1,
    // Apps Script leaves oldValue out when the cell was empty.
    single: single ? { oldValue: e.oldValue === undefined ? undefined : String(e.oldValue) } : null,
  };
  const held = tryScriptLock(svc, () => {
    const ctx = loadContext(svc, NEEDED);
    const sheet = findSheet(ctx.spreadsheet, 'requests')!;
    const tab = tabOf(ctx, sheet);
    const { columns, requests } = readRequestRows(tab);
    const { staff } = ctx.analysis;
    const log = readMailLogTab(ctx.spreadsheet);
    const keys = log ? readMailLog(log.tab).entries.map((x) => x.key) : [];
    const plan = planRequestEdit(edit, requests, columns, keys, { staff, admins: adminAddresses(ctx.analysis.settings, staff) }, now, { m: ctx.m, school: ctx.analysis.settings.schoolName });
    writeUpdates(sheet, tab, plan.updates);
    // A status it cannot read did nothing: say so on its cell (and take the mark off once it is fixed).
    // Notes only: administrators colour request rows by status by hand, and those colours stay.
    const scope = { top: edit.top, left: 0, bottom: edit.bottom, right: Math.max(edit.right, tab.rows[0]?.length ?? 0) };
    applyMarks(svc, sheet, statusMarks(requests, columns, ctx.m), { scope, fill: false });
    return { ctx, queued: enqueueMail(ctx.spreadsheet, plan.mails, now, ctx.m, log).length };
  });
  if (held === null) {
    // Another run (the weekly send) held the Sheet for the whole wait. The status is in its cell: the
    // catch-up run finishes the resolution (its time and the requester's mail) in a few minutes.
    scheduleCatchUp(svc);
    recordJob(svc, 'handleRequestEdit', now, { deferred: 1 });
    return 0;
  }
  const result = held.value;
  sendQueued(svc, result.ctx);
  recordJob(svc, 'handleRequestEdit', now, { queued: result.queued });
  return result.queued;
};
