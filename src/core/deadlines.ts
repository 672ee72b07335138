/**
 * Rollout deadlines as orders write them: `До 01 сентября 2026`, `14.02.2020`, `Декабрь 2026` (a month
 * alone means its last day), `by 1 September 2026`. Text that names no date (`В течение года`,
 * `_________ 2026`) has no due date: one is never invented.
 */
import { type CalendarDate, daysInMonth, isRealDate, parseCalendarDate } from './dates';

// Month stems, Russian in any case (`сентября`, `Декабрь`) and English (`Sept`, `December`).
const MONTHS: [RegExp, number][] = [
  [/^(?:январ|jan)/, 1],
  [/^(?:феврал|feb)/, 2],
  [/^(?:март|mar)/, 3],
  [/^(?:апрел|apr)/, 4],
  [/^(?:ма[йя]|may)/, 5],
  [/^(?:июн|jun)/, 6],
  [/^(?:июл|jul)/, 7],
  [/^(?:август|aug)/, 8],
  [/^(?:сентябр|sep)/, 9],
  [/^(?:октябр|oct)/, 10],
  [/^(?:ноябр|nov)/, 11],
  [/^(?:декабр|dec)/, 12],
];

export const monthNumber = (word: string): number | null => {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  for (const [re, n] of MONTHS) if (re.test(w)) return n;
  return null;
};

/** What stands between the two dates of a range: `по`, `до`, a dash, `to`, `until`. */
const RANGE_TO = /^\s*(?:по|до|[-–—]|to|until|till|through)\s*$/i;

/** The due date a deadline text names, or null when it names none. */
export const parseDeadline = (text: string): CalendarDate | null => {
  const t = text.replace(/\u00a0/g, ' ').trim();
  // `До 01.09.2026`, `by 2026-10-15`: a numeric date anywhere in the text; of a range (`с 01.09.2026 по
  // 30.10.2026`), its end.
  const numeric = [...t.matchAll(/(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})/g)];
  if (numeric.length > 0) {
    const [first, second] = numeric as [RegExpExecArray, RegExpExecArray | undefined];
    const between = second ? t.slice(first.index + first[0].length, second.index) : '';
    return parseCalendarDate((second && RANGE_TO.test(between) ? second : first)[1]!);
  }
  // `1 сентября 2026`, `1-го сентября`, `September 1st, 2026`, `the 15th of October 2026`, `Декабрь 2026`.
  const re = /(?:(\d{1,2})(?:-?(?:го|е|ое|st|nd|rd|th))?\s+(?:of\s+)?)?([a-zа-яё]+)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?,?)?\s+(\d{4})/giu;
  // Of a range in words (`с 1 сентября 2026 по 30 октября 2026`, `Sept 2026 to June 2027`), its end.
  const found: { at: number; end: number; date: CalendarDate | null }[] = [];
  for (let m = re.exec(t); m !== null && found.length < 2; m = re.exec(t)) {
    const month = monthNumber(m[2]!);
    if (month === null) continue;
    const year = Number(m[4]);
    const dayText = m[1] ?? m[3];
    const day = dayText === undefined ? daysInMonth(year, month) : Number(dayText);
    found.push({ at: m.index, end: m.index + m[0].length, date: isRealDate(year, month, day) ? { year, month, day } : null });
  }
  const [first, second] = found;
  if (!first) return null;
  return second && RANGE_TO.test(t.slice(first.end, second.at)) ? second.date : first.date;
};
