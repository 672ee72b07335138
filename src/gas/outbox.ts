/**
 * The outbox's shell: queue messages into the Mail log in one batch, and send what is due while the
 * daily quota lasts, writing each message's outcome to its row right after the send.
 */
import type { Messages } from '../core/i18n';
import type { CellValue, Tab } from '../core/workbook';
import type { OutgoingMail } from '../core/mail-compose';
import { dueForSending, failedRow, nextRetryAt, queueRows, readMailLog, recipientsOf, sentRow } from '../core/outbox';
import { TAB_COLUMNS } from '../core/tabs';
import { appendRows, ensureColumns, ensureTab, findSheet, readTab } from './sheets';
import type { Services, SheetSurface, SpreadsheetSurface } from './surface';

/** The Mail log as read under the lock that is still held: a job that read it to decide need not read it again. */
export interface MailLogRead {
  sheet: SheetSurface;
  tab: Tab;
}

/** The Mail log's sheet and rows, or null while no mail has been logged (the tab does not exist yet). */
export const readMailLogTab = (ss: SpreadsheetSurface): MailLogRead | null => {
  const sheet = findSheet(ss, 'mailLog');
  return sheet ? { sheet, tab: readTab(sheet) } : null;
};

/**
 * Records the messages not yet in the log (by key); the caller holds the script lock. `read`: the log
 * as this caller already read it under the same lock.
 */
export const enqueueMail = (ss: SpreadsheetSurface, mails: readonly OutgoingMail[], now: Date, m: Messages, read?: MailLogRead | null): OutgoingMail[] => {
  if (mails.length === 0) return [];
  const sheet = read?.sheet ?? ensureTab(ss, 'mailLog', m);
  const tab = read?.tab ?? readTab(sheet);
  // A log cleared by hand, or missing a column, gets its headers back first: rows written without a key
  // column would never be sent, and nothing would say so.
  tab.rows[0] = ensureColumns(sheet, tab.rows[0] ?? [], 'mailLog', m);
  const { columns, entries } = readMailLog(tab);
  const width = Math.max(tab.rows[0]?.length ?? 0, TAB_COLUMNS.mailLog.length);
  const { rows, queued } = queueRows(columns, width, entries, mails, now, m);
  appendRows(sheet, rows);
  return queued;
};

export interface FlushResult {
  sent: number;
  failed: number;
  /** Left in the queue: no quota, or out of time. */
  waiting: number;
  /** The run stopped because time was short, not for want of quota. */
  outOfTime: boolean;
  /** Epoch ms of the earliest retry a failed message waits for; null when none does. */
  retryAt: number | null;
}

/**
 * Sends what is due, oldest first. Stops when the quota would not cover the next message or the
 * `shouldStop` check says time is short; what is left stays queued for the next run.
 */
export const flushOutbox = (svc: Services, ss: SpreadsheetSurface, m: Messages, now: () => Date, shouldStop: () => boolean = () => false): FlushResult => {
  const sheet = findSheet(ss, 'mailLog');
  if (!sheet) return { sent: 0, failed: 0, waiting: 0, outOfTime: false, retryAt: null };
  const { columns, entries } = readMailLog(readTab(sheet));
  const due = dueForSending(entries, now().getTime());
  const result: FlushResult = { sent: 0, failed: 0, waiting: 0, outOfTime: false, retryAt: nextRetryAt(entries, now().getTime()) };
  for (const [i, entry] of due.entries()) {
    const mail = entry.mail!;
    const outOfTime = shouldStop();
    if (outOfTime || svc.MailApp.getRemainingDailyQuota() < recipientsOf(mail)) {
      result.waiting = due.length - i;
      result.outOfTime = outOfTime;
      break;
    }
    let row: CellValue[];
    try {
      // A message too long for its cell was kept as plain text alone (mailPayload).
      const html = mail.html === '' ? {} : { htmlBody: mail.html };
      svc.MailApp.sendEmail({ to: mail.to.join(','), subject: mail.subject, body: mail.text, ...html, name: m.mailSignature('') });
      row = sentRow(columns, entry, now(), m);
      result.sent++;
    } catch (e) {
      // Not `instanceof Error`: an error thrown by a service may come from another realm.
      const message = (e as { message?: unknown } | null)?.message;
      row = failedRow(columns, entry, now(), typeof message === 'string' ? message : String(e), m);
      result.failed++;
      const retry = row[columns.nextAttempt];
      if (retry instanceof Date && (result.retryAt === null || retry.getTime() < result.retryAt)) result.retryAt = retry.getTime();
    }
    sheet.getRange(entry.row + 1, 1, 1, row.length).setValues([row]);
    // Saved at once: if the run is stopped after this send, the next one must see it as sent.
    svc.SpreadsheetApp.flush();
  }
  return result;
};

/**
 * The one-off run that sends what the Mail log still holds. The name is the weekly continuation's, which
 * it was first, so triggers already installed keep working.
 */
export const SEND_LATER_HANDLER = 'continueWeeklySummaries';
const AFTER_TIME_MS = 60 * 1000;
/** Without quota, look again later: the daily allowance comes back within a day. */
const QUOTA_RETRY_MS = 6 * 60 * 60 * 1000;

/**
 * Arranges one later run for what a send left: soon when time ran short, in hours when the quota did, at
 * the next retry of a failed message otherwise. Without it, a failed message would wait for some other
 * event (the next request, the next week) to be tried again.
 */
export const scheduleSending = (svc: Services, result: FlushResult, nowMs: number): void => {
  for (const t of svc.ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === SEND_LATER_HANDLER) svc.ScriptApp.deleteTrigger(t);
  const delay =
    result.waiting > 0 ? (result.outOfTime ? AFTER_TIME_MS : QUOTA_RETRY_MS) : result.retryAt !== null ? Math.max(AFTER_TIME_MS, result.retryAt - nowMs) : null;
  if (delay !== null) svc.ScriptApp.newTrigger(SEND_LATER_HANDLER).timeBased().after(delay).create();
};
