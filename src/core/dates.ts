/**
 * Calendar dates without a clock: `24.11.2026`, `2026-11-24` or a Sheets date value, read in the school's
 * time zone. Core never asks what day it is; callers pass dates in.
 */
import { zonedParts } from './cells';
import { type Day, weekdayOf } from './days';
import type { CellValue } from './workbook';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export const isoDate = (d: CalendarDate): string => `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;

/** `dd.MM.yyyy`, how Russian schools write a date (and the format the summaries use). */
export const formatDate = (d: CalendarDate): string => `${pad2(d.day)}.${pad2(d.month)}.${d.year}`;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const isRealDate = (year: number, month: number, day: number): boolean =>
  year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/**
 * `24.11.2026`, `24.11.26`, `24/11/2026`, `2026-11-24`; anything else is null. Day first, as Russian and British
 * schools write; a slashed date that cannot be day first (`11/15/2026`) is an American one, month first.
 */
export const parseCalendarDate = (text: string): CalendarDate | null => {
  const t = text.trim();
  let m = /^(\d{1,2})([./])(\d{1,2})[./](\d{4}|\d{2})(?:\s+г\.?)?$/.exec(t);
  if (m) {
    // `24.11.26`: a school's year is this century's.
    const [d, mo, y] = [Number(m[1]), Number(m[3]), m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4])];
    if (isRealDate(y, mo, d)) return { year: y, month: mo, day: d };
    return m[2] === '/' && isRealDate(y, d, mo) ? { year: y, month: d, day: mo } : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? { year: y, month: mo, day: d } : null;
  }
  return null;
};

/** The date a cell holds: a Sheets date (seen in the Sheet's zone) or text in one of the formats above. */
export const dateFromCell = (value: CellValue, timeZone: string): CalendarDate | null => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const p = zonedParts(value, timeZone);
    return { year: p.year, month: p.month, day: p.day };
  }
  return typeof value === 'string' ? parseCalendarDate(value) : null;
};

export const weekdayOfDate = (d: CalendarDate): Day => weekdayOf(d.year, d.month, d.day);

export const addDays = (d: CalendarDate, days: number): CalendarDate => {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};

export const compareDates = (a: CalendarDate, b: CalendarDate): number =>
  a.year - b.year || a.month - b.month || a.day - b.day;
