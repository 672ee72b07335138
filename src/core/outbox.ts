/**
 * One outbox for all mail, kept in the Mail log tab. A message is recorded under its idempotency key
 * before it is sent; a key already there is never queued again, so re-running any job sends nothing twice
 * and installing on a sheet of old rows mails nothing old. Failed sends are retried with back-off.
 */
import { cellText, foldText } from './cells';
import { CELL_LIMIT } from './forms';
import { en } from './i18n/en';
import type { Messages } from './i18n/messages';
import { ru } from './i18n/ru';
import type { OutgoingMail } from './mail-compose';
import { findColumn } from './rows';
import { isEmail } from './settings';
import { asCellValue, asTypedText } from './safe-text';
import { MAIL_STATUSES, type MailStatus, TAB_COLUMNS } from './tabs';
import type { CellValue, Tab } from './workbook';

export type MailLogColumn = (typeof TAB_COLUMNS.mailLog)[number];

export interface MailLogEntry {
  /** 0-based row in the tab. */
  row: number;
  key: string;
  status: MailStatus | null;
  attempts: number;
  /** Epoch milliseconds; null: as soon as possible. */
  nextAttempt: number | null;
  mail: OutgoingMail | null;
  cells: CellValue[];
}

export const MAX_ATTEMPTS = 5;
const MINUTE = 60_000;

/** 5 minutes after the first failure, doubling each time, never more than 6 hours. */
export const backoffMs = (attempts: number): number => Math.min(5 * MINUTE * 2 ** Math.max(0, attempts - 1), 360 * MINUTE);

export const parseMailStatus = (text: string): MailStatus | null => {
  const t = foldText(text);
  return MAIL_STATUSES.find((s) => foldText(ru.mailStatusName(s)) === t || foldText(en.mailStatusName(s)) === t) ?? null;
};

export type MailLogColumns = Record<MailLogColumn, number>;

export const mailLogColumns = (header: readonly CellValue[]): MailLogColumns =>
  Object.fromEntries(TAB_COLUMNS.mailLog.map((c) => [c, findColumn(header, 'mailLog', c)])) as MailLogColumns;

const parsePayload = (text: string): OutgoingMail | null => {
  try {
    const v = JSON.parse(text) as OutgoingMail;
    return v && typeof v.subject === 'string' && Array.isArray(v.to) ? v : null;
  } catch {
    return null;
  }
};

export const readMailLog = (tab: Tab): { columns: MailLogColumns; entries: MailLogEntry[] } => {
  const columns = mailLogColumns(tab.rows[0] ?? []);
  const at = (row: readonly CellValue[], c: MailLogColumn): CellValue => (columns[c] < 0 ? '' : (row[columns[c]] ?? ''));
  const entries: MailLogEntry[] = [];
  tab.rows.forEach((row, r) => {
    if (r === 0) return;
    const key = cellText(at(row, 'key')).trim();
    if (key === '') return;
    const next = at(row, 'nextAttempt');
    entries.push({
      row: r,
      key,
      status: parseMailStatus(cellText(at(row, 'status'))),
      attempts: Number(at(row, 'attempts')) || 0,
      nextAttempt: next instanceof Date ? next.getTime() : null,
      mail: parsePayload(cellText(at(row, 'payload'))),
      cells: [...row],
    });
  });
  return { columns, entries };
};

const place = (columns: MailLogColumns, width: number, values: Partial<Record<MailLogColumn, CellValue>>, base?: CellValue[]): CellValue[] => {
  // A row read back is written back: its text is neutralised again, since getValues drops the apostrophe.
  const row: CellValue[] = base ? base.map(asCellValue) : Array.from({ length: width }, () => '');
  while (row.length < width) row.push('');
  for (const [c, v] of Object.entries(values) as [MailLogColumn, CellValue][]) if (columns[c] >= 0) row[columns[c]] = v;
  return row;
};

/**
 * The message as the one cell of the Mail log that keeps it until it is sent. Sheets refuses a cell over
 * 50,000 characters, and a refused write would lose the message (a pasted error log in a request, a
 * digest of some seventy overlaps beside a full week's demand table): then the plain text alone goes, cut if it
 * must be, saying so.
 */
export const mailPayload = (mail: OutgoingMail, m: Messages): string => {
  const full = JSON.stringify(mail);
  if (full.length <= CELL_LIMIT) return full;
  const { text } = mail;
  // Never split a surrogate pair.
  const cut = (keep: number) => (/[\ud800-\udbff]/.test(text.charAt(keep - 1)) ? keep - 1 : keep);
  const payload = (keep: number) => JSON.stringify({ ...mail, html: '', text: keep >= text.length ? text : `${text.slice(0, cut(keep))}\n\n${m.mailShortened()}` });
  const plain = payload(text.length);
  if (plain.length <= CELL_LIMIT) return plain;
  // The longest beginning that fits, found by halving: in JSON a quote, a backslash or a new line takes two
  // characters and a control character six, so the overflow alone does not say how much to drop.
  let [fits, fails] = [0, text.length];
  while (fails - fits > 1) {
    const mid = (fits + fails) >> 1;
    if (payload(mid).length <= CELL_LIMIT) fits = mid;
    else fails = mid;
  }
  return payload(fits);
};

/**
 * Rows to append for the messages whose key the log does not hold yet (each key once). A message with no
 * address is written as not sent, saying why, so that it is seen rather than lost.
 */
export const queueRows = (columns: MailLogColumns, width: number, known: readonly MailLogEntry[], mails: readonly OutgoingMail[], now: Date, m: Messages): { rows: CellValue[][]; queued: OutgoingMail[] } => {
  const seen = new Set(known.map((e) => e.key));
  const rows: CellValue[][] = [];
  const queued: OutgoingMail[] = [];
  for (const mail of mails) {
    if (seen.has(mail.key)) continue;
    seen.add(mail.key);
    // An address typed into the log by hand («a@x.org, b@y.org» in one cell) is not sent on unchecked.
    const to = mail.to.filter(isEmail);
    const addressed = to.length > 0;
    // What is sent is what the log keeps: the addresses that are addresses.
    const sendable = to.length === mail.to.length ? mail : { ...mail, to };
    if (addressed) queued.push(sendable);
    const refused = mail.to.filter((a) => !isEmail(a));
    rows.push(
      place(columns, width, {
        time: now,
        to: asTypedText(mail.to.join(', ')),
        subject: asTypedText(mail.subject),
        kind: m.mailKindName(mail.kind),
        key: asTypedText(mail.key),
        status: m.mailStatusName(addressed ? 'queued' : 'gaveUp'),
        attempts: 0,
        payload: mailPayload(sendable, m),
        ...(refused.length > 0 ? { error: m.mailBadRecipient(refused.join(', ')) } : addressed ? {} : { error: m.mailNoRecipient() }),
      }),
    );
  }
  return { rows, queued };
};

/**
 * What may be tried now: queued, or failed and past its back-off, in the order they were queued; never a
 * key that another row already shows as sent, nor one key twice.
 */
export const dueForSending = (entries: readonly MailLogEntry[], nowMs: number): MailLogEntry[] => {
  const done = new Set(entries.filter((e) => e.status === 'sent').map((e) => e.key));
  const due: MailLogEntry[] = [];
  for (const e of entries) {
    if (e.mail === null || done.has(e.key)) continue;
    if (e.status === 'queued' || (e.status === 'failed' && (e.nextAttempt ?? 0) <= nowMs)) {
      done.add(e.key);
      due.push(e);
    }
  }
  return due;
};

/** The earliest moment a failed message waiting out its back-off may be tried again; null when none waits. */
export const nextRetryAt = (entries: readonly MailLogEntry[], nowMs: number): number | null => {
  const done = new Set(entries.filter((e) => e.status === 'sent').map((e) => e.key));
  let at: number | null = null;
  for (const e of entries) {
    if (e.mail === null || done.has(e.key) || e.status !== 'failed' || e.nextAttempt === null || e.nextAttempt <= nowMs) continue;
    if (at === null || e.nextAttempt < at) at = e.nextAttempt;
  }
  return at;
};

export const recipientsOf = (mail: OutgoingMail): number => mail.to.length;

/** The row once its message is sent. */
export const sentRow = (columns: MailLogColumns, entry: MailLogEntry, now: Date, m: Messages): CellValue[] =>
  place(columns, entry.cells.length, { time: now, status: m.mailStatusName('sent'), error: '', attempts: entry.attempts + 1, nextAttempt: '' }, entry.cells);

/** The row after a failed send: retried later with back-off, or given up after MAX_ATTEMPTS. */
export const failedRow = (columns: MailLogColumns, entry: MailLogEntry, now: Date, error: string, m: Messages): CellValue[] => {
  const attempts = entry.attempts + 1;
  const gaveUp = attempts >= MAX_ATTEMPTS;
  return place(
    columns,
    entry.cells.length,
    {
      time: now,
      status: m.mailStatusName(gaveUp ? 'gaveUp' : 'failed'),
      error: asTypedText(error.slice(0, 500)),
      attempts,
      nextAttempt: gaveUp ? '' : new Date(now.getTime() + backoffMs(attempts)),
    },
    entry.cells,
  );
};
