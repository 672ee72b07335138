// Form responses reaching the spreadsheet: the row appended to a responses sheet, and the sheet-bound
// ON_FORM_SUBMIT event (values as displayed, namedValues as one-element arrays) delivered to installable triggers.

import { fire, sheetOrThrow, triggersFor } from "./events";
import { formatDate } from "./format-date";
import { isRussianLocale, LocalFormResponse } from "./forms";
import { LocalRange } from "./range";
import type { LocalRuntime } from "./runtime";
import type { LocalSheet } from "./sheet";

/** Answers by question title (matched to the header row), or in column order after the timestamp. */
export type FormAnswers = Record<string, string> | string[];

export interface FormOutcome {
  row: number;
  event: Record<string, unknown>;
}

export interface RespondOptions {
  /** Run the ON_FORM_SUBMIT triggers (default true); false stands for a trigger that failed to fire. */
  fireTriggers?: boolean;
  /** The response's timestamp (default: the runtime clock); the clock itself is not moved. */
  at?: Date;
}

export interface ResponseOutcome {
  response: LocalFormResponse;
  /** The row appended to the responses sheet; null when the form has no destination. */
  row: number | null;
  /** The event as built for the triggers; null when no destination or `fireTriggers: false`. */
  event: Record<string, unknown> | null;
}

/** The timestamp as a responses sheet displays it: dd.MM.yyyy H:mm:ss (ru) or M/d/yyyy H:mm:ss. */
export function responseTimestamp(date: Date, locale: string, timeZone: string): string {
  return formatDate(date, timeZone, isRussianLocale(locale) ? "dd.MM.yyyy H:mm:ss" : "M/d/yyyy H:mm:ss");
}

/**
 * Appends timestamp and answers after the last row; returns the row. Answers are read like typed input (numbers,
 * dates: '007' becomes 7), except that text starting with = or ' is kept verbatim, never a formula.
 * *(check in a real Sheet)*
 */
export function appendResponseRow(sheet: LocalSheet, timestamp: Date, answers: string[]): number {
  const { locale, timeZone } = sheet.ctx;
  const row = sheet.data.lastRow() + 1;
  sheet.data.ensureCell(row, 1).value = new Date(timestamp.getTime());
  answers.forEach((answer, i) => {
    if (answer === "") return;
    const cell = sheet.data.ensureCell(row, i + 2);
    if (answer.startsWith("=") || answer.startsWith("'")) cell.value = answer;
    else LocalRange.writeInput(cell, answer, locale, timeZone);
  });
  return row;
}

function headers(sheet: LocalSheet): string[] {
  const out: string[] = [];
  for (let c = 1; c <= sheet.data.lastColumn(); c++) out.push(String(sheet.data.cell(1, c)?.value ?? ""));
  return out;
}

/** The event fields of an appended row: values, namedValues (timestamp column included) and its range. */
function rowEvent(sheet: LocalSheet, row: number, timestamp: Date, answers: string[]): Record<string, unknown> {
  const titles = headers(sheet);
  const width = Math.max(titles.length, answers.length + 1);
  const values = [responseTimestamp(timestamp, sheet.ctx.locale, sheet.ctx.timeZone), ...answers];
  while (values.length < width) values.push("");
  const namedValues: Record<string, string[]> = {};
  values.forEach((v, i) => {
    const title = titles[i] ?? "";
    if (title !== "") namedValues[title] = [v];
  });
  return { values, namedValues, range: sheet.rangeOf(row, 1, 1, width) };
}

/** Delivers `fields` to every installable ON_FORM_SUBMIT trigger of the spreadsheet, each with its own uid. */
export function fireFormSubmit(runtime: LocalRuntime, fields: Record<string, unknown>): Record<string, unknown>[] {
  const triggers = triggersFor(runtime, "ON_FORM_SUBMIT");
  const delivered: Record<string, unknown>[] = [];
  if (triggers.length === 0) return delivered;
  fire(runtime, null, triggers, (authMode) => {
    const event: Record<string, unknown> = { authMode, source: runtime.spreadsheet, ...copyEvent(fields) };
    delivered.push(event);
    return event;
  });
  return delivered;
}

/** A fresh copy per trigger, so one handler changing its event does not change the next one's. */
function copyEvent(fields: Record<string, unknown>): Record<string, unknown> {
  const out = { ...fields };
  if (Array.isArray(out.values)) out.values = [...out.values];
  if (out.namedValues && typeof out.namedValues === "object") {
    out.namedValues = Object.fromEntries(
      Object.entries(out.namedValues as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]),
    );
  }
  return out;
}

/** A response written straight into a sheet headed like a responses sheet (no form object involved). */
export function submitForm(runtime: LocalRuntime, sheetName: string, answers: FormAnswers): FormOutcome {
  const sheet = sheetOrThrow(runtime, sheetName);
  const answerList = Array.isArray(answers)
    ? answers.map(String)
    : headers(sheet)
        .slice(1)
        .map((h) => String(answers[h] ?? ""));
  const stamp = runtime.clock.date();
  const row = appendResponseRow(sheet, stamp, answerList);
  const fields = rowEvent(sheet, row, stamp, answerList);
  const [event] = fireFormSubmit(runtime, fields);
  return { row, event: event ?? fields };
}

/** A person submits the form: the response is recorded, its row appended to the destination, triggers fire. */
export function respondToForm(
  runtime: LocalRuntime,
  formId: string,
  answers: Record<string, string>,
  options: RespondOptions = {},
): ResponseOutcome {
  const form = runtime.forms.get(formId);
  const timestamp = options.at ?? runtime.clock.date();
  const data = form.record(answers, timestamp);
  const response = new LocalFormResponse(data, runtime.log);
  const dest = form.syncColumns();
  if (!dest) return { response, row: null, event: null };
  const rowAnswers = form.rowAnswers(data);
  const row = appendResponseRow(dest.sheet, data.timestamp, rowAnswers);
  if (options.fireTriggers === false) return { response, row, event: null };
  const fields = rowEvent(dest.sheet, row, data.timestamp, rowAnswers);
  const [event] = fireFormSubmit(runtime, fields);
  return { response, row, event: event ?? fields };
}
