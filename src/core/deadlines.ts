/**
 * Rollout deadlines as orders write them: `До 01 сентября 2026`, `14.02.2020`, `Декабрь 2026` (a month
 * alone means its last day), `by 1 September 2026`. Text that names no date (`В течение года`,
 * `_________ 2026`) has no due date: one is never invented.
 */
import { type CalendarDate, daysInMonth, isRealDate, parseCalendarDate } from './dates';

// Each month as its full name in Russian and English; Russian stems take case endings (`сентября`).
const SOFT = ['ь', 'я', 'е', 'ю', 'ем'];
const HARD = ['', 'а', 'е', 'у', 'ом'];
const MONTHS: { ru: string; stem: string; endings: string[]; en: string }[] = [
  ['январь', 'январ', SOFT, 'january'],
  ['февраль', 'феврал', SOFT, 'february'],
  ['март', 'март', HARD, 'march'],
  ['апрель', 'апрел', SOFT, 'april'],
  ['май', 'ма', ['й', 'я', 'е', 'ю', 'ем'], 'may'],
  ['июнь', 'июн', SOFT, 'june'],
  ['июль', 'июл', SOFT, 'july'],
  ['август', 'август', HARD, 'august'],
  ['сентябрь', 'сентябр', SOFT, 'september'],
  ['октябрь', 'октябр', SOFT, 'october'],
  ['ноябрь', 'ноябр', SOFT, 'november'],
  ['декабрь', 'декабр', SOFT, 'december'],
].map(([ru, stem, endings, en]) => ({ ru: ru as string, stem: stem as string, endings: endings as string[], en: en as string }));

/**
 * The month a word names: a full name in any case, or its start of three letters or more (`сент`, `Sept`,
 * `дек`). A word that only begins like one (`Marking`, `Decide`, `Maybe`) names none.
 */
export const monthNumber = (word: string): number | null => {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  const k = MONTHS.findIndex(
    (m) => m.endings.some((e) => w === m.stem + e) || (w.length >= 3 && (m.ru.startsWith(w) || m.en.startsWith(w))),
  );
  return k < 0 ? null : k + 1;
};

/**
 * What stands between the two dates of a range, trimmed: `по`, `до`, a dash, `to`; a year word may come
 * first. (Matched on the trimmed text: spaces on both sides of an optional part backtrack badly.)
 */
const RANGE_TO = /^(?:(?:г\.?|года?|гг\.?)\s*)?(?:по|до|[-–—]|to|until|till|through)$/i;
/** `between 1 Sept 2026 and 30 Oct 2026`, `между … и …`: `and` joins a range only after these words. */
const BETWEEN = /(?:between|между)\s+$/i;
const AND = /^(?:(?:г\.?|года?)\s*)?(?:and|и)$/i;
/**
 * `приказ № 12 от 31.08.2026`, `letter dated 1 Sept 2026`: a document's date, not a deadline, unless a range
 * starts there. `от` alone is as often "from" (`от 01.09.2026 и далее`), so only after a document's name.
 */
const DATED = /(?:(?:приказ|распоряжени|письм|постановлени|решени|протокол|order|letter|decree)[^.;\d]{0,20}(?:№\s*[\w/-]+\s*)?\s(?:от|dated)|(?:^|\s)dated)\s*$/i;
const isDocumentDate = (t: string, f: Found): boolean => DATED.test(t.slice(Math.max(0, f.at - 60), f.at));

/** A deadline moved: the date after the last of these is the one that stands. */
const MOVED_TO = /(?:перенес[её]н[оа]?|перенесены|postponed|moved|rescheduled)\s+(?:на|to|until|till)\s+/gi;

/** Dates of a text in order: where each stands, and the date (null where it does not exist, `31.09.2026`). */
interface Found {
  at: number;
  end: number;
  date: CalendarDate | null;
}

const fullYear = (year: string): number => (year.length === 2 ? 2000 + Number(year) : Number(year));

/**
 * `01.09.2026`, `2026-10-15`, and `15.09.26` with two digits in each part (so a clause number `2.1.10` is
 * none), standing alone: not inside a longer number.
 */
const numericDates = (t: string): Found[] =>
  [...t.matchAll(/(?<![\d.])(?:(\d{1,2})([./])(\d{1,2})[./](\d{4})|(\d{2})([./])(\d{2})[./](\d{2})(?![./]?\d)|(\d{4}-\d{2}-\d{2}))(?!\d)/g)].map((m) => {
    const [day, sep, month, year] = m[1] !== undefined ? [m[1], m[2], m[3], m[4]] : [m[5], m[6], m[7], m[8]];
    const text = m[9] ?? `${day}${sep}${month}${sep}${fullYear(year!)}`;
    return { at: m.index, end: m.index + m[0].length, date: parseCalendarDate(text) };
  });

/**
 * `1 сентября 2026`, `1-го сентября`, `September 1st, 2026`, `the 15th of October 2026`, `Декабрь 2026`. The
 * month word may not start inside another word, so a long cell of letters costs one pass. What follows
 * the year is looked at, not taken: it may be a school year, or the next date of a range.
 */
const WORD_DATE =
  /(?:(\d{1,2})(?:-?(?:го|е|ое|st|nd|rd|th))?\s+(?:of\s+)?)?(?<![a-zа-яё])([a-zа-яё]+)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?,?)?\s+(\d{4})(?!\d)(?=(?:\s*[-/–—]\s*(\d{4}|\d{2})(?!\d)(-?(?:го|е|ое|st|nd|rd|th))?\.?\s*([a-zа-яё]*))?)/giu;

/** What may follow a school year: nothing, or a word for it (`уч. г.`, `учебного года`, `school year`). */
const SCHOOL_YEAR_WORD = /^(?:|уч\S*|г|гг|год\S*|school|academic|year|ay|sy)$/;

/**
 * A school year after a month (`май 2026-2027`, `May 2026/27`): the second year is the next one, written as
 * a year, and only a word for a school year follows (`1 марта 2026 - 30 апреля 2026` is a range, `Май 2026 -
 * 27 человек` and `Май 2026 - 27-го` a year alone).
 */
const schoolYearEnd = (year: number, next: string | undefined, ordinal: string | undefined, word: string | undefined): number | null => {
  if (next === undefined || ordinal !== undefined || !SCHOOL_YEAR_WORD.test(word ?? '')) return null;
  const end = fullYear(next);
  return end === year + 1 ? end : null;
};

const wordDates = (t: string): Found[] => {
  const found: Found[] = [];
  for (const m of t.matchAll(WORD_DATE)) {
    const month = monthNumber(m[2]!);
    if (month === null) continue;
    const end = schoolYearEnd(Number(m[4]), m[5], m[6], m[7]);
    const year = end !== null && month <= 8 ? end : Number(m[4]);
    const dayText = m[1] ?? m[3];
    const day = dayText === undefined ? daysInMonth(year, month) : Number(dayText);
    found.push({ at: m.index, end: m.index + m[0].length, date: isRealDate(year, month, day) ? { year, month, day } : null });
  }
  return found;
};

/** Whether `a` and `b` are the two ends of one range. */
const isRange = (t: string, a: Found, b: Found | undefined): b is Found => {
  if (!b) return false;
  const between = t.slice(a.end, b.at).trim();
  return RANGE_TO.test(between) || (AND.test(between) && BETWEEN.test(t.slice(0, a.at).replace(/(?:с|from)\s+$/i, '')));
};

/** The dates that may be the deadline: not a document's date, unless a range starts there. */
const candidates = (t: string, found: Found[]): Found[] => found.filter((f, i) => !isDocumentDate(t, f) || isRange(t, f, found[i + 1]));

/**
 * The due date of a text's dates: the end of a range of two (`с 01.09.2026 по 30.10.2026`), else the first
 * that is not a document's date (`Приказ № 12 от 31.08.23, срок до 15.09.2026`). Undefined: no date at all;
 * null: a date that does not exist (`31.09.2026`), which is not replaced by another.
 */
const dueOf = (t: string, found: Found[]): CalendarDate | null | undefined => {
  const [first, second] = candidates(t, found);
  if (!first) return undefined;
  return isRange(t, first, second) ? second.date : first.date;
};

/** Numeric dates if the text has any that count, else dates in words (undefined and null as in dueOf). */
const datesIn = (t: string): CalendarDate | null | undefined => {
  const numeric = dueOf(t, numericDates(t));
  return numeric !== undefined ? numeric : dueOf(t, wordDates(t));
};

/**
 * The due date a deadline text names (null when it names none), and whether the date it names cannot
 * exist (`31.09.2026`): a slip the school should hear of, since the task then has no due date at all.
 */
export const readDeadline = (text: string): { due: CalendarDate | null; impossible: boolean } => {
  const t = text.replace(/\u00a0/g, ' ').trim();
  // `до 15.08.2026 (перенесено на 01.09.2026, затем перенесено на осень)`: the date of the last move that
  // names one. Found with one reading of the text, however many moves it holds.
  const dates = [...candidates(t, numericDates(t)), ...candidates(t, wordDates(t))];
  const lastDate = dates.reduce((at, d) => Math.max(at, d.at), -1);
  let move = -1;
  for (const m of t.matchAll(MOVED_TO)) if (m.index + m[0].length <= lastDate) move = m.index + m[0].length;
  const moved = move >= 0 ? datesIn(t.slice(move)) : undefined;
  const due = moved !== undefined ? moved : datesIn(t);
  return { due: due ?? null, impossible: due === null };
};

/** The due date a deadline text names, or null when it names none. */
export const parseDeadline = (text: string): CalendarDate | null => readDeadline(text).due;
