/**
 * The request status workflow (installable edit trigger, which may send mail): the script writes the
 * updated and resolved times, mails the requester when a request is resolved and the new assignee when
 * the assignee changes. Keys in the Mail log make a repeated or duplicate trigger send nothing twice.
 */
import { assignmentMail, type OutgoingMail, resolvedMail } from '../core/mail-compose';
import { readMailLog } from '../core/outbox';
import { readRequestRows } from '../core/request-log';
import { personKey } from '../core/schedule';
import { readStaff } from '../core/staff';
import { asCellValue } from '../core/safe-text';
import type { CellValue } from '../core/workbook';
import { loadContext } from './context';
import { NEEDED, sendQueued, withScriptLock } from './intake';
import { enqueueMail } from './outbox';
import { adminEmails } from './requests';
import { findSheet, readTab } from './sheets';
import type { EditEventSurface, Services } from './surface';
import { recordJob } from './jobs';
import { isOurTrigger } from './triggers';
import { TAB_ALIASES } from '../core/tabs';
import { foldText } from '../core/cells';

export const handleRequestEdit = (svc: Services, e: EditEventSurface, now: Date): number => {
  if (!isOurTrigger(svc, 'edit', e.triggerUid)) return 0;
  const edited = e.range.getSheet().getName();
  if (!TAB_ALIASES.requests.some((a) => foldText(a) === foldText(edited))) return 0;
  const top = e.range.getRow() - 1;
  const bottom = top + e.range.getNumRows() - 1;
  const left = e.range.getColumn() - 1;
  const right = left + e.range.getNumColumns() - 1;
  const covers = (column: number) => column >= left && column <= right;
  const result = withScriptLock(svc, () => {
    const ctx = loadContext(svc, NEEDED);
    const sheet = findSheet(ctx.spreadsheet, 'requests')!;
    const tab = readTab(sheet);
    const { columns, requests } = readRequestRows(tab);
    const staff = readStaff(ctx.workbook).staff;
    const log = findSheet(ctx.spreadsheet, 'mailLog');
    // Requests this desk has assigned before: their later reassignments are ours to announce.
    const tracked = new Set(log ? readMailLog(readTab(log)).entries.filter((x) => x.key.includes('|assigned|')).map((x) => x.key.split('|')[0]!) : []);
    const school = ctx.analysis.settings.schoolName;
    const mails: OutgoingMail[] = [];
    const updates: { row: number; column: number; value: CellValue }[] = [];
    for (const r of requests) {
      if (r.row < Math.max(1, top) || r.row > bottom || r.id === '') continue;
      if (!covers(columns.status) && !covers(columns.assignee)) continue;
      if (columns.updated >= 0) updates.push({ row: r.row, column: columns.updated, value: now });
      const resolvedAt = r.resolved instanceof Date || String(r.resolved).trim() !== '';
      if (covers(columns.status) && r.status === 'resolved' && !resolvedAt) {
        if (columns.resolved >= 0) updates.push({ row: r.row, column: columns.resolved, value: now });
        if (r.email) mails.push(resolvedMail({ m: ctx.m, school }, r, now.toISOString()));
      } else if (covers(columns.status) && r.status !== 'resolved' && r.status !== 'closed' && resolvedAt && columns.resolved >= 0) {
        updates.push({ row: r.row, column: columns.resolved, value: '' }); // reopened
      }
      // A new assignee is mailed when the change is certain: the cell's old value says so, or the request is
      // one this desk assigned (old rows from before the install are never mailed on a paste).
      const changed = e.oldValue !== undefined ? String(e.oldValue) !== r.assignee : tracked.has(r.id);
      if (covers(columns.assignee) && changed && r.assignee && r.kind) {
        const email = staff.find((s) => personKey(s.name) === personKey(r.assignee))?.email;
        const to = email ? [email] : adminEmails(ctx.analysis, staff);
        const facts = { id: r.id, kind: r.kind, role: r.role, name: r.name, className: r.className, email: r.email, description: r.description, contact: '' };
        mails.push(assignmentMail({ m: ctx.m, school }, facts, to, r.assignee, null));
      }
    }
    // One write per column touched: the updated and resolved times of the edited rows.
    for (const column of new Set(updates.map((u) => u.column))) {
      const mine = updates.filter((u) => u.column === column);
      const first = Math.min(...mine.map((u) => u.row));
      const last = Math.max(...mine.map((u) => u.row));
      // Rows between the edited ones keep what they hold (neutralised: it is written back).
      const current = tab.rows.slice(first, last + 1).map((row) => [asCellValue(row[column] ?? '')]);
      for (const u of mine) current[u.row - first] = [u.value];
      sheet.getRange(first + 1, column + 1, last - first + 1, 1).setValues(current);
    }
    return { ctx, queued: enqueueMail(ctx.spreadsheet, mails, now, ctx.m).length };
  });
  sendQueued(svc, result.ctx);
  recordJob(svc, 'handleRequestEdit', now, String(result.queued));
  return result.queued;
};
