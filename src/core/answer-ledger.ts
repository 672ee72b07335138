/**
 * Which form answers have been handled, kept apart from the request log: an administrator may delete or
 * archive a request's row, and its answer must not then come back as a new request, mailed again.
 * A reconcile handles every answer up to the latest it saw (`through`); the form trigger adds the key of
 * each answer it logs in between (`keys`), until the next reconcile makes them part of `through`.
 */
import type { CellValue } from './workbook';

export interface AnswerLedger {
  /** Epoch milliseconds of the latest answer a reconcile saw; null before the first one. */
  through: number | null;
  keys: string[];
}

/** Keys kept between reconciles: a week of a school's answers, well inside a 9 KB document property. */
export const LEDGER_KEYS = 500;

export const EMPTY_LEDGER: AnswerLedger = { through: null, keys: [] };

/** The stored text back to a ledger; anything unreadable is an empty ledger (the request log still guards). */
export const parseLedger = (text: string | null): AnswerLedger => {
  try {
    const v = JSON.parse(text ?? '') as Partial<AnswerLedger>;
    const through = typeof v.through === 'number' && Number.isFinite(v.through) ? v.through : null;
    const keys = Array.isArray(v.keys) ? v.keys.filter((k): k is string => typeof k === 'string') : [];
    return { through, keys };
  } catch {
    return EMPTY_LEDGER;
  }
};

export const ledgerText = (ledger: AnswerLedger): string => JSON.stringify(ledger);

/** A responses-sheet row's own time: the timestamp Google writes in its first column. */
const answeredAt = (row: readonly CellValue[]): number | null => (row[0] instanceof Date ? row[0].getTime() : null);

/** Whether an answer was handled: logged by the trigger since the last reconcile, or seen by a reconcile. */
export const wasHandled = (ledger: AnswerLedger, key: string, row: readonly CellValue[]): boolean => {
  const at = answeredAt(row);
  return ledger.keys.includes(key) || (ledger.through !== null && at !== null && at <= ledger.through);
};

/** After the form trigger logs an answer; the oldest keys give way past LEDGER_KEYS. */
export const withAnswer = (ledger: AnswerLedger, key: string): AnswerLedger =>
  ledger.keys.includes(key) ? ledger : { through: ledger.through, keys: [...ledger.keys, key].slice(-LEDGER_KEYS) };

/**
 * Answers written to the sheet in the same minutes need not come in the order of their timestamps: the
 * last few minutes are remembered by key, so an answer that lands late behind a newer one is not taken
 * for handled.
 */
export const LEDGER_SLACK_MS = 5 * 60 * 1000;

/** After a reconcile has handled every answer in `rows` (each logged, or imported by it). */
export const afterReconcile = (ledger: AnswerLedger, rows: readonly (readonly CellValue[])[], keyOf: (row: readonly CellValue[]) => string): AnswerLedger => {
  let latest: number | null = null;
  for (const row of rows) {
    const at = answeredAt(row);
    if (at !== null && (latest === null || at > latest)) latest = at;
  }
  if (latest === null) return ledger;
  const through = Math.max(ledger.through ?? Number.NEGATIVE_INFINITY, latest - LEDGER_SLACK_MS);
  const recent = rows.filter((row) => (answeredAt(row) ?? Number.POSITIVE_INFINITY) > through).map(keyOf);
  return { through, keys: [...new Set(recent)].slice(-LEDGER_KEYS) };
};
