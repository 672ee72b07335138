/**
 * Results and problems: parsers return a value or the problems they found, each tied to a cell and
 * worded through the message catalogue, so a report can list every bad cell at once in either language.
 */
import type { Messages } from './i18n/messages';

/** A sentence not yet put into words: rendered later in the Sheet's language. */
export type Text = (m: Messages) => string;

export type Severity = 'error' | 'warning';

export interface Problem {
  /** `График!C7`, or just the tab name when the problem is about a whole tab. */
  cell: string;
  severity: Severity;
  text: Text;
}

export type Result<T> = { ok: true; value: T } | { ok: false; text: Text };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(text: Text): Result<T> => ({ ok: false, text });

export const problem = (cell: string, text: Text, severity: Severity = 'error'): Problem => ({ cell, severity, text });
