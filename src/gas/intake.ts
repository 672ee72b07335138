/**
 * Form answers into the request log, exactly once: events from a foreign or duplicate trigger and blank
 * phantom events are ignored, and under the script lock an answer already logged (same fingerprint) or
 * handled before (the answer ledger: its row may have been deleted since) is skipped. `reconcileRequests`
 * imports answers whose trigger never ran.
 */
import { afterReconcile, type AnswerLedger, handledAnswers, ledgerText, parseLedger, wasHandled, withAnswer } from '../core/answer-ledger';
import { cellText } from '../core/cells';
import { answersFromNamedValues, type FormAnswers, isBlankAnswer, isResponsesHeader, readFormAnswers, responseKey, wholeRowKey } from '../core/intake';
import type { Messages } from '../core/i18n';
import type { OutgoingMail } from '../core/mail-compose';
import type { CellValue } from '../core/workbook';
import { type JobContext, loadContext, tabOf } from './context';
import { enqueueMail, flushOutbox, readMailLogTab, scheduleSending } from './outbox';
import { writeUpdates } from './workflow';
import { readMailLog } from '../core/outbox';
import { readRequestRows } from '../core/request-log';
import { unfinishedResolutions } from '../core/request-edit';
import { type Intake, recordRequest } from './requests';
import { appendRows, ensureTab, readTab, tabMatcher } from './sheets';
import type { FormSubmitEventSurface, Services, SheetSurface } from './surface';
import { documentProperties, recordJob } from './jobs';
import { isOurTrigger } from './triggers';

const LOCK_WAIT_MS = 30_000;
const LEDGER_PROPERTY = 'formAnswers:handled';

export const loadLedger = (svc: Services): AnswerLedger => parseLedger(documentProperties(svc).getProperty(LEDGER_PROPERTY));
const saveLedger = (svc: Services, ledger: AnswerLedger): void => {
  documentProperties(svc).setProperty(LEDGER_PROPERTY, ledgerText(ledger));
};
export const NEEDED = tabMatcher(['schedule', 'settings', 'substitutions', 'staff', 'requests']);

/** The keys one answer may have been logged under: its own, and the whole-row key of earlier versions. */
export const keysOf = (row: readonly CellValue[], answers: FormAnswers): [string, string] => [responseKey(row[0] ?? '', answers), wholeRowKey(row)];

/** Whether the trigger or a reconcile has handled this answer already, under either of its keys. */
const handledAlready = (ledger: AnswerLedger, keys: readonly string[], row: readonly CellValue[]): boolean => keys.some((k) => wasHandled(ledger, k, row));

export const intakeOf = (answers: FormAnswers, [key, formerKey]: readonly [string, string], m: Messages): Intake => {
  const read = readFormAnswers(answers, m);
  return {
    channel: 'form',
    input: read.result.ok ? read.result.value : null,
    errors: read.result.ok ? [] : read.result.errors,
    raw: { role: answers.role, name: answers.name, class: answers.class, email: answers.email, kind: answers.kind, description: answers.description },
    contact: read.contact,
    responseKey: key,
    formerKey,
  };
};

/** Runs `job` with the lock held; pending Sheet writes are flushed before it is released. */
export const holding = <T>(svc: Services, lock: { releaseLock(): void }, job: () => T): T => {
  try {
    return job();
  } finally {
    // Apps Script batches writes, and the next holder must read what this one wrote.
    svc.SpreadsheetApp.flush();
    lock.releaseLock();
  }
};

/** Runs `job` holding the script lock (waiting up to 30 s; past that, Apps Script's lock timeout error). */
export const withScriptLock = <T>(svc: Services, job: () => T): T => {
  const lock = svc.LockService.getScriptLock();
  lock.waitLock(LOCK_WAIT_MS);
  return holding(svc, lock, job);
};

/** The same, or null when another run held the lock for the whole wait (`waitMs`, 30 s unless given). */
export const tryScriptLock = <T>(svc: Services, job: () => T, waitMs = LOCK_WAIT_MS): { value: T } | null => {
  const lock = svc.LockService.getScriptLock();
  return lock.tryLock(waitMs) ? { value: holding(svc, lock, job) } : null;
};

/** The one-off run that imports answers whose trigger found the Sheet busy. */
export const CATCH_UP_HANDLER = 'catchUpFormAnswers';
const CATCH_UP_AFTER_MS = 2 * 60 * 1000;

const catchUpTriggers = (svc: Services) => svc.ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === CATCH_UP_HANDLER);

export const scheduleCatchUp = (svc: Services): void => {
  if (catchUpTriggers(svc).length === 0) svc.ScriptApp.newTrigger(CATCH_UP_HANDLER).timeBased().after(CATCH_UP_AFTER_MS).create();
};

/**
 * The catch-up itself: a reconcile. Only a Sheet busy again brings another try a little later; any other
 * failure is left to show as one, not retried every two minutes for ever.
 */
export const catchUpFormAnswers = (svc: Services, now: Date): number => {
  for (const t of catchUpTriggers(svc)) svc.ScriptApp.deleteTrigger(t);
  const held = tryScriptLock(svc, () => importMissed(svc, now, NEEDED));
  if (held === null) {
    scheduleCatchUp(svc);
    recordJob(svc, 'reconcileRequests', now, { deferred: 1 });
    return 0;
  }
  sendQueued(svc, held.value.ctx);
  recordJob(svc, 'reconcileRequests', now, { imported: held.value.imported });
  return held.value.imported;
};

/** How long an event handler may spend sending: the rest waits for the next run, never for the form's next answer. */
const SEND_BUDGET_MS = 20_000;

/**
 * Sends what waits. Nothing here is a failure of the caller, whose rows are written already (a sidebar
 * that said "failed" would be saved twice): a Sheet busy for the whole wait, or a service that fails
 * (MailApp's quota call), leaves the mail queued for the catch-up run.
 */
export const sendQueued = (svc: Services, ctx: JobContext): void => {
  const started = Date.now();
  try {
    const sent = tryScriptLock(svc, () => {
      const result = flushOutbox(svc, ctx.spreadsheet, ctx.m, () => new Date(), () => Date.now() - started > SEND_BUDGET_MS);
      // Only when something is left (listing triggers is a slow call), and under the lock, so a run that
      // ended earlier cannot delete the later run's trigger.
      if (result.waiting > 0 || result.retryAt !== null) scheduleSending(svc, result, Date.now());
      return result;
    });
    if (sent === null) scheduleCatchUp(svc);
  } catch (e) {
    console.error(e);
    try {
      scheduleCatchUp(svc);
    } catch (again) {
      // ScriptApp itself failing: the mail stays queued for the next run of any job that sends.
      console.error(again);
    }
  }
};

export type SubmitOutcome = 'foreign trigger' | 'other form' | 'blank' | 'duplicate' | 'deferred' | { id: string; status: 'new' | 'invalid'; assignee: string | null };

export const handleFormSubmit = (svc: Services, e: FormSubmitEventSurface, now: Date): SubmitOutcome => {
  if (!isOurTrigger(svc, 'formSubmit', e.triggerUid)) return 'foreign trigger';
  const answers = answersFromNamedValues(e.namedValues ?? {});
  if (isBlankAnswer(answers)) return 'blank';
  // Every form linked to the spreadsheet fires this trigger: a survey's answers are not requests.
  const header = e.range ? headerOf(e.range.getSheet()) : null;
  if (header && !isResponsesHeader(header)) return 'other form';
  // The responses sheet's row, typed (a class `05` is the number 5 there): the key from the same values
  // `reconcileRequests` reads from that sheet, not from the event's text.
  const row = e.range ? (e.range.getValues()[0] ?? []) : (e.values ?? []);
  const keys = keysOf(row, header ? answersIn(header, row) : answers);
  const held = tryScriptLock(svc, () => {
    const ctx = loadContext(svc, NEEDED);
    const ledger = loadLedger(svc);
    if (handledAlready(ledger, keys, row)) return { ctx, recorded: null };
    const sheet = ensureTab(ctx.spreadsheet, 'requests', ctx.m);
    const recorded = recordRequest(svc, ctx, sheet, tabOf(ctx, sheet), intakeOf(answers, keys, ctx.m), now);
    // A duplicate has no row and no mail to add.
    if (!recorded.duplicate) {
      appendRows(sheet, [recorded.values]);
      enqueueMail(ctx.spreadsheet, recorded.mails, now, ctx.m);
      // The row and its mail are in the Sheet before the ledger calls the answer handled.
      svc.SpreadsheetApp.flush();
      saveLedger(svc, withAnswer(ledger, keys[0], row));
    }
    return { ctx, recorded };
  });
  if (held === null) {
    // Another run (the weekly send) held the lock for the whole wait. The answer is safe in the responses
    // sheet: a catch-up run imports it in a few minutes rather than the next weekly reconcile.
    scheduleCatchUp(svc);
    recordJob(svc, 'handleFormSubmit', now, { deferred: 1 });
    return 'deferred';
  }
  const outcome = held.value;
  sendQueued(svc, outcome.ctx);
  const { recorded } = outcome;
  const result: SubmitOutcome =
    recorded === null || recorded.duplicate || recorded.id === null ? 'duplicate' : { id: recorded.id, status: recorded.route ? 'new' : 'invalid', assignee: recorded.route?.assignee ?? null };
  recordJob(svc, 'handleFormSubmit', now, typeof result === 'string' ? { ignored: 1 } : { logged: 1 });
  return result;
};

/**
 * The form's responses sheets, found by their header: a form made again (the first one deleted) writes to
 * a new «Ответы на форму (2)», and answers left in either must still be imported.
 */
export const findResponsesSheets = (sheets: readonly SheetSurface[], header: (s: SheetSurface) => CellValue[]): SheetSurface[] =>
  sheets.filter((s) => isResponsesHeader(header(s)));

/** One read of a sheet's header row alone. */
const headerOf = (sheet: SheetSurface): CellValue[] => sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] ?? [];

/** A sheet's header row: from the tab the job already read, or one read of that row alone. */
export const headerIn =
  (ctx: JobContext) =>
  (sheet: SheetSurface): CellValue[] =>
    ctx.sheets.has(sheet.getName()) ? (tabOf(ctx, sheet).rows[0] ?? []) : headerOf(sheet);

/** Answers by question from a responses-sheet row. */
const answersIn = (header: readonly CellValue[], row: readonly CellValue[]): FormAnswers => {
  const named: Record<string, string[]> = {};
  header.forEach((h, c) => {
    named[cellText(h)] = [cellText(row[c])];
  });
  return answersFromNamedValues(named);
};

export interface SheetAnswer {
  row: CellValue[];
  answers: FormAnswers;
  keys: [string, string];
}

/** Every answer in our responses sheets (read once each), with the keys it may be logged under. */
export const answersInSheets = (sheets: readonly SheetSurface[]): SheetAnswer[] =>
  sheets.flatMap((s) => {
    const [header = [], ...rows] = readTab(s).rows;
    return rows.map((row) => {
      const answers = answersIn(header, row);
      return { row, answers, keys: keysOf(row, answers) };
    });
  });

/**
 * Imports the form answers a failed trigger missed; returns how many, and the tabs it read (`wanted`, at
 * least those it needs) for the caller to go on with: the requests it imports are in its copy of the log.
 */
export const reconcileRequests = (svc: Services, now: Date, wanted: (name: string) => boolean = NEEDED): { imported: number; ctx: JobContext } => {
  const result = withScriptLock(svc, () => importMissed(svc, now, wanted));
  sendQueued(svc, result.ctx);
  recordJob(svc, 'reconcileRequests', now, { imported: result.imported });
  return result;
};

const timeOf = (row: readonly CellValue[]): number => (row[0] instanceof Date ? row[0].getTime() : Number.POSITIVE_INFINITY);

/** The import itself, for a caller holding the script lock. */
const importMissed = (svc: Services, now: Date, wanted: (name: string) => boolean): { imported: number; ctx: JobContext } => {
  const ctx = loadContext(svc, (name) => NEEDED(name) || wanted(name));
  const responses = findResponsesSheets(ctx.spreadsheet.getSheets(), headerIn(ctx));
  if (responses.length === 0) return { imported: 0, ctx };
  // Every answer of every responses sheet, in the order they came in (answers of one sheet are in order).
  const answered = answersInSheets(responses).sort((a, b) => timeOf(a.row) - timeOf(b.row));
  const sheet = ensureTab(ctx.spreadsheet, 'requests', ctx.m);
  const log = tabOf(ctx, sheet);
  const ledger = loadLedger(svc);
  const rowsToAdd: CellValue[][] = [];
  const mails: OutgoingMail[] = [];
  // An answer corrected in the responses sheet has a new key and its old timestamp: handled all the same.
  const handled = handledAnswers(ledger, answered);
  for (const [i, { row, answers, keys }] of answered.entries()) {
    if (isBlankAnswer(answers) || handled[i]) continue;
    // The answer's own timestamp is when the request came in, however late it is imported.
    const received = row[0] instanceof Date ? row[0] : now;
    const recorded = recordRequest(svc, ctx, sheet, log, intakeOf(answers, keys, ctx.m), now, received);
    if (recorded.duplicate) continue;
    rowsToAdd.push(recorded.values);
    mails.push(...recorded.mails);
  }
  // Resolutions an edit trigger gave up on (the Sheet was busy) are finished with the import.
  const mailLog = readMailLogTab(ctx.spreadsheet);
  const keys = mailLog ? readMailLog(mailLog.tab).entries.map((x) => x.key) : [];
  const { columns, requests } = readRequestRows(log);
  const finished = unfinishedResolutions(requests, columns, keys, now, { m: ctx.m, school: ctx.analysis.settings.schoolName });
  writeUpdates(sheet, log, finished.updates);
  mails.push(...finished.mails);
  // One write for the rows and one for the mail, however many answers were missed.
  appendRows(sheet, rowsToAdd);
  enqueueMail(ctx.spreadsheet, mails, now, ctx.m, mailLog);
  // The rows are in the Sheet before the ledger calls their answers handled.
  svc.SpreadsheetApp.flush();
  const keyOf = new Map<readonly CellValue[], string>(answered.map(({ row, keys }) => [row, keys[0]]));
  saveLedger(svc, afterReconcile(ledger, [...keyOf.keys()], (row) => keyOf.get(row)!));
  return { imported: rowsToAdd.length, ctx };
};

