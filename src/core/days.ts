/**
 * Weekdays as schools write them: `понедельник`, `ПОН`, `ПН`, `Monday`, `Mon`, `M`, ranges `ПН-ПТ`, `M-F`,
 * lists `ПН, СР`, `MWF`, and `ежедневно` / `daily`, which means the school days from Settings.
 */
import { trimChars } from './cells';
import { fail, ok, type Result } from './problems';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

export const DEFAULT_SCHOOL_DAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

// Word stems: a token names a day when it is one of these or starts with the long form.
const NAMES: Record<Day, { exact: string[]; stems: string[] }> = {
  mon: { exact: ['пн', 'пон', 'пнд', 'mon', 'mo', 'monday'], stems: ['понедельник', 'monday'] },
  tue: { exact: ['вт', 'втр', 'вто', 'tue', 'tu', 'tues', 'tuesday'], stems: ['вторник', 'tuesday'] },
  wed: { exact: ['ср', 'срд', 'wed', 'we', 'weds', 'wednesday'], stems: ['сред', 'wednesday'] },
  thu: { exact: ['чт', 'чтв', 'чет', 'thu', 'th', 'thur', 'thurs', 'thursday'], stems: ['четверг', 'thursday'] },
  fri: { exact: ['пт', 'птн', 'пят', 'fri', 'fr', 'friday'], stems: ['пятниц', 'friday'] },
  sat: { exact: ['сб', 'суб', 'sat', 'sa', 'saturday'], stems: ['суббот', 'saturday'] },
  sun: { exact: ['вс', 'вск', 'вос', 'воскр', 'sun', 'su', 'sunday'], stems: ['воскресен', 'sunday'] },
};

/**
 * One-letter days as American timetables write them (`M-F`, `T/Th`, a grid headed `M T W Th F`): a letter
 * is a day only as a whole token, never as a word beside another day's name.
 */
const LETTERS = new Map<string, Day>([
  ['m', 'mon'],
  ['t', 'tue'],
  ['w', 'wed'],
  ['r', 'thu'],
  ['f', 'fri'],
]);
/** Letters run together: `MWF`, `TTh`, `TR`, `MTWThF`. */
const RUN_OF_LETTERS = /^(?:th|[mtwrf])+$/;
const lettersIn = (token: string): Day[] | null =>
  token.length >= 2 && RUN_OF_LETTERS.test(token) ? (token.match(/th|[mtwrf]/g) ?? []).map((l) => (l === 'th' ? 'thu' : LETTERS.get(l)!)) : null;

const DAILY = ['ежедневно', 'каждый день', 'daily', 'every day', 'everyday'];
const WEEKDAYS = ['будни', 'по будням', 'будние дни', 'weekdays', 'on weekdays', 'every weekday'];

const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** One weekday word, or null. `letters`: whether one letter (`M`, `F`) may be a day. */
export const parseDayName = (token: string, letters = true): Day | null => {
  const t = fold(token).replace(/^(?:с|со|по|в|во|on|from|to)\s+/, '');
  if (t === '') return null;
  const letter = letters ? LETTERS.get(t) : undefined;
  if (letter) return letter;
  // A stem covers a word's endings (`понедельника`, `пятницу`) and what follows it (`Понедельник 23 ноября`,
  // `Monday lunch`), unless that names another day (`Monday or Friday`): then it is not one day.
  const word = /^\p{L}+/u.exec(t)?.[0] ?? '';
  const isDayWord = (w: string) => DAYS.some((d) => NAMES[d].exact.includes(w) || NAMES[d].stems.some((s) => w.startsWith(s)));
  const another = t
    .slice(word.length)
    .split(/[^\p{L}]+/u)
    .some((w) => w !== '' && isDayWord(w));
  for (const day of DAYS) {
    const names = NAMES[day];
    if (names.exact.includes(t) || (!another && names.stems.some((s) => word.startsWith(s)))) return day;
  }
  // `Понед.`, `Четв.`, `Wednes`: the start of a full name, three letters or more (no two days share one).
  if (/^\p{L}{3,}$/u.test(t)) return DAYS.find((day) => NAMES[day].stems.some((s) => s.startsWith(t))) ?? null;
  return null;
};

const expandRange = (from: Day, to: Day): Day[] => {
  const a = DAYS.indexOf(from);
  const b = DAYS.indexOf(to);
  const out: Day[] = [];
  for (let i = a; ; i = (i + 1) % 7) {
    out.push(DAYS[i]!);
    if (i === b) break;
  }
  return out;
};

/** Words that leave out the days after them: `ПН-ПТ кроме СР`, `daily (except Saturday)`; the day-group reader uses them too. */
export const EXCEPTION_WORDS = String.raw`кроме|за\s+исключением|except|excluding|без`;
const EXCEPT = new RegExp(`(?:^|[\\s,(])(?:${EXCEPTION_WORDS}) `);

/**
 * The days a cell names, in week order without repeats. `schoolDays` is what `ежедневно` means.
 * Fails on any part that is not a day, so a typo is never silently dropped. `letters: false` where a
 * letter may as well be a room (`8.00-8.30 W`, after a range in a combined cell). Days after `кроме` or
 * `except` are left out of those before it; nothing before it (`кроме СР` alone) names no days.
 */
export const parseDays = (cell: string, schoolDays: readonly Day[] = DEFAULT_SCHOOL_DAYS, letters = true): Result<Day[]> => {
  const text = fold(cell);
  const except = EXCEPT.exec(text);
  if (except === null) return listedDays(cell, text, schoolDays, letters);
  const kept = listedDays(cell, trimChars(text.slice(0, except.index), /[ ,(]/), schoolDays, letters);
  const left = listedDays(cell, trimChars(text.slice(except.index + except[0].length), /[ )]/), schoolDays, letters);
  if (!kept.ok || !left.ok) return fail((t) => t.dayUnreadable(cell.trim()));
  const days = kept.value.filter((d) => !left.value.includes(d));
  return days.length > 0 ? ok(days) : fail((t) => t.dayUnreadable(cell.trim()));
};

/** `ПН СР ПТ`, `Mon Wed Fri`: days with only spaces between them, each a day's name; null otherwise. */
const spacedDays = (part: string, letters: boolean): Day[] | null => {
  const words = part.split(' ');
  if (words.length < 2) return null;
  const days = words.map((w) => parseDayName(w, letters));
  return days.every((d) => d !== null) ? (days as Day[]) : null;
};

/** Words that only say odd or even weeks (`чётным`, `нечётные`, `неч`), in folded text: never a day. */
const PARITY_WORD = /^\(?(?:нечет\p{L}*|четн\p{L}*|неч)\)?,?$/u;
const WEEK_WORD = /^недел\p{L}*\)?,?$/u;

/**
 * The days' folded text without the words that say odd or even weeks, wherever they stand (`ср по четным`,
 * `пн-пт по нечетным`, `пн, ср неч`, `ежедневно (четные недели)`): the schedule reader warns of them. `чет`
 * is Thursday after a comma or `и` and in `пн по чет` (Monday to Thursday), and even weeks right after a day
 * (`пн, ср чет`, `пн ср чет`) or after `по` where no range could end on Thursday (`пт по чет`, `m/w/f по чет`).
 */
const withoutWeekParity = (text: string, letters: boolean): string => {
  if (!text.includes('чет') && !text.includes('неч')) return text;
  const words = text.split(' ');
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = kept[kept.length - 1];
    if (PARITY_WORD.test(w)) {
      if (prev === 'по' || prev === '(по') kept.pop();
      if (WEEK_WORD.test(words[i + 1] ?? '')) i++;
      continue;
    }
    if (w === 'чет' && i === words.length - 1 && prev !== undefined) {
      const before = kept[kept.length - 2];
      if (prev === 'по' && before !== undefined) {
        const from = parseDayName(before, letters);
        if (from !== null && DAYS.indexOf(from) < DAYS.indexOf('thu')) {
          kept.push(w);
          continue;
        }
        kept.pop();
        continue;
      }
      if (prev !== 'и' && prev !== 'and' && !prev.endsWith(',')) continue;
    }
    kept.push(w);
  }
  return kept.join(' ');
};

/** Days named by a folded text with no exception in it. */
const listedDays = (cell: string, whole: string, schoolDays: readonly Day[], letters: boolean): Result<Day[]> => {
  const text = withoutWeekParity(whole, letters);
  if (text === '') return fail((t) => t.dayMissing());
  if (DAILY.includes(text)) return ok([...schoolDays]);
  if (WEEKDAYS.includes(text)) return ok([...DEFAULT_SCHOOL_DAYS]);
  const found = new Set<Day>();
  for (const part of text.split(/\s*[,;/&+]\s*|\s+(?:и|and)\s+/)) {
    // `с понедельника по пятницу`, `ПН-ПТ`, `Mon - Fri`, `Mon to Fri`, `Monday through Friday`.
    // A word between the days stands apart (`Tutor` is no `Tu to r`, `Motor` no Monday to Thursday).
    const range = /^(?:(?:с|со|from)\s+)?(.+?)(?:\s*-\s*|\s+(?:по|to|до|through|thru|until|till)\s+)(.+)$/.exec(part);
    const from = range ? parseDayName(range[1]!, letters) : null;
    const to = range ? parseDayName(range[2]!, letters) : null;
    if (from && to) {
      for (const d of expandRange(from, to)) found.add(d);
      continue;
    }
    const single = parseDayName(part, letters);
    const run = single ? [single] : ((letters ? lettersIn(part) : null) ?? spacedDays(part, letters));
    if (!run) return fail((t) => t.dayUnreadable(cell.trim()));
    for (const d of run) found.add(d);
  }
  return ok(DAYS.filter((d) => found.has(d)));
};

/** `T/Th`, `M/W/F`, `MWF`, `TTh`: American letters for two or more days, never one letter alone (a room `W`). */
const LETTER_DAYS = /^\s*(?:(?:th|[mtwrf])(?:\s*[/,&]\s*(?:th|[mtwrf]))+|(?:th|[mtwrf]){2,})\s*$/i;

/**
 * Days after a range in a combined cell (`Пн 9-11; Пт 14-16`): a letter there is more likely a room
 * (`8.00-8.30 W`), unless letters name two days or more (`M/W/F 3.15-4.15, T/Th 7.45-8.15`).
 */
export const parseLaterDays = (cell: string, schoolDays: readonly Day[] = DEFAULT_SCHOOL_DAYS): Result<Day[]> => {
  const days = parseDays(cell, schoolDays, false);
  return days.ok || !LETTER_DAYS.test(cell) ? days : parseDays(cell, schoolDays, true);
};

/** The weekday of a calendar date given as year, month (1-12), day. */
export const weekdayOf = (year: number, month: number, day: number): Day => {
  const js = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return DAYS[(js + 6) % 7]!;
};
