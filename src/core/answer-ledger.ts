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
  /**
   * The timestamps (epoch seconds) of the answers behind `keys`, one per answer: an answer an administrator
   * corrects in the responses sheet gets a new key but keeps its timestamp, and must not come back.
   */
  seconds: number[];
}

/** Answers kept between reconciles: a week of a school's answers, inside a 9 KB document property. */
export const LEDGER_KEYS = 300;

export const EMPTY_LEDGER: AnswerLedger = { through: null, keys: [], seconds: [] };

/** The stored text back to a ledger; anything unreadable is an empty ledger (the request log still guards). */
export const parseLedger = (text: string | null): AnswerLedger => {
  try {
    const v = JSON.parse(text ?? '') as Partial<AnswerLedger>;
    const through = typeof v.through === 'number' && Number.isFinite(v.through) ? v.through : null;
    const keys = Array.isArray(v.keys) ? v.keys.filter((k): k is string => typeof k === 'string') : [];
    const seconds = Array.isArray(v.seconds) ? v.seconds.filter((t): t is number => typeof t === 'number' && Number.isFinite(t)) : [];
    return { through, keys, seconds };
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

const secondOf = (row: readonly CellValue[]): number | null => {
  const at = answeredAt(row);
  return at === null ? null : Math.floor(at / 1000);
};

/** After the form trigger logs an answer (its row); the oldest give way past LEDGER_KEYS. */
export const withAnswer = (ledger: AnswerLedger, key: string, row: readonly CellValue[] = []): AnswerLedger => {
  if (ledger.keys.includes(key)) return ledger;
  const second = secondOf(row);
  return {
    through: ledger.through,
    keys: [...ledger.keys, key].slice(-LEDGER_KEYS),
    seconds: (second === null ? ledger.seconds : [...ledger.seconds, second]).slice(-LEDGER_KEYS),
  };
};

/**
 * Which of a reconcile's answers were handled: by key or by `through` (wasHandled), or corrected since.
 * An answer whose row an administrator edited has a new key and its old timestamp: when a second holds
 * no more unknown answers than handled ones whose keys are gone, they are those, edited. When it holds
 * more (a new answer in the same second as an edited one), all are taken: a repeat beats a loss.
 */
export const handledAnswers = (ledger: AnswerLedger, answers: readonly { row: readonly CellValue[]; keys: readonly string[] }[]): boolean[] => {
  const handled = answers.map((a) => a.keys.some((k) => wasHandled(ledger, k, a.row)));
  const handledAt = new Map<number, number>();
  for (const second of ledger.seconds) handledAt.set(second, (handledAt.get(second) ?? 0) + 1);
  const bySecond = new Map<number, number[]>();
  for (const [i, a] of answers.entries()) {
    const second = secondOf(a.row);
    if (second === null || !handledAt.has(second)) continue;
    const at = bySecond.get(second);
    if (at) at.push(i);
    else bySecond.set(second, [i]);
  }
  for (const [second, indexes] of bySecond) {
    const known = indexes.filter((i) => answers[i]!.keys.some((k) => ledger.keys.includes(k))).length;
    const unknown = indexes.filter((i) => !handled[i]);
    if (unknown.length <= handledAt.get(second)! - known) for (const i of unknown) handled[i] = true;
  }
  return handled;
};

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
  const recent = rows.filter((row) => (answeredAt(row) ?? Number.POSITIVE_INFINITY) > through);
  const seconds = recent.map(secondOf).filter((t): t is number => t !== null);
  return { through, keys: [...new Set(recent.map(keyOf))].slice(-LEDGER_KEYS), seconds: seconds.slice(-LEDGER_KEYS) };
};
