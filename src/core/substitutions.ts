/**
 * The Substitutions tab: dated exceptions to the weekly schedule. On that date the substitute takes the
 * replaced person's slots within the given hours (the whole day when empty), or the slots are cancelled.
 */
import { cellRef, cellText } from './cells';
import { type CalendarDate, dateFromCell, formatDate, isoDate, weekdayOfDate } from './dates';
import { openTab, type Synonyms } from './headers';
import { TAB_ALIASES } from './tabs';
import { type Problem, problem } from './problems';
import { type DutySlot, personKey, splitPersonCell } from './schedule';
import { formatRange, intersect, overlaps, parseTimeRange, subtract, type TimeRange } from './time-range';
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
  person: ['сотрудник', 'кого заменяют', 'отсутствует', 'ответственный', 'фио', 'person', 'staff', 'absent', 'name'],
  substitute: ['замена', 'заменяет', 'заменяющий', 'заменяющая', 'замещающий', 'замещающая', 'замещает', 'кто заменяет', 'кто замещает', 'substitute', 'replacement', 'covered by', 'cover'],
  time: ['время', 'часы', 'time', 'hours'],
  reason: ['причина', 'примечание', 'reason', 'note'],
};

/** The columns a row cannot be read without; also what marks the header row under a title. */
export const SUBSTITUTION_REQUIRED = ['date', 'person'] as const satisfies readonly Column[];

export const readSubstitutions = (workbook: Workbook, timeZone: string): { substitutions: Substitution[]; problems: Problem[] } => {
  const substitutions: Substitution[] = [];
  const problems: Problem[] = [];
  const opened = openTab(workbook, TAB_ALIASES.substitutions, SUBSTITUTION_SYNONYMS, SUBSTITUTION_REQUIRED, problems);
  if (!opened) return { substitutions, problems };
  const { tab, map, headerRow } = opened;
  const text = (r: number, c: number | undefined) => (c === undefined ? '' : cellText(tab.rows[r]?.[c], timeZone).trim());
  for (let r = headerRow + 1; r < tab.rows.length; r++) {
    const row = tab.rows[r] ?? [];
    if (row.every((c) => cellText(c).trim() === '')) continue;
    const date = dateFromCell(row[map.date] ?? '', timeZone);
    if (!date) {
      problems.push(problem(cellRef(tab.name, r, map.date), (t) => t.substitutionDateUnreadable(text(r, map.date))));
      continue;
    }
    const person = splitPersonCell(text(r, map.person)).people[0];
    if (!person) {
      problems.push(problem(cellRef(tab.name, r, map.person), (t) => t.substitutionPersonMissing()));
      continue;
    }
    let range: TimeRange | null = null;
    const timeText = text(r, map.time);
    if (timeText !== '') {
      const parsed = parseTimeRange(timeText);
      if (!parsed.ok) {
        problems.push(problem(cellRef(tab.name, r, map.time!), parsed.text));
        continue;
      }
      range = parsed.value.range;
    }
    const substitute = splitPersonCell(text(r, map.substitute)).people[0] ?? null;
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

/**
 * The slots of one date: the weekday's slots with that date's substitutions applied. A slot partly inside a
 * substitution's hours is split: the part inside goes to the substitute (or is dropped), the rest stays.
 */
export const slotsOnDate = (slots: readonly DutySlot[], substitutions: readonly Substitution[], date: CalendarDate): DatedSlot[] => {
  const day = weekdayOfDate(date);
  const key = isoDate(date);
  const todays = substitutions.filter((s) => isoDate(s.date) === key);
  const out: DatedSlot[] = [];
  for (const slot of slots) {
    if (slot.day !== day) continue;
    let pieces: DatedSlot[] = [{ ...slot, date, substituteFor: null }];
    for (const sub of todays) {
      if (personKey(sub.person) !== personKey(slot.person)) continue;
      const next: DatedSlot[] = [];
      for (const piece of pieces) {
        if (piece.substituteFor !== null) {
          next.push(piece);
          continue;
        }
        const window = sub.range ?? { start: 0, end: 24 * 60 };
        const taken = intersect(piece.range, window);
        for (const kept of subtract(piece.range, window)) next.push({ ...piece, range: kept });
        if (taken && sub.substitute) next.push({ ...piece, range: taken, person: sub.substitute, role: null, substituteFor: slot.person });
      }
      pieces = next;
    }
    out.push(...pieces);
  }
  return out;
};

/** The substitutions from `today` on (all of them without one): those before it are history. */
export const currentSubstitutions = (substitutions: readonly Substitution[], today: CalendarDate | null): Substitution[] => {
  const first = today ? isoDate(today) : '';
  return substitutions.filter((s) => isoDate(s.date) >= first);
};

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
    const hours = sub.range ? `, ${formatRange(sub.range)}` : '';
    problems.push(problem(sub.personCell ?? sub.cell, (t) => t.substitutionNoSlot(sub.person, `${formatDate(sub.date)} (${t.dayName(day)}${hours})`), 'warning'));
  }
  return problems;
};
