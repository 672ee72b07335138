// How a written value becomes a cell (typed-input parsing by locale), how a formula is cheaply evaluated,
// and how a cell value is displayed in the spreadsheet's locale and time zone.

import type { CellValue } from "../../core/workbook";
import { isDate } from "./clock";
import { wallTime, zonedTime } from "./time-zone";

export interface Parsed {
  value: CellValue;
  formula: string;
}

export function isRussian(locale: string): boolean {
  return locale.toLowerCase().startsWith("ru");
}

/** Interprets one value written by setValue(s)/appendRow or typed by a user. */
export function parseInput(input: unknown, locale: string, timeZone: string): Parsed {
  if (input === null || input === undefined) return { value: "", formula: "" };
  if (isDate(input)) return { value: new Date(input.getTime()), formula: "" };
  if (typeof input === "number") return { value: Number.isFinite(input) ? input : "#NUM!", formula: "" };
  if (typeof input === "boolean") return { value: input, formula: "" };
  const text = String(input);
  if (text.startsWith("=") && text.length > 1) return { value: evaluateFormula(text), formula: text };
  if (text.startsWith("'")) return { value: text.slice(1), formula: "" };
  return { value: parseText(text, locale, timeZone), formula: "" };
}

function parseText(text: string, locale: string, timeZone: string): CellValue {
  const t = text.trim();
  if (t === "") return text === "" ? "" : text;
  const ru = isRussian(locale);
  const upper = t.toUpperCase();
  if (upper === "TRUE" || (ru && upper === "ИСТИНА")) return true;
  if (upper === "FALSE" || (ru && upper === "ЛОЖЬ")) return false;
  const num = ru ? /^[-+]?\d+(,\d+)?$/ : /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
  if (num.test(t)) return Number(t.replace(",", "."));
  const date = ru
    ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t)
    : /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (date) {
    const [, p1 = "", p2 = "", y = "", h = "0", mi = "0", s = "0"] = date;
    const day = Number(ru ? p1 : p2);
    const month = Number(ru ? p2 : p1);
    const year = Number(y);
    const probe = new Date(Date.UTC(year, month - 1, day));
    const valid = probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
    if (valid && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60) {
      return zonedTime(timeZone, year, month, day, Number(h), Number(mi), Number(s));
    }
  }
  return text;
}

function unquote(arg: string): string | undefined {
  const m = /^\s*"((?:[^"]|"")*)"\s*$/.exec(arg);
  return m ? (m[1] ?? "").replace(/""/g, '"') : undefined;
}

/** Evaluates the few formulas that are cheap to evaluate; everything else yields ''. */
export function evaluateFormula(formula: string): CellValue {
  const body = formula.slice(1).trim();
  const literal = unquote(body);
  if (literal !== undefined) return literal;
  if (/^[-+]?\d+(\.\d+)?$/.test(body)) return Number(body);
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === "TRUE";
  const link = /^HYPERLINK\(\s*("(?:[^"]|"")*")\s*(?:[,;]\s*("(?:[^"]|"")*")\s*)?\)$/i.exec(body);
  if (link) {
    const url = unquote(link[1] ?? "") ?? "";
    return link[2] !== undefined ? (unquote(link[2]) ?? "") : url;
  }
  return "";
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** A Date is shown as a date when it falls on midnight in the time zone, else as a date-time. */
export function displayDate(date: Date, locale: string, timeZone: string, withSeconds = true): string {
  const w = wallTime(date, timeZone);
  const hasTime = w.hour !== 0 || w.minute !== 0 || w.second !== 0;
  const day = isRussian(locale)
    ? `${pad2(w.day)}.${pad2(w.month)}.${w.year}`
    : `${w.month}/${w.day}/${w.year}`;
  if (!hasTime) return day;
  return `${day} ${w.hour}:${pad2(w.minute)}${withSeconds ? `:${pad2(w.second)}` : ""}`;
}

export function displayValue(value: CellValue, locale: string, timeZone: string): string {
  if (value === "") return "";
  if (isDate(value)) return displayDate(value, locale, timeZone);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    const text = String(Number(value.toPrecision(15)));
    return isRussian(locale) ? text.replace(".", ",") : text;
  }
  return value;
}

/** Days since 1899-12-30 in the time zone, as Sheets stores dates (used for edit-event values). */
export function serialNumber(date: Date, timeZone: string): number {
  const w = wallTime(date, timeZone);
  const wallMs = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return (wallMs - Date.UTC(1899, 11, 30)) / 86400000;
}
