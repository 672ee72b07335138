/**
 * Cell addresses and cell text: A1 references as Sheets writes them (`График!C7`, `'План внедрения'!B3`),
 * and the text of any cell value, so parsers work the same on typed numbers, dates and strings.
 */
import type { CellValue } from './workbook';

export const columnLetters = (column0: number): string => {
  let n = column0 + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/** Sheets quotes a tab name that is not a plain word (spaces, punctuation) in A1 notation. */
export const quoteTabName = (tab: string): string =>
  /^[\p{L}\p{N}_]+$/u.test(tab) ? tab : `'${tab.replace(/'/g, "''")}'`;

/** `row0`/`column0` are 0-based indexes into `Tab.rows`; the reference is 1-based like the Sheet. */
export const cellRef = (tab: string, row0: number, column0: number): string =>
  `${quoteTabName(tab)}!${columnLetters(column0)}${row0 + 1}`;

/** `cellRef` for one tab, its `Tab!C` part written once per column: a reader names a cell on every row. */
export const cellRefsIn = (tab: string): ((row0: number, column0: number) => string) => {
  const prefixes: string[] = [];
  return (row0, column0) => {
    let prefix = prefixes[column0];
    if (prefix === undefined) {
      prefix = `${quoteTabName(tab)}!${columnLetters(column0)}`;
      prefixes[column0] = prefix;
    }
    // Joined, not concatenated: `+` makes a two-piece string from 13 characters on, which every later
    // use (the JSON, a comparison) must copy into one piece; half a million references are copied once here.
    return [prefix, row0 + 1].join('');
  };
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

// Making a formatter costs fifty times what using one does: one per zone, kept.
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();
const formatterIn = (timeZone: string): Intl.DateTimeFormat => {
  let f = FORMATTERS.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short' });
    FORMATTERS.set(timeZone, f);
  }
  return f;
};

/** Calendar fields of a moment as seen in a time zone (Sheets hands dates over in the Sheet's zone). */
export const zonedParts = (date: Date, timeZone: string) => {
  const parts = formatterIn(timeZone).formatToParts(date);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const weekday = parts.find((p) => p.type === 'weekday')?.value ?? 'Mon';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), weekday };
};

/**
 * The text a parser should read in a cell. Sheets turns `14.30` typed in an English locale into the number
 * 14.3 and `9:00` into a time-of-day Date on 1899-12-30, so both are turned back into what was typed.
 */
export const cellText = (value: CellValue | null | undefined, timeZone = 'UTC'): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (Number.isNaN(value.getTime())) return '';
  const p = zonedParts(value, timeZone);
  if (p.year < 1900) return `${pad2(p.hour)}:${pad2(p.minute)}`;
  return `${pad2(p.day)}.${pad2(p.month)}.${p.year}`;
};

/**
 * A time a cell holds as a fraction of a day (`0.375`), as a Sheet or Excel keeps a time typed into a cell of
 * number format: `09:00`. Null for any other value.
 */
export const dayFractionTime = (value: CellValue | null | undefined): string | null => {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) return null;
  const minutes = Math.round(value * 1440);
  return minutes < 1440 ? `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}` : null;
};

/**
 * The text without the characters `chars` matches (one at a time) at its end, and at its start unless
 * `endOnly`. A loop: a pattern anchored at the end backtracks badly on a long run of such characters.
 */
export const trimChars = (text: string, chars: RegExp, endOnly = false): string => {
  let start = 0;
  let end = text.length;
  while (!endOnly && start < end && chars.test(text[start]!)) start++;
  while (end > start && chars.test(text[end - 1]!)) end--;
  return text.slice(start, end);
};

export const isBlank = (value: CellValue | null | undefined): boolean => cellText(value).trim() === '';

/** Anything folding would change once lower-cased: ё, punctuation, other spaces, doubled or outer spaces. */
const UNFOLDED = /[ё.:;*()"«»]|[^\S ]| {2}|^ | $/;

/** Case, spacing, ё/е and punctuation folded, so `Вид помощи:` and `вид  помощи` are one header. */
export const foldText = (text: string): string => {
  const lower = text.toLowerCase();
  // Most names need nothing but lower case; one test is cheaper than four replacements.
  if (!UNFOLDED.test(lower)) return lower;
  return lower
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .replace(/[.:;*()"«»]/g, '')
    .trim();
};

/** A header folded: also without question marks (`Active?`, `Админ?`), which say nothing of the column. Not for values. */
export const foldHeader = (text: string): string => foldText(text.includes('?') ? text.replace(/\?/g, ' ') : text);

/** `AA` → 26: a column's letters as its 0-based number. */
export const columnOfLetters = (letters: string): number => {
  let column = 0;
  for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column - 1;
};

/** `'План внедрения'!B3` → the tab and 0-based row and column; null for anything else. */
export const parseCellRef = (ref: string): { tab: string; row: number; column: number } | null => {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  return { tab: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, row: Number(m[4]) - 1, column: columnOfLetters(m[3]!) };
};
