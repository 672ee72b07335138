/**
 * The request status workflow as a decision: from an edit of the request log to the times to write and
 * the e-mails to queue. Resolving mails the requester; a new assignee is mailed. Only certain changes
 * mail anyone: a single-cell edit (its old value is known), or a request this desk has mailed about
 * before; a paste over rows from before the install mails nobody.
 */
import type { Messages } from './i18n/messages';
import { assignmentMail, type OutgoingMail, resolvedMail } from './mail-compose';
import type { LoggedRequest, RequestColumns } from './request-log';
import { personKey } from './schedule';
import { emailOf, type StaffMember } from './staff';
import type { CellValue } from './workbook';

export interface RequestEdit {
  /** The edited block, 0-based and inclusive. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** For a single-cell edit: the cell's value before (undefined when it was empty). */
  single: { oldValue: string | undefined } | null;
}

export interface RequestEditPlan {
  updates: { row: number; column: number; value: CellValue }[];
  mails: OutgoingMail[];
}

/**
 * A request resolved again this soon after its last «resolved» mail was reopened by mistake: the
 * requester is not told twice. Resolved again later, it is news, and mailed.
 */
export const RESOLVED_AGAIN_MS = 60 * 60 * 1000;

/** When the last «resolved» mail of a request was queued (its key carries the moment), or null. */
const lastResolvedMail = (id: string, mailKeys: readonly string[]): number | null => {
  const times = mailKeys.filter((k) => k.startsWith(`${id}|resolved|`)).map((k) => Date.parse(k.slice(`${id}|resolved|`.length)));
  const known = times.filter(Number.isFinite);
  return known.length > 0 ? Math.max(...known) : null;
};

/** Whether this desk has mailed about a request (a row pasted from before the install has no mail). */
const isTracked = (id: string, mailKeys: readonly string[]): boolean => mailKeys.some((k) => k.startsWith(`${id}|`));

const hasResolvedTime = (r: LoggedRequest): boolean => r.resolved instanceof Date || String(r.resolved).trim() !== '';

/** Whether a «resolved» mail now would repeat one sent within the hour (a reopen by mistake). */
const toldJustNow = (id: string, mailKeys: readonly string[], now: Date): boolean => {
  const last = lastResolvedMail(id, mailKeys);
  return last !== null && now.getTime() - last < RESOLVED_AGAIN_MS;
};

/** The assignee of the last assignment mail queued for a request, and how many there were. */
const assignments = (id: string, mailKeys: readonly string[]): { last: string | null; count: number } => {
  const prefix = `${id}|assigned|`;
  const mine = mailKeys.filter((k) => k.startsWith(prefix));
  const last = mine[mine.length - 1];
  // The name runs up to the sequence number after the last bar: a name may hold a bar of its own.
  return { last: last ? last.slice(prefix.length, last.lastIndexOf('|')) : null, count: mine.length };
};

export const planRequestEdit = (
  edit: RequestEdit,
  requests: readonly LoggedRequest[],
  columns: RequestColumns,
  mailKeys: readonly string[],
  people: { staff: readonly StaffMember[]; admins: string[] },
  now: Date,
  context: { m: Messages; school: string },
): RequestEditPlan => {
  const covers = (column: number) => column >= edit.left && column <= edit.right;
  const statusEdited = columns.status >= 0 && covers(columns.status);
  const assigneeEdited = columns.assignee >= 0 && covers(columns.assignee);
  const plan: RequestEditPlan = { updates: [], mails: [] };
  if (!statusEdited && !assigneeEdited) return plan;
  for (const r of requests) {
    if (r.row < Math.max(1, edit.top) || r.row > edit.bottom || r.id === '') continue;
    const tracked = isTracked(r.id, mailKeys);
    if (columns.updated >= 0) plan.updates.push({ row: r.row, column: columns.updated, value: now });
    const resolvedAt = hasResolvedTime(r);
    if (statusEdited && r.status === 'resolved' && !resolvedAt) {
      if (columns.resolved >= 0) plan.updates.push({ row: r.row, column: columns.resolved, value: now });
      if (r.email && (edit.single !== null || tracked) && !toldJustNow(r.id, mailKeys, now)) plan.mails.push(resolvedMail(context, r, now.toISOString()));
    } else if (statusEdited && r.status !== 'resolved' && r.status !== 'closed' && resolvedAt && columns.resolved >= 0) {
      plan.updates.push({ row: r.row, column: columns.resolved, value: '' }); // reopened
    }
    if (!assigneeEdited || !r.assignee || !r.kind) continue;
    const before = assignments(r.id, mailKeys);
    // «Смирнов И. К.» retyped as «Смирнов И.К.» is the same person, not a new assignee to mail.
    const same = (a: string | null | undefined) => a != null && personKey(a) === personKey(r.assignee);
    const changed = edit.single !== null ? !same(String(edit.single.oldValue ?? '')) : tracked;
    if (!changed || same(before.last)) continue;
    const email = emailOf(people.staff, r.assignee);
    const facts = { id: r.id, kind: r.kind, role: r.role, name: r.name, className: r.className, email: r.email, description: r.description, contact: '' };
    plan.mails.push(assignmentMail(context, facts, email ? [email] : people.admins, r.assignee, null, before.count));
  }
  return plan;
};

/**
 * Requests marked resolved whose resolution was never handled: their edit came while another run held the
 * Sheet, and the trigger gave up. Only requests this desk has mailed about (a row pasted from before the
 * install stays as it is): the resolved time is written and the requester told, as the edit would have.
 */
export const unfinishedResolutions = (
  requests: readonly LoggedRequest[],
  columns: RequestColumns,
  mailKeys: readonly string[],
  now: Date,
  context: { m: Messages; school: string },
): RequestEditPlan => {
  const plan: RequestEditPlan = { updates: [], mails: [] };
  if (columns.status < 0 || columns.resolved < 0) return plan;
  for (const r of requests) {
    if (r.id === '' || r.status !== 'resolved' || hasResolvedTime(r) || !isTracked(r.id, mailKeys)) continue;
    plan.updates.push({ row: r.row, column: columns.resolved, value: now });
    if (columns.updated >= 0) plan.updates.push({ row: r.row, column: columns.updated, value: now });
    // As the edit would have: not again within the hour of the last «resolved» mail.
    if (r.email && !toldJustNow(r.id, mailKeys, now)) plan.mails.push(resolvedMail(context, r, now.toISOString()));
  }
  return plan;
};
