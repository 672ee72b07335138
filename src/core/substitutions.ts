/**
 * The Substitutions tab: dated exceptions to the weekly schedule. On that date the substitute takes the
 * replaced person's slots within the given hours (the whole day when empty), or the slots are cancelled.
 */
import { cellRef, cellText } from './cells';
import { type CalendarDate, dateFromCell, isoDate, isRealDate, parseCalendarDate, weekdayOfDate } from './dates';
import { parseDayName } from './days';
import { monthNumber } from './deadlines';
import { openTab, type Synonyms } from './headers';
import { type Problem, problem } from './problems';
import { type DutySlot, personKey, splitPersonCell } from './schedule';
import { intersect, overlaps, parseTimeRange, subtract, type TimeRange } from './time-range';
import type { Messages } from './i18n/messages';
import type { PeopleIndex } from './people';
import type { Workbook } from './workbook';

export interface Substitution {
  date: CalendarDate;
  person: string;
  /** null: the person's slots are cancelled on that date. */
  substitute: string | null;
  /** null: the whole day. */
  range: TimeRange | null;
  reason: string;
  /** The row's date cell. */
  cell: string;
  /** Where the person and the substitute are written, for warnings about them (the date cell when not known). */
  personCell?: string;
  substituteCell?: string;
}

/** A slot as it stands on one date: possibly taken over by a substitute, possibly cut short. */
export interface DatedSlot extends DutySlot {
  date: CalendarDate;
  substituteFor: string | null;
}

type Column = 'date' | 'person' | 'substitute' | 'time' | 'reason';

export const SUBSTITUTION_SYNONYMS: Synonyms<Column> = {
  date: ['дата', 'date', 'day', 'число'],
  person: ['сотрудник', 'кого заменяют', 'отсутствует', 'отсутствующий', 'фио отсутствующего', 'ответственный', 'фио', 'person', 'staff', 'absent', 'absent staff', 'name', 'responsible', 'staff member', 'absent teacher', 'absent person', 'who is absent', 'заменяемый', 'заменяемый сотрудник', 'отсутствующий сотрудник'],
  substitute: [
    'замена', 'заменяет', 'заменяющий', 'заменяющая', 'замещающий', 'замещающая', 'замещает', 'кто заменяет', 'кто замещает', 'фио заменяющего',
    'фио замещающего', 'заменяющий сотрудник', 'замещающий сотрудник', 'substitute', 'replacement', 'covered by', 'cover', 'substitute teacher', 'cover teacher', 'covering', 'covering staff', 'cover staff',
  ],
  time: ['время', 'часы', 'время замены', 'часы замены', 'time', 'hours'],
  reason: ['причина', 'примечание', 'reason', 'note'],
};

/** `—`, `нет`, `без замены`, `отменено`: nobody takes the duty, as an empty cell says; no person named «—». */
const NO_SUBSTITUTE = /^(?:[-–—―]+|нет|никто|без замены|отмен[а-яё]*|не требуется|none|nobody|no one|no cover|cancell?ed|n\/a)\.?$/i;

/** `весь день`, `all day`: the whole day, as an empty hours cell says. */
const WHOLE_DAY = /^(?:весь день|целый день|полный день|на весь день|all day|whole day|full day)\.?$/i;

/** The columns a row cannot be read without; also what marks the header row under a title. */
export const SUBSTITUTION_REQUIRED = ['date', 'person'] as const satisfies readonly Column[];

/**
 * A date as typed where no Sheet turned it into one: `24 November 2026`, `23rd Nov 2026`, `24 ноября 2026 г.`,
 * a weekday before it (`Tue 24/11/2026`, `вт, 24.11.2026`). Null for anything else, which the caller reports.
 */
const wordedDate = (text: string): CalendarDate | null => {
  const t = text.trim();
  if (t.length > 40) return null;
  const weekday = /^(\p{L}{2,})\.?,?\s+(?=\d)/u.exec(t);
  const day = weekday ? parseDayName(weekday[1]!) : null;
  const rest = day !== null && weekday ? t.slice(weekday[0].length) : t;
  const date = numericOrWorded(rest);
  // `Пн 24.11.2026` when the 24th is a Tuesday: which of the two is meant cannot be told.
  return date && (day === null || weekdayOfDate(date) === day) ? date : null;
};

const numericOrWorded = (rest: string): CalendarDate | null => {
  const numeric = parseCalendarDate(rest);
  if (numeric) return numeric;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+)\.?,?\s+(\d{4})(?:\s*г(?:ода?)?\.?)?$/u.exec(rest);
  const month = m ? monthNumber(m[2]!) : null;
  if (!m || month === null) return null;
  const [day, year] = [Number(m[1]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
};

export const readSubstitutions = (workbook: Workbook, timeZone: string): { substitutions: Substitution[]; problems: Problem[] } => {
  const substitutions: Substitution[] = [];
  const problems: Problem[] = [];
  const opened = openTab(workbook, 'substitutions', SUBSTITUTION_SYNONYMS, SUBSTITUTION_REQUIRED, problems);
  if (!opened) return { substitutions, problems };
  const { tab, map, headerRow } = opened;
  const text = (r: number, c: number | undefined) => (c === undefined ? '' : cellText(tab.rows[r]?.[c], timeZone).trim());
  // Without a substitute column every row cancels: said when a column not understood may be that one.
  if (map.substitute === undefined) {
    const header = tab.rows[headerRow] ?? [];
    const known = new Set<number>(Object.values(map));
    const unknown = header.findIndex((c, i) => !known.has(i) && cellText(c).trim() !== '');
    if (unknown >= 0) problems.push(problem(cellRef(tab.name, headerRow, unknown), (t) => t.substitutionColumnUnknown(cellText(header[unknown]).trim()), 'warning'));
  }
  for (let r = headerRow + 1; r < tab.rows.length; r++) {
    const row = tab.rows[r] ?? [];
    if (row.every((c) => cellText(c).trim() === '')) continue;
    const date = dateFromCell(row[map.date] ?? '', timeZone) ?? wordedDate(cellText(row[map.date]));
    if (!date) {
      problems.push(problem(cellRef(tab.name, r, map.date), (t) => t.substitutionDateUnreadable(text(r, map.date))));
      continue;
    }
    // `Петров В.Г., Кузнецова Ж.З.` (both at the teachers' council): each of them is replaced.
    const persons = splitPersonCell(text(r, map.person)).people;
    if (persons.length === 0) {
      problems.push(problem(cellRef(tab.name, r, map.person), (t) => t.substitutionPersonMissing()));
      continue;
    }
    let range: TimeRange | null = null;
    const timeText = text(r, map.time);
    if (timeText !== '' && !WHOLE_DAY.test(timeText)) {
      const parsed = parseTimeRange(timeText);
      if (!parsed.ok) {
        problems.push(problem(cellRef(tab.name, r, map.time!), parsed.text));
        continue;
      }
      range = parsed.value.range;
    }
    const substituteText = text(r, map.substitute);
    const substitutes = NO_SUBSTITUTE.test(substituteText) ? [] : splitPersonCell(substituteText).people;
    const substitute = substitutes[0] ?? null;
    // Whom each of several would replace is not written: the first takes the duty, and the row says so.
    if (substitutes.length > 1) problems.push(problem(cellRef(tab.name, r, map.substitute!), (t) => t.substitutionSeveralSubstitutes(substitutes[0]!), 'warning'));
    for (const person of persons)
      substitutions.push({
        date,
        person,
        substitute,
        range,
        reason: text(r, map.reason),
        cell: cellRef(tab.name, r, map.date),
        personCell: cellRef(tab.name, r, map.person),
        ...(map.substitute === undefined ? {} : { substituteCell: cellRef(tab.name, r, map.substitute) }),
      });
  }
  return { substitutions, problems };
};

/** A part of a slot a substitution took from its person on one date, and who took it (null: cancelled). */
export interface RemovedPiece {
  person: string;
  range: TimeRange;
  room: string | null;
  handedTo: string | null;
}

/**
 * One date's slots with its substitutions applied, and what they took away. A slot partly inside a
 * substitution's hours is split: the part inside goes to the substitute (or is dropped), the rest stays.
 * A substitute who is off that day too passes the part on (or it is cancelled): substitutions chain,
 * whatever their order in the tab. A part is never handed back to the person it was borrowed from, so two
 * rows A→B and B→A are a swap, and each rule applies at most once to a part, so nothing loops.
 * `removed`: what each slot's own person lost, and who stands in at the end of the chain (null: nobody).
 */
export const changesOnDate = (slots: readonly DutySlot[], substitutions: readonly Substitution[], date: CalendarDate): { standing: DatedSlot[]; removed: RemovedPiece[] } => {
  const day = weekdayOfDate(date);
  const key = isoDate(date);
  const todays = substitutions.filter((s) => isoDate(s.date) === key);
  const absent = todays.map((s) => personKey(s.person));
  const standing: DatedSlot[] = [];
  const removed: RemovedPiece[] = [];
  for (const slot of slots) {
    if (slot.day !== day) continue;
    const dated: DatedSlot = { ...slot, date, substituteFor: null };
    // Most slots have no substitution that day: no copies, no loop.
    if (!absent.includes(personKey(slot.person))) {
      standing.push(dated);
      continue;
    }
    const owner = personKey(slot.person);
    const applies = (p: { s: DatedSlot; used: number[] }, sub: Substitution, i: number) =>
      !p.used.includes(i) &&
      absent[i] === personKey(p.s.person) &&
      (sub.range === null || overlaps(p.s.range, sub.range)) &&
      // A part lent out is not handed back by the borrower's own row: A→B with B→A is a swap.
      !(p.s.substituteFor !== null && sub.substitute !== null && personKey(sub.substitute) === owner);
    let pieces = [{ s: dated, used: [] as number[] }];
    for (let changed = true; changed; ) {
      changed = false;
      const next: typeof pieces = [];
      for (const p of pieces) {
        // A row for some hours before one for the whole day, whatever their order in the tab: `Петров off`
        // and `Петров → Смирнов 9-12` leave 9-12 to Смирнов and cancel the rest.
        let k = todays.findIndex((sub, i) => sub.range !== null && applies(p, sub, i));
        if (k < 0) k = todays.findIndex((sub, i) => applies(p, sub, i));
        if (k < 0) {
          next.push(p);
          continue;
        }
        changed = true;
        const sub = todays[k]!;
        const used = [...p.used, k];
        const window = sub.range ?? { start: 0, end: 24 * 60 };
        const taken = intersect(p.s.range, window)!;
        for (const kept of subtract(p.s.range, window)) next.push({ s: { ...p.s, range: kept }, used });
        if (sub.substitute) next.push({ s: { ...p.s, range: taken, person: sub.substitute, role: null, substituteFor: slot.person }, used });
      }
      pieces = next;
    }
    // What the owner lost, told as the chain ends: covered by its last substitute, or by nobody.
    let lost = [slot.range];
    for (const p of pieces) if (p.s.substituteFor === null) lost = lost.flatMap((r) => subtract(r, p.s.range));
    for (const gone of lost) {
      let open = [gone];
      for (const p of pieces) {
        const covered = p.s.substituteFor === null ? null : intersect(gone, p.s.range);
        if (!covered) continue;
        removed.push({ person: slot.person, range: covered, room: slot.room, handedTo: p.s.person });
        open = open.flatMap((r) => subtract(r, covered));
      }
      for (const range of open) removed.push({ person: slot.person, range, room: slot.room, handedTo: null });
    }
    for (const p of pieces) standing.push(p.s);
  }
  return { standing, removed };
};

/** The slots of one date, its substitutions applied (changesOnDate). */
export const slotsOnDate = (slots: readonly DutySlot[], substitutions: readonly Substitution[], date: CalendarDate): DatedSlot[] =>
  changesOnDate(slots, substitutions, date).standing;

/** The substitutions from `today` on (all of them without one): those before it are history. */
export const currentSubstitutions = (substitutions: readonly Substitution[], today: CalendarDate | null): Substitution[] => {
  const first = today ? isoDate(today) : '';
  return substitutions.filter((s) => isoDate(s.date) >= first);
};

/** `26.11.2026 (четверг, 9.00–11.00)`: a substitution's date as a warning names it, with its weekday and any hours. */
const dateForPeople = (t: Messages, date: CalendarDate, hours: TimeRange | null = null): string =>
  `${t.date(date)} (${t.dayName(weekdayOfDate(date))}${hours ? `, ${t.timeRange(hours)}` : ''})`;

/**
 * A substitution whose person has no duty on that date (within its hours, when given) replaces nothing:
 * most often the name is written otherwise than in the schedule (`Иванова` for `Иванова А.Б.`) or the
 * date is off, and then the person off sick would still be sent requests. Each is a warning at its row;
 * one dated before `today` is history and is left alone.
 */
export const unmatchedSubstitutions = (slots: readonly DutySlot[], people: PeopleIndex, substitutions: readonly Substitution[], today: CalendarDate | null = null): Problem[] => {
  const current = currentSubstitutions(substitutions, today);
  if (current.length === 0) return [];
  // Only the slots of the people replaced are gathered: one pass over the numbers, no text compared.
  const slotsOf = new Map<number, DutySlot[]>(current.map((s) => [people.idOf(s.person), []]));
  for (let i = 0; i < slots.length; i++) slotsOf.get(people.ids[i]!)?.push(slots[i]!);
  const problems: Problem[] = [];
  for (const sub of current) {
    const day = weekdayOfDate(sub.date);
    const theirs = slotsOf.get(people.idOf(sub.person)) ?? [];
    if (theirs.some((s) => s.day === day && (sub.range === null || overlaps(s.range, sub.range)))) continue;
    // A substitute who is off that day too: the duty they were to take passes on (changesOnDate).
    if (current.some((other) => other !== sub && other.substitute !== null && isoDate(other.date) === isoDate(sub.date) && personKey(other.substitute) === personKey(sub.person))) continue;
    problems.push(problem(sub.personCell ?? sub.cell, (t) => t.substitutionNoSlot(sub.person, dateForPeople(t, sub.date, sub.range)), 'warning'));
  }
  return problems;
};

/**
 * A substitute who is off that date (a row cancelling their own duty at those hours): the duty they were to
 * take is cancelled with theirs (changesOnDate), which whoever wrote the substitution may not know. A
 * warning at the substitute's cell, naming the row that says they are off.
 */
export const absentSubstitutes = (substitutions: readonly Substitution[], today: CalendarDate | null = null, slots: readonly DutySlot[] = []): Problem[] => {
  const current = currentSubstitutions(substitutions, today);
  const off = new Map<string, Substitution[]>();
  for (const sub of current) {
    if (sub.substitute !== null) continue;
    const key = `${isoDate(sub.date)} ${personKey(sub.person)}`;
    const rows = off.get(key);
    if (rows) rows.push(sub);
    else off.set(key, [sub]);
  }
  if (off.size === 0) return [];
  const problems: Problem[] = [];
  for (const sub of current) {
    if (sub.substitute === null) continue;
    // Hours on both rows that meet, or the substitute off all day: what was handed over is surely cancelled.
    // A whole day handed over is the replaced person's duties that day: some hours off meet it where they meet one.
    const handedOver = (o: Substitution): boolean => {
      if (o.range === null) return true;
      if (sub.range !== null) return overlaps(o.range, sub.range);
      const day = weekdayOfDate(sub.date);
      const who = personKey(sub.person);
      return slots.some((s) => s.day === day && overlaps(s.range, o.range!) && personKey(s.person) === who);
    };
    const away = off.get(`${isoDate(sub.date)} ${personKey(sub.substitute)}`)?.find(handedOver);
    if (!away) continue;
    problems.push(problem(sub.substituteCell ?? sub.cell, (t) => t.substituteAbsent(sub.substitute!, dateForPeople(t, sub.date), away.personCell ?? away.cell), 'warning'));
  }
  return problems;
};

/**
 * Two rows for one person on one date that disagree (another substitute, or one cancels) over the same
 * hours: only the upper one applies there (changesOnDate), which the lower row's author may not know. A
 * whole-day row beside one for some hours is the usual way to write "off, but 9-12 covered", not a clash.
 */
export const clashingSubstitutions = (substitutions: readonly Substitution[], today: CalendarDate | null = null): Problem[] => {
  const groups = new Map<string, Substitution[]>();
  for (const sub of currentSubstitutions(substitutions, today)) {
    const key = `${isoDate(sub.date)} ${personKey(sub.person)}`;
    const group = groups.get(key);
    if (group) group.push(sub);
    else groups.set(key, [sub]);
  }
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    // Each row's outcome once, and each distinct (outcome, hours) once: a tab of repeated rows is no square.
    const seen: { sub: Substitution; outcome: string }[] = [];
    // A row repeating an earlier one (same substitute, same hours) clashes with what that one clashed with.
    const clashOf = new Map<string, (typeof seen)[number] | undefined>();
    for (const later of group) {
      const outcome = later.substitute === null ? '' : personKey(later.substitute);
      const kind = `${outcome}|${later.range ? `${later.range.start}-${later.range.end}` : 'day'}`;
      let earlier: (typeof seen)[number] | undefined;
      if (clashOf.has(kind)) earlier = clashOf.get(kind);
      else {
        earlier = seen.find(
          (e) => e.sub.cell !== later.cell && e.outcome !== outcome && (e.sub.range === null) === (later.range === null) && (e.sub.range === null || intersect(e.sub.range, later.range!) !== null),
        );
        clashOf.set(kind, earlier);
        seen.push({ sub: later, outcome });
      }
      if (!earlier) continue;
      const common = earlier.sub.range && later.range ? intersect(earlier.sub.range, later.range) : null;
      problems.push(problem(later.personCell ?? later.cell, (t) => t.substitutionClash(later.person, dateForPeople(t, later.date, common), earlier.sub.personCell ?? earlier.sub.cell), 'warning'));
    }
  }
  return problems;
};
