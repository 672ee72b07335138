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
  /** The same duty goes on in the next range, after a break. */
  continued?: true;
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

/**
 * A unit or a half of the day after a number belongs to the time when the number is one end of a range: a
 * dash or `до` follows it, or it follows one (`8ч-12ч, 13ч-17ч`, `с 9 утра до 1 дня`). After any other
 * number (`9-11, 2 дня`, `(2 часа)`) it is a count. Each pattern starts with a digit, a dash or `до`, so a
 * long run of spaces is passed once.
 */
const UNIT = String.raw`ч(?:ас(?:а|ов)?)?\.?`;
const HALF = '(утра|ночи|дня|вечера)';
const RANGE_NEXT = String.raw`(?=\s*(?:-|(?:до|по)\s))`;
const AFTER_RANGE_WORD = String.raw`((?:-|(?<!\p{L})(?:до|по))\s*\d{1,2}(?:[.:]\d{2})?)`;
const HOUR_UNIT_BEFORE_DASH = new RegExp(String.raw`(\d{1,2}(?:[.:]\d{2})?)\s*${UNIT}${RANGE_NEXT}`, 'giu');
const HOUR_UNIT_AFTER_DASH = new RegExp(String.raw`${AFTER_RANGE_WORD}\s*${UNIT}(?![\p{L}/])`, 'giu');
// `9 часов утра`, `9 ч. утра`: the unit before a half of the day goes with it.
const DAY_HALF_BEFORE_DASH = new RegExp(String.raw`(\d{1,2}(?:[.:]\d{2})?)\s*(?:${UNIT}\s*)?${HALF}${RANGE_NEXT}`, 'giu');
const DAY_HALF_AFTER_DASH = new RegExp(String.raw`${AFTER_RANGE_WORD}\s*(?:${UNIT}\s*)?${HALF}(?!\p{L})`, 'giu');
const asMeridiem = (half: string): string => (/^(?:утра|ночи)$/i.test(half) ? 'am' : 'pm');

/**
 * Dashes of every kind become `-`, non-breaking spaces become spaces, an English `noon` or `midday`
 * as a time (`9am - 12 noon`, `noon-2pm`, `10 - midday`) becomes `12 pm`; in other words (`Midday club`) it
 * stays as written. `утра`, `дня`, `вечера` after a number are am and pm.
 */
const normalise = (text: string): string =>
  text
    .replace(DASHES, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\b12(?:[.:]00)?\s*(?:noon|midday)\b/gi, '12 pm')
    .replace(/(^|[-–—]\s*|\b(?:to|from|until|till)\s+)(?:noon|midday)\b/gi, '$112 pm')
    .replace(/\b(?:noon|midday)(?=\s*(?:-|\bto\b|\buntil\b|\btill\b))/gi, '12 pm')
    // `9,00-11,00`, `с 9,30 до 11,00`: a decimal comma on both sides, as a Russian keyboard's number pad types it.
    .replace(/(?<![\d.,-])(\d{1,2}),(\d{2})(\s*(?:-|до|по|to)\s*)(\d{1,2}),(\d{2})(?![\d,-])/g, '$1.$2$3$4.$5')
    // `14ч30`, `с 8 ч. до 10 ч.`, `8ч-10ч`, `9:00:00`: the hour's letter and a Sheet's seconds say nothing more.
    .replace(/(\d{1,2})ч(\d{2})(?!\d)/g, '$1.$2')
    .replace(HOUR_UNIT_BEFORE_DASH, '$1')
    .replace(HOUR_UNIT_AFTER_DASH, '$1')
    .replace(/(\d{1,2}:\d{2}):00(?![\d:])/g, '$1')
    // `с 8 до 10 вечера`, `с 9 утра до 1 дня`: the Russian halves of the day, as am and pm.
    .replace(DAY_HALF_BEFORE_DASH, (_m, time: string, half: string) => `${time} ${asMeridiem(half)}`)
    .replace(DAY_HALF_AFTER_DASH, (_m, time: string, half: string) => `${time} ${asMeridiem(half)}`);

// An English school's `3.30-4.30pm`, `9:00 AM - 1:00 PM`.
const MERIDIEM = String.raw`(?:\s*([ap])\.?\s?m\b\.?)?`;
// `с 13-00 до 15-00`, `from 9:00 to 11:30`, `13:00 to 15:00`: a worded range may use `-` inside a time.
const WORDED = String.raw`(?:(?:с|c|from|от)\s*)?(\d{1,2})(?:[.:\-](\d{2}))?${MERIDIEM}\s*(?:до|to|по|till|until)\s*(\d{1,2})(?:[.:\-](\d{2}))?${MERIDIEM}`;
// `8.00-10.00`, `14:30 - 16:00`, `9-11`, and `с 8.00-10.00` as some orders mix the two.
const DASHED = String.raw`(?:(?<!\p{L})(?:с|c|from|от)\s+)?(\d{1,2})(?:[.:](\d{2}))?${MERIDIEM}\s*-\s*(\d{1,2})(?:[.:](\d{2}))?${MERIDIEM}`;
// `13-00 - 15-00`, `8-30 - 10-15`: minutes after a hyphen on both sides, the range's own dash between. When
// the four numbers read as two rising ranges of whole hours (`9-11 - 13-15`), they are those (wholeHours).
const HYPHENED = String.raw`(?:(?<!\p{L})(?:с|c|from|от)\s+)?(\d{1,2})-(\d{2})\s*-\s*(\d{1,2})-(\d{2})`;
const RANGE_PATTERN = `(?<![\\d.:])(?:${WORDED}|${HYPHENED}|${DASHED})(?![\\d.:]*\\d)`;
const PLAIN_PATTERN = `(?<![\\d.:])(?:${WORDED}|${DASHED})(?![\\d.:]*\\d)`;

/**
 * Hours of a 12-hour clock: `pm` adds 12 (not to 12), `am` makes 12 midnight. A start without its own mark
 * takes whichever half of the day puts it closest before the end: `3.30-4.30pm` is afternoon throughout,
 * `11-1pm` and `10-12pm` start in the morning.
 */
const to24 = (h: number, ap: string) => (ap.toLowerCase() === 'p' ? (h % 12) + 12 : h % 12);

/** A 12-hour clock runs from 1 to 12: `14:00 am` or `0 pm` is a mistake to show; `14:00 pm` says the same twice. */
const isTwelveHour = (hour: string, ap: string | undefined): boolean =>
  ap === undefined || (Number(hour) >= 1 && Number(hour) <= 12) || (ap.toLowerCase() === 'p' && Number(hour) >= 13 && Number(hour) <= 23);

/** An hour from 1 to 6 written without a leading zero: at a school, an afternoon hour on a 12-hour clock. */
const smallHour = (h: string): boolean => /^[1-6]$/.test(h);

/**
 * Hours without am or pm, as an English school writes the afternoon: no help desk opens at night, so
 * `1.30-3.00` is 13.30-15.00, and `12.30-1.30` or `11-1` run past noon. `01.30` with its zero, or `5-7`,
 * stay as written.
 */
const schoolHours = (h1: string, m1: string | undefined, h2: string, m2: string | undefined): [string, string] => {
  if (smallHour(h1) && smallHour(h2)) return [String(Number(h1) + 12), String(Number(h2) + 12)];
  const endsBefore = Number(h2) * 60 + Number(m2 ?? 0) <= Number(h1) * 60 + Number(m1 ?? 0);
  if (smallHour(h2) && endsBefore && Number(h1) <= 12) return [h1, String(Number(h2) + 12)];
  return [h1, h2];
};

const meridiemHours = (h1: string, m1: string | undefined, ap1: string | undefined, h2: string, m2: string | undefined, ap2: string | undefined): [string, string] => {
  if (ap1 === undefined && ap2 === undefined) return schoolHours(h1, m1, h2, m2);
  if (ap1 !== undefined && ap2 === undefined) {
    // `11am-1`, `noon to 1:30`: an end without its own mark is the first such hour after the start.
    const start = to24(Number(h1), ap1) * 60 + Number(m1 ?? 0);
    const later = [Number(h2), Number(h2) + 12].find((h) => h <= 24 && h * 60 + Number(m2 ?? 0) > start);
    return [String(to24(Number(h1), ap1)), String(later ?? Number(h2))];
  }
  const end = ap2 === undefined ? Number(h2) : to24(Number(h2), ap2);
  if (ap1 !== undefined) return [String(to24(Number(h1), ap1)), String(end)];
  const endMinutes = end * 60 + Number(m2 ?? 0);
  const before = ['p', 'a'].map((ap) => to24(Number(h1), ap)).filter((h) => h * 60 + Number(m1 ?? 0) < endMinutes);
  return [String(before.length > 0 ? Math.max(...before) : Number(h1)), String(end)];
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
  if (!isTwelveHour(rawH1 ?? '', ap1) || !isTwelveHour(rawH2 ?? '', ap2)) return fail((t) => t.timeUnreadable(source));
  const [h1, h2] = meridiemHours(rawH1 ?? '', m1, ap1, rawH2 ?? '', m2, ap2);
  const start = toMinutes(h1 ?? '', m1, source);
  if (!start.ok) return start;
  const end = toMinutes(h2 ?? '', m2, source);
  if (!end.ok) return end;
  return rangeOfTimes(start.value, end.value, source);
};

interface Match {
  index: number;
  length: number;
  groups: (string | undefined)[];
}

// One compiled pattern for every cell; `lastIndex` is reset on each use (the scan is never re-entered).
const RANGE_RE = new RegExp(RANGE_PATTERN, 'giu');
const PLAIN_RE = new RegExp(PLAIN_PATTERN, 'giu');

/**
 * `9-11 - 13-15`: four numbers that rise as two ranges of whole hours are not two times with minutes; nor
 * are two ranges of hours that make no range as times (`14-16 - 9-11`).
 */
const wholeHours = (g: readonly (string | undefined)[]): boolean => {
  const [a, b, c, d] = g.map(Number) as [number, number, number, number];
  const rising = a < b && b <= c && c < d && d <= 24;
  const asHours = a < b && b <= 24 && c < d && d <= 24;
  const asTimes = b <= 59 && d <= 59 && c * 60 + d > a * 60 + b;
  return rising || (asHours && !asTimes);
};

// `каб. 2-14`, `ауд. 3-05`: numbers right after a room word are the room, not hours. Tested on the few
// characters before a match, not in the pattern: a look-behind there rescanned long runs of spaces.
const ROOM_WORD_BEFORE = /(?:^|[^\p{L}])(?:каб|кабинет|ауд|аудитория|room|rm)\.?\s{0,3}$|[№#]\s{0,3}$/iu;

// `(уроки 3-4)`, `для 1-4 кл.`, `кабинеты 14-15`, `тел. 22-33`: numbers of lessons, classes, rooms or a phone, not
// hours. English names the class before its numbers (`Years 7-9`).
const NOT_HOURS_BEFORE = /(?:^|[^\p{L}])(?:для|уроки|урок|тел|телефон|кабинеты|аудитории|классы|этажи|lessons?|periods?|grades?|years?|tel|phone)\.?\s{0,3}$/iu;
// `(5-9 классы)`, `1-4 кл.`, `3-4 уроки`, `(1-2 этаж)`: a class's, a lesson's or a floor's numbers before the word,
// whole numbers only (`13.00-13.45 классный час`, `9-11 Класс 5А` are hours; `8-9 этаж 2` is hours on floor 2).
const NOT_HOURS_AFTER = /^\s{0,3}(?:класс(?:ы|ов|ам|ах)|кл(?!\.?\s*(?:час|рук))\.?|урок(?:и|а|ов)?|(?:этаж(?:и|а|ей)?|floors?)(?!\p{L}\s*\d|\s*\d))(?!\p{L})/iu;

/**
 * `(с 15.09 по 20.12)`, `01.09-25.12`, `(01.09-20.10)`: a period of dates written day.month, not hours. Only
 * where a time cannot be meant: a day past 24; `с … по …` (as dates are spanned) with a month of 01-12 that a
 * time's minutes seldom are (not a multiple of five), or read as hours no school keeps (from before 7 or past 21:
 * `с 01.10 по 20.10`, `с 05.10 по 20.10`); alone in brackets, also after a leading zero.
 * `09.10-10.10` and `с 09.10 по 10.10` stay a lesson's hours.
 */
const isDatePeriod = (source: string, [h1, m1, ap1, h2, m2, ap2]: readonly (string | undefined)[], bracketed: boolean): boolean => {
  if (m1 === undefined || m2 === undefined || ap1 !== undefined || ap2 !== undefined || source.includes(':')) return false;
  const [d1, d2, mo1, mo2] = [h1, h2, m1, m2].map(Number) as [number, number, number, number];
  if (!(d1 >= 1 && d1 <= 31 && d2 >= 1 && d2 <= 31 && mo1 >= 1 && mo1 <= 12 && mo2 >= 1 && mo2 <= 12)) return false;
  if (d1 > 24 || d2 > 24) return true;
  const monthLike = mo1 % 5 !== 0 || mo2 % 5 !== 0;
  const noSchoolHours = d1 < 7 || d2 > 21 || (d2 === 21 && mo2 > 0);
  return (/(?<!\p{L})по(?!\p{L})/iu.test(source) && (monthLike || noSchoolHours)) || (bracketed && (monthLike || noSchoolHours || h1!.startsWith('0')));
};

/** Whether the numbers found are something other than hours, by the words around them or a phone's next hyphen. */
const notHours = (text: string, index: number, length: number, bare: boolean): boolean => {
  const end = index + length;
  if (/^-\d/.test(text.slice(end, end + 2)) || (index >= 2 && /\d-$/.test(text.slice(index - 2, index)))) return true;
  if (!bare) return false;
  if (index > 0 && NOT_HOURS_BEFORE.test(text.slice(Math.max(0, index - 16), index))) return true;
  return NOT_HOURS_AFTER.test(text.slice(end, end + 24));
};

const findRanges = (text: string): Match[] => {
  const re = RANGE_RE;
  re.lastIndex = 0;
  const found: Match[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // Most cells start with their range: nothing before it to test.
    if (m.index > 0 && ROOM_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const g = m.slice(1);
    // Whole numbers on both sides (no minutes in any form's groups): what a class or a lesson is numbered by.
    const bare = [1, 4, 7, 9, 11, 14].every((k) => g[k] === undefined);
    if (notHours(text, m.index, m[0].length, bare)) continue;
    if (g[6] !== undefined && wholeHours(g.slice(6, 10))) {
      // The same place read without the hyphened form: the first range of whole hours.
      PLAIN_RE.lastIndex = m.index;
      const plain = PLAIN_RE.exec(text);
      if (plain && plain.index === m.index) {
        const p = plain.slice(1);
        found.push({ index: plain.index, length: plain[0].length, groups: p[0] !== undefined ? p.slice(0, 6) : p.slice(6, 12) });
        re.lastIndex = plain.index + plain[0].length;
        continue;
      }
    }
    // The worded form fills groups 1-6, the hyphened 7-10 (no am or pm), the dashed form groups 11-16.
    const groups = g[0] !== undefined ? g.slice(0, 6) : g[6] !== undefined ? [g[6], g[7], undefined, g[8], g[9], undefined] : g.slice(10, 16);
    // `(01.09-20.10)`: alone in brackets after the hours, as a note of when.
    const bracketed = /\(\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^\s*\)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    if (isDatePeriod(m[0], groups, bracketed)) continue;
    found.push({ index: m.index, length: m[0].length, groups });
  }
  return found;
};

const explainUnreadable = (source: string): Text => {
  // `#DIV/0!`, `#REF!`: what a Sheet shows of a formula that failed is a formula's, not a time with one number.
  if (/^\s*(?:[=+@]|#(?:DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|ERROR!))/i.test(source)) return (t) => t.timeFormula(source);
  if (/^\D*\d{1,2}(?:[.:]\d{2})?\D*$/.test(source)) return (t) => t.timeOnlyOneTime(source);
  return (t) => t.timeUnreadable(source);
};

const BREAK_WORDS = new Set(['обед', 'обеда', 'обедом', 'перерыв', 'перерыва', 'перерывом', 'перемена', 'перемены', 'break', 'lunch', 'recess']);
// Words that may stand before a break's name: `с перерывом`, `кроме обеда`, `обеденный перерыв`, `большая перемена`.
const BREAK_LEADS = new Set(['с', 'со', 'кроме', 'без', 'на', 'перерыв', 'перерыва', 'перерывом', 'обеденный', 'большая', 'тех', 'технический', 'lunch', 'with', 'for', 'break']);
const JOINERS = new Set(['и', 'and']);
const UNITS = /^(?:ч|час(?:а|ов)?|hrs?|hours?)\.?$/iu;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\d]/u.test(ch);
const isEdge = (ch: string | undefined): boolean => ch !== undefined && /[\s,;:]/u.test(ch);

/** The last word of a text and where it starts (scanning back from the end: linear on any text). */
const lastWord = (text: string): { word: string; at: number } => {
  let at = text.length;
  while (at > 0 && isWordChar(text[at - 1])) at--;
  return { word: text.slice(at).toLowerCase(), at };
};

/**
 * The text after a range that may name its room: without the words that only join ranges (`9.00-11.00 и
 * 14.00-16.00`) or name the unit (`с 9 до 12 ч.`), and without brackets left over around them. Scans by
 * hand from both ends: a pattern anchored only at the end backtracks badly on a long pasted cell.
 */
const roomOf = (text: string): string => {
  let start = 0;
  let end = text.length;
  for (;;) {
    const before = [start, end];
    while (start < end && (isEdge(text[start]) || text[start] === ')')) start++;
    while (end > start && (isEdge(text[end - 1]) || text[end - 1] === '(')) end--;
    const first = /^[\p{L}\d]+/u.exec(text.slice(start, Math.min(end, start + 8)))?.[0];
    // A joining word stands alone: `и. о.` (acting) is not one.
    const after = text[start + (first?.length ?? 0)];
    if (first !== undefined && JOINERS.has(first.toLowerCase()) && !isWordChar(after) && after !== '.') start += first.length;
    const { word, at } = lastWord(text.slice(start, end));
    if (JOINERS.has(word) && (at === 0 || !isWordChar(text[start + at - 1]))) end = start + at;
    if (before[0] === start && before[1] === end) break;
  }
  let room = text.slice(start, end);
  // `9-11 - 13-15`: the dash between two ranges joins them, as `и` does.
  if (UNITS.test(room) || /^[-–—/]$/.test(room)) return '';
  // `8.00-10.00 - каб. 5`, `/ каб. 5`: a dash or slash before the room only separates it from the hours.
  if (/^[-–—/]\s/.test(room)) room = room.slice(1).trim();
  // `(каб. 5)` whole in brackets: the room inside; `(2 этаж) каб. 5 (корпус Б)` stays as written.
  if (room.startsWith('(') && room.endsWith(')') && !/[()]/.test(room.slice(1, -1))) room = room.slice(1, -1).trim();
  return room;
};

/**
 * `… (обед`, `…, перерыв:`, `… (с перерывом`: the text before a range that makes it a break, the room written
 * before it, and whether the break is named in brackets (a note about the hours, never a duty of its own).
 */
const breakBefore = (rest: string): { room: string; bracketed: boolean; word: string } | null => {
  const { word, at } = lastWord(rest);
  if (!BREAK_WORDS.has(word)) return null;
  let head = rest.slice(0, at).trimEnd();
  for (let lead = lastWord(head); lead.word !== '' && BREAK_LEADS.has(lead.word); lead = lastWord(head)) head = head.slice(0, lead.at).trimEnd();
  const bracketed = head.endsWith('(');
  return { room: roomOf(bracketed ? head.slice(0, -1) : head), bracketed, word };
};

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
    // `9.00-16.00 (обед 12.00-13.00)`: a break inside the hours before it is taken out of them, not a slot
    // of its own. In a rota (`Break 10:40-11:00 Yard; Lunch 12:30-13:00 Canteen`) it is a duty like any. A
    // break in brackets at the edge of the hours is cut off them too; outside them, a staff lunch or rest in
    // brackets (`9-12, 13-17 (обед 12-13)`), or any break between the cell's own hours, is left out, while a
    // recess (`(перемена 10.00-10.15)`) or a rota's lunch apart from them may well be a duty.
    const pause = previous ? breakBefore(previous.rest) : null;
    const within = previous !== undefined && previous.range.start < checked.value.start && checked.value.end < previous.range.end;
    // Only for a break in brackets: whether the cell's own hours end where it starts, and start where it ends.
    const endsAt = pause?.bracketed === true && ranges.some((r) => r.range.end === checked.value.start);
    const startsAt = pause?.bracketed === true && ranges.some((r) => r.range.start === checked.value.end);
    const offDuty =
      previous !== undefined &&
      pause?.bracketed === true &&
      (overlaps(previous.range, checked.value) ||
        // A break filling the gap between the cell's own hours (`8-12, 13-16 (lunch 12-13)`) is the day's break.
        (endsAt && startsAt) ||
        /^(?:обед|перерыв)/.test(pause.word) ||
        // An English lunch or break at the edge of the hours (`9:00-12:00 (lunch 12:00-13:00)`) ends them.
        ((endsAt || startsAt) && /^(?:lunch|break)/.test(pause.word)));
    if (previous && pause && (within || offDuty)) {
      // The text after the break goes on: `каб. 14 (обед 12-13); СБ 9-12` keeps Saturday's group.
      const room = [pause.room, roomOf(after)].filter((t) => t !== '').join(' ');
      const pieces = overlaps(previous.range, checked.value) ? subtract(previous.range, checked.value) : [previous.range];
      // A break that swallows the whole of the hours before it (`10-11 (обед 9-12)`) takes nothing out of them.
      if (pieces.length === 0) continue;
      // The pieces are one duty: only the last one's text may start the next group of days.
      ranges.splice(ranges.length - 1, 1, ...pieces.map((range, k): RangeInCell => (k < pieces.length - 1 ? { range, rest: room, continued: true } : { range, rest: room })));
      continue;
    }
    ranges.push({ range: checked.value, rest: roomOf(after) });
  }
  // `8.00-10.00, 14.00-16.00 каб. 5`: one room after all the ranges is the room of each.
  const last = ranges[ranges.length - 1];
  if (last && last.rest !== '' && ranges.length > 1 && ranges.every((r) => r === last || r.rest === '')) for (const r of ranges) r.rest = last.rest;
  return ok({ before: text.slice(0, matches[0]!.index).trim(), ranges });
};

/** Exactly one range, with anything after it (a room) returned as `rest`. Text in front of it is refused. */
export const parseTimeRange = (cell: string): Result<RangeInCell> => {
  const parsed = parseTimeRanges(cell);
  if (!parsed.ok) return parsed;
  const { before, ranges } = parsed.value;
  if (before !== '') return fail(explainUnreadable(cell.trim()));
  if (ranges.length > 1) return fail((t) => t.timeSeveralRanges(cell.trim()));
  const [only] = ranges;
  return only ? ok(only) : fail(explainUnreadable(cell.trim()));
};

/**
 * A Sheet in a Russian locale reads `9.05` typed into a cell as 9 May: the cell then holds a date, which
 * reaches us as `09.05.2026`. Such a date could have been a time, and the person must be told how to type it.
 */
const TIME_READ_AS_DATE = /^\s*(\d{2})\.(\d{2})\.\d{4}\s*$/;

/** A time of day as written in a cell of its own: the hour, the minutes and any am/pm mark, and the time it reads as alone. */
export interface TimeOfDay {
  hour: string;
  minute: string | undefined;
  meridiem: string | undefined;
  /** Minutes since midnight, the mark applied. */
  minutes: number;
}

/** A single time of day (`9.00`, `14:30`, `9`, and `9:00:00` or `9:00 AM` as a Sheet's export writes them), for the separate start and end columns of a list. */
export const readTimeOfDay = (cell: string): Result<TimeOfDay> => {
  const text = cell.trim();
  if (text === '') return fail((t) => t.timeOfDayMissing());
  const m = /^(\d{1,2})(?:[.:,-](\d{2})(?::00)?)?(?:\s*([ap])\.?\s?m\.?)?$/i.exec(normalise(text));
  if (!m || !isTwelveHour(m[1]!, m[3])) {
    const date = TIME_READ_AS_DATE.exec(cell);
    if (date && Number(date[1]) <= 23) return fail((t) => t.timeReadAsDate(text, `${Number(date[1])}:${date[2]}`));
    if (/^[=+@]/.test(text)) return fail((t) => t.timeFormula(text));
    return fail((t) => t.timeOfDayUnreadable(text));
  }
  const checked = toMinutes(m[3] === undefined ? m[1]! : String(to24(Number(m[1]), m[3])), m[2], text);
  return checked.ok ? ok({ hour: m[1]!, minute: m[2], meridiem: m[3], minutes: checked.value }) : checked;
};

/**
 * The range between a start and an end written in cells of their own, held to the checks a written range
 * gets: a mark on one of them only (`3.30` to `4.30 pm`) is read as in `3.30-4.30pm`, afternoon throughout.
 */
export const rangeOfTimeCells = (start: TimeOfDay, end: TimeOfDay, source: string): Result<TimeRange> =>
  checkRange(source, [start.hour, start.minute, start.meridiem, end.hour, end.minute, end.meridiem]);

/** A start and an end in minutes as a range: the checks every written range gets (one hour 24, empty, reversed). */
const rangeOfTimes = (start: number, end: number, source: string): Result<TimeRange> => {
  if (start === 24 * 60) return fail((t) => t.timeNoSuchHour(source, 24));
  if (end === start) return fail((t) => t.timeEmptyRange(source));
  if (end < start) return fail((t) => t.timeEndBeforeStart(source));
  return ok({ start, end });
};
