/** A combined cell's groups of days and hours (`Пн, Ср 9.00-11.00; Пт 14.00-16.00`): which days each range has. */
import { trimChars } from './cells';
import { type Day, EXCEPTION_WORDS } from './days';
import type { Result } from './problems';
import type { RangeInCell } from './time-range';

/** Days are a few words: a longer tail is not tried, so a pasted page costs one pass. */
const DAYS_TAIL = 60;

// `Ср по тел.`, `Ср урок`: how or what the next hours are, after their days (the hours themselves stay hours).
const AFTER_DAYS_NOTE = /\s(?:по\s)?(?:тел|телефону?|урок\p{L}*|phone|by phone)\.?$/iu;

/** The days of a short text that ends with such a note; null when it has none. */
export const daysBeforeNote = (text: string, readDays: (text: string) => Result<Day[]>): Result<Day[]> | null => {
  const noted = text.length <= DAYS_TAIL ? AFTER_DAYS_NOTE.exec(text) : null;
  return noted ? readDays(text.slice(0, noted.index)) : null;
};

/**
 * Whether a tail after `head` would go on a list of days left out: the clause ends with `кроме`/`except`, or
 * with it and days (`кроме Вт`). `без обеда, ПТ`: the words after `без` are no days, so `ПТ` starts a group.
 */
const continuesException = (head: string, readDays: (text: string) => Result<Day[]>): boolean => {
  // The clause the tail would join: after the last `;` or `)`, those in the separators before the tail too.
  const clause = trimChars(head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf(')')) + 1), /[\s,]/, true);
  const m = /(?<!\p{L})(?:кроме|except|excluding|без)(?!\p{L})\s*([\s\S]*)$/iu.exec(clause.slice(-DAYS_TAIL));
  return m !== null && (m[1]!.trim() === '' || readDays(m[1]!.trim()).ok);
};

/**
 * The text after a range split into its room and the next group's days: `каб. 14; Пт` → `каб. 14` and
 * Friday, `(каб. 14), Чт` → `(каб. 14)` and Thursday; all of it days (`Пт`) leaves no room. The days are
 * the longest tail after a separator or a space that reads as days; null when no tail does.
 */
const roomAndDays = (rest: string, readDays: (text: string) => Result<Day[]>): { room: string; days: Day[] } | null => {
  // `Пн,Ср – 8.00-9.00; Вт,Чт – 15.00-16.00`: a dash may stand between the days and their hours.
  const text = trimChars(rest, /[\s:,;–—-]/, true);
  const whole = readDays(text);
  if (whole.ok) return { room: '', days: whole.value };
  const from = Math.max(0, text.length - DAYS_TAIL);
  // Parentheses still open where a tail would start: `каб. 14 (кроме среды)` holds its days inside them.
  let open = 0;
  for (let k = 0; k < from; k++) open += text[k] === '(' ? 1 : text[k] === ')' ? -1 : 0;
  for (let at = from; at < text.length; at++) {
    open += text[at] === '(' ? 1 : text[at] === ')' ? -1 : 0;
    if (open > 0 || !/[\s,;]/.test(text[at]!) || /[\s,;]/.test(text[at + 1] ?? ' ')) continue;
    const head = trimChars(text.slice(0, at), /[\s,;]/, true);
    // `кроме Вт, Ср`, `except Wed`: days named to be left out go on after a space or a comma, not a `;`.
    if (continuesException(text.slice(0, at + 1), readDays)) continue;
    const tailText = text.slice(at + 1);
    const tail = readDays(tailText);
    if (tail.ok) return { room: head, days: tail.value };
    const days = daysBeforeNote(tailText, readDays);
    if (days?.ok) return { room: head, days: days.value };
  }
  return null;
};

/**
 * The days of each range of a combined cell: the text after a range that reads as days (`Пт`) is the next
 * ranges' days, not the range's room.
 */
export const dayGroups = (ranges: RangeInCell[], first: Day[], readDays: (text: string) => Result<Day[]>): { ranges: RangeInCell[]; days: Day[][] } => {
  let current = first;
  const days: Day[][] = [];
  const out: RangeInCell[] = [];
  for (const [i, r] of ranges.entries()) {
    days.push(current);
    const next = i + 1 < ranges.length && r.rest !== '' && !r.continued ? roomAndDays(r.rest, readDays) : null;
    if (next) {
      current = next.days;
      // The pieces of one duty around a break carry the same text: it is days (and the room), as here.
      for (let k = out.length - 1; k >= 0 && out[k]!.continued && out[k]!.rest === r.rest; k--) out[k] = { ...out[k]!, rest: next.room };
      out.push({ ...r, rest: next.room });
    } else out.push(r);
  }
  return { ranges: out, days };
};

/** A letter every exception word has (`м`, `з`, `x`). */
const MAY_EXCEPT = /[мзxМЗX]/;
const EXCEPTION_WORD = new RegExp(`(?<!\\p{L})(?:${EXCEPTION_WORDS})(?!\\p{L})`, 'iu');

/**
 * Days a range's text leaves out, and the text without them (its room): `кроме СР`, `(кроме среды)`,
 * `кроме СР, каб. 14`, `каб. 14 (except Wed)`. In brackets the whole inside must be days; otherwise the
 * longest beginning of the clause (to a `;`) that reads as days. Null when no days are left out: `без обеда`.
 */
export const exceptedDays = (rest: string, readDays: (text: string) => Result<Day[]>): { room: string; days: Day[] } | null => {
  // A room cell on every row of a list comes here: a letter test is some ten times cheaper than the word search.
  if (!MAY_EXCEPT.test(rest)) return null;
  const word = EXCEPTION_WORD.exec(rest);
  if (word === null) return null;
  let from = word.index;
  while (from > 0 && /[\s,]/.test(rest[from - 1]!)) from--;
  const bracket = from > 0 && rest[from - 1] === '(';
  if (bracket) from--;
  const after = word.index + word[0].length;
  const close = rest.indexOf(bracket ? ')' : ';', after);
  const clause = rest.slice(after, close < 0 ? rest.length : close);
  let days: Result<Day[]> | null = null;
  let to = clause.length;
  if (bracket) {
    if (close < 0) return null;
    days = readDays(clause.trim());
  } else {
    // Only the first few words can be days: a longer clause is not tried, so a pasted page costs one pass.
    for (let at = Math.min(clause.length, DAYS_TAIL); at > 0; at--) {
      if (at < clause.length && !/[\s,]/.test(clause[at]!)) continue;
      const tried = readDays(clause.slice(0, at).trim());
      if (tried.ok) {
        days = tried;
        to = at;
        break;
      }
    }
  }
  if (days === null || !days.ok) return null;
  const end = after + to + (bracket ? 1 : 0);
  const room = `${rest.slice(0, from)} ${rest.slice(end)}`.replace(/^[\s,;]+/, '').trim();
  return { room: trimChars(room, /[\s,;]/, true), days: days.value };
};


/** Each range's days without those its text leaves out (`9.00-11.00 кроме СР`), and its text without them. */
export const leaveOutExcepted = (
  grouped: { ranges: RangeInCell[]; days: Day[][] },
  readDays: (text: string) => Result<Day[]>,
): { ranges: RangeInCell[]; days: Day[][] } => {
  if (grouped.ranges.every((r) => r.rest === '')) return grouped;
  const ranges = [...grouped.ranges];
  const days = [...grouped.days];
  for (const [i, r] of ranges.entries()) {
    const left = r.rest === '' ? null : exceptedDays(r.rest, readDays);
    if (left === null) continue;
    ranges[i] = { ...r, rest: left.room };
    days[i] = days[i]!.filter((d) => !left.days.includes(d));
  }
  return { ranges, days };
};
