/**
 * Time ranges as schools write them (`8.00-10.00`, `9.00 – 16.00`, `с 13-00 до 15-00`, `13:00 to 15:00`,
 * `9-11`), parsed into half-open minute intervals; a cell may hold several ranges, each with a room after it.
 */
import { fail, ok, type Result, type Text } from './problems';

/** [start, end) in minutes since midnight. Touching ranges do not overlap. */
export interface TimeRange {
  start: number;
  end: number;
}

/** A range found in a cell, with whatever text followed it (a room such as `каб. 21`). */
export interface RangeInCell {
  range: TimeRange;
  rest: string;
}

export const overlaps = (a: TimeRange, b: TimeRange): boolean => a.start < b.end && b.start < a.end;

export const intersect = (a: TimeRange, b: TimeRange): TimeRange | null =>
  overlaps(a, b) ? { start: Math.max(a.start, b.start), end: Math.min(a.end, b.end) } : null;

/** `a` minus `b`: zero, one or two pieces. */
export const subtract = (a: TimeRange, b: TimeRange): TimeRange[] => {
  if (!overlaps(a, b)) return [a];
  const pieces: TimeRange[] = [];
  if (a.start < b.start) pieces.push({ start: a.start, end: b.start });
  if (b.end < a.end) pieces.push({ start: b.end, end: a.end });
  return pieces;
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

const hhmm = (minutes: number): string => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
/** Every minute of a day and its end, written once: a large check writes two times per slot. */
const HHMM = Array.from({ length: 24 * 60 + 1 }, (_, m) => hhmm(m));

/** `HH:MM`, the machine form used in JSON and in sorting. */
export const formatTime = (minutes: number): string => HHMM[minutes] ?? hhmm(minutes);

/** `9.00`, the way Russian school orders write a time; used in messages to people. */
export const formatTimeForPeople = (minutes: number): string => `${Math.floor(minutes / 60)}.${pad2(minutes % 60)}`;

export const formatRange = (r: TimeRange): string => `${formatTimeForPeople(r.start)}–${formatTimeForPeople(r.end)}`;

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Dashes of every kind become `-`, non-breaking spaces become spaces; nothing else changes. */
const normalise = (text: string): string => text.replace(DASHES, '-').replace(/\u00a0/g, ' ');

// An English school's `3.30-4.30pm`, `9:00 AM - 1:00 PM`.
const MERIDIEM = String.raw`(?:\s*([ap])\.?\s?m\b\.?)?`;
// `с 13-00 до 15-00`, `from 9:00 to 11:30`, `13:00 to 15:00`: a worded range may use `-` inside a time.
const WORDED = String.raw`(?:(?:с|c|from|от)\s*)?(\d{1,2})(?:[.:\-](\d{2}))?${MERIDIEM}\s*(?:до|to|по|till|until)\s*(\d{1,2})(?:[.:\-](\d{2}))?${MERIDIEM}`;
// `8.00-10.00`, `14:30 - 16:00`, `9-11`, and `с 8.00-10.00` as some orders mix the two.
const DASHED = String.raw`(?:(?<!\p{L})(?:с|c|from|от)\s+)?(\d{1,2})(?:[.:](\d{2}))?${MERIDIEM}\s*-\s*(\d{1,2})(?:[.:](\d{2}))?${MERIDIEM}`;
const RANGE_PATTERN = `(?<![\\d.:])(?:${WORDED}|${DASHED})(?![\\d.:]*\\d)`;

/** Hours of a 12-hour clock: `pm` adds 12 (not to 12), `am` makes 12 midnight; a start without its own mark takes the end's when it can. */
const meridiemHours = (h1: string, ap1: string | undefined, h2: string, ap2: string | undefined): [string, string] => {
  const to24 = (h: number, ap: string | undefined) => (ap === undefined ? h : ap.toLowerCase() === 'p' ? (h % 12) + 12 : h % 12);
  const [start, end] = [Number(h1), Number(h2)];
  if (ap1 === undefined && ap2 === undefined) return [h1, h2];
  // `3.30-4.30pm` is afternoon throughout; `11-1pm` starts in the morning.
  const startMark = ap1 ?? (ap2 !== undefined && start <= end && start !== 12 ? ap2 : undefined);
  return [String(to24(start, startMark)), String(to24(end, ap2))];
};

const toMinutes = (hour: string, minute: string | undefined, source: string): Result<number> => {
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (h > 24 || (h === 24 && m > 0)) return fail((t) => t.timeNoSuchHour(source, h));
  if (m > 59) return fail((t) => t.timeNoSuchMinute(source, m));
  return ok(h * 60 + m);
};

const checkRange = (source: string, groups: (string | undefined)[]): Result<TimeRange> => {
  const [rawH1, m1, ap1, rawH2, m2, ap2] = groups;
  const [h1, h2] = meridiemHours(rawH1 ?? '', ap1, rawH2 ?? '', ap2);
  const start = toMinutes(h1 ?? '', m1, source);
  if (!start.ok) return start;
  const end = toMinutes(h2 ?? '', m2, source);
  if (!end.ok) return end;
  if (start.value === 24 * 60) return fail((t) => t.timeNoSuchHour(source, 24));
  if (end.value === start.value) return fail((t) => t.timeEmptyRange(source));
  if (end.value < start.value) return fail((t) => t.timeEndBeforeStart(source));
  return ok({ start: start.value, end: end.value });
};

interface Match {
  index: number;
  length: number;
  groups: (string | undefined)[];
}

// One compiled pattern for every cell; `lastIndex` is reset on each use (the scan is never re-entered).
const RANGE_RE = new RegExp(RANGE_PATTERN, 'giu');

const findRanges = (text: string): Match[] => {
  const re = RANGE_RE;
  re.lastIndex = 0;
  const found: Match[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const g = m.slice(1);
    // The worded form fills groups 1-6, the dashed form groups 7-12.
    found.push({ index: m.index, length: m[0].length, groups: g[0] !== undefined ? g.slice(0, 6) : g.slice(6, 12) });
  }
  return found;
};

const explainUnreadable = (source: string): Text => {
  if (/^\s*[=+@]/.test(source)) return (t) => t.timeFormula(source);
  if (/^\D*\d{1,2}(?:[.:]\d{2})?\D*$/.test(source)) return (t) => t.timeOnlyOneTime(source);
  return (t) => t.timeUnreadable(source);
};

const BREAK = /(?:обед|перерыв|break|lunch)\s*:?\s*$/i;
const BREAK_TAIL = /[\s(,;]*(?:обед|перерыв|break|lunch)\s*:?\s*$/i;

/**
 * The text after a range that may name its room: without the words that only join ranges or name the unit
 * (`9.00-11.00 и 14.00-16.00`, `с 9 до 12 ч.`), and without brackets left over around them.
 */
const roomOf = (text: string): string =>
  text
    .replace(/^[\s,;)]*(?:(?:и|and|ч|час(?:а|ов)?|hrs?|h)(?![\p{L}\d])\.?[\s,;)]*)*/u, '')
    .replace(/(?:[\s,;(]*(?<![\p{L}\d])(?:и|and))*[\s,;(]*$/u, '')
    .replace(/^\((.*)\)$/u, '$1')
    .trim();

/**
 * Every range in a cell, in order, each with the text after it up to the next range (its room). `before`
 * is the text in front of the first range: a day in a combined cell such as `ПН-ПТ 9.00-16.00`.
 */
export const parseTimeRanges = (cell: string): Result<{ before: string; ranges: RangeInCell[] }> => {
  const text = normalise(cell);
  const matches = findRanges(text);
  if (matches.length === 0) return fail(explainUnreadable(cell.trim()));
  const ranges: RangeInCell[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const next = matches[i + 1];
    const source = text.slice(m.index, m.index + m.length).trim();
    const checked = checkRange(source, m.groups);
    if (!checked.ok) return checked;
    const after = text.slice(m.index + m.length, next ? next.index : text.length);
    const previous = ranges[ranges.length - 1];
    // `9.00-16.00 (обед 12.00-13.00)`: a break is taken out of the range before it, not a slot of its own.
    if (previous && BREAK.test(previous.rest)) {
      const room = roomOf(previous.rest.replace(BREAK_TAIL, ''));
      ranges.splice(ranges.length - 1, 1, ...subtract(previous.range, checked.value).map((range) => ({ range, rest: room })));
      continue;
    }
    ranges.push({ range: checked.value, rest: roomOf(after) });
  }
  return ok({ before: text.slice(0, matches[0]!.index).trim(), ranges });
};

/** Exactly one range, with anything after it (a room) returned as `rest`. Text in front of it is refused. */
export const parseTimeRange = (cell: string): Result<RangeInCell> => {
  const parsed = parseTimeRanges(cell);
  if (!parsed.ok) return parsed;
  const { before, ranges } = parsed.value;
  if (before !== '') return fail(explainUnreadable(cell.trim()));
  if (ranges.length > 1) return fail((t) => t.timeSeveralRanges(cell.trim()));
  return ok(ranges[0]!);
};

/**
 * A Sheet in a Russian locale reads `9.05` typed into a cell as 9 May: the cell then holds a date, which
 * reaches us as `09.05.2026`. Such a date could have been a time, and the person must be told how to type it.
 */
const TIME_READ_AS_DATE = /^\s*(\d{2})\.(\d{2})\.\d{4}\s*$/;

/** A single time of day (`9.00`, `14:30`, `9`), for the separate start and end columns of a list. */
export const parseTimeOfDay = (cell: string): Result<number> => {
  const m = /^\s*(\d{1,2})(?:[.:-](\d{2}))?\s*$/.exec(normalise(cell));
  if (!m) {
    const date = TIME_READ_AS_DATE.exec(cell);
    if (date && Number(date[1]) <= 23) return fail((t) => t.timeReadAsDate(cell.trim(), `${Number(date[1])}:${date[2]}`));
    return fail((t) => t.timeUnreadable(cell.trim()));
  }
  return toMinutes(m[1]!, m[2], cell.trim());
};
