/**
 * Overlapping duty: two slots of the same person, or of the same room, on the same day whose half-open
 * ranges overlap (10.00-12.00 and 12.00-14.00 touch and do not conflict). Sort and sweep per (who, day),
 * so the cost is n log n plus the conflicts found, never a pairwise loop over all slots.
 */
import { type CalendarDate, isoDate } from './dates';
import type { Day } from './days';
import { memoize } from './memo';
import { type DutySlot, personKey, roomKey } from './schedule';
import { type DatedSlot, type Substitution, slotsOnDate } from './substitutions';
import { intersect, type TimeRange } from './time-range';

export interface Conflict {
  type: 'person' | 'room';
  /** The person's name or the room as the schedule writes it. */
  who: string;
  day: Day;
  /** Set when a substitution on this date causes the overlap. */
  date: CalendarDate | null;
  /** The overlapping part. */
  overlap: TimeRange;
  slots: [DutySlot, DutySlot];
}

const sweep = <S extends DutySlot>(group: S[], emit: (a: S, b: S) => void): void => {
  group.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let active: S[] = [];
  for (const slot of group) {
    active = active.filter((a) => a.range.end > slot.range.start);
    for (const a of active) emit(a, slot);
    active.push(slot);
  }
};

const DAY_INDEX: Record<Day, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

/**
 * Calls `each` with every group of slots sharing a key and a day. Groups are laid out by a counting sort
 * over integer ids, so a million slots cost two passes and no per-group string keys.
 */
const forEachGroup = <S extends DutySlot>(slots: readonly S[], keyOf: (s: S) => string | null, each: (group: S[]) => void): void => {
  const ids = new Map<string, number>();
  const groupOf = new Int32Array(slots.length).fill(-1);
  slots.forEach((slot, i) => {
    const key = keyOf(slot);
    if (key === null) return;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    groupOf[i] = id * 7 + DAY_INDEX[slot.day];
  });
  const starts = new Int32Array(ids.size * 7 + 1);
  for (const g of groupOf) if (g >= 0) starts[g + 1]!++;
  for (let g = 1; g < starts.length; g++) starts[g]! += starts[g - 1]!;
  const fill = starts.slice(0, -1);
  const ordered = new Array<S>(starts[starts.length - 1]!);
  groupOf.forEach((g, i) => {
    if (g >= 0) ordered[fill[g]!++] = slots[i]!;
  });
  for (let g = 0; g + 1 < starts.length; g++) {
    if (starts[g + 1]! - starts[g]! >= 2) each(ordered.slice(starts[g]!, starts[g + 1]!));
  }
};

const inSheetOrder = (a: DutySlot, b: DutySlot): boolean =>
  a.tab !== b.tab ? a.tab < b.tab : a.row !== b.row ? a.row < b.row : a.column <= b.column;

/**
 * Week order, then start time, then person before room; equal keys keep the order they were found in.
 * Sorted as plain numbers: a comparator function over half a million conflicts cost most of a second.
 */
const inWeekOrder = (conflicts: Conflict[]): Conflict[] => {
  if (conflicts.length >= 2 ** 24) return conflicts.sort((a, b) => DAY_INDEX[a.day] - DAY_INDEX[b.day] || a.overlap.start - b.overlap.start);
  const keys = new Float64Array(conflicts.length);
  conflicts.forEach((c, i) => {
    const key = (DAY_INDEX[c.day] * 24 * 60 + c.overlap.start) * 2 + (c.type === 'person' ? 0 : 1);
    keys[i] = key * 2 ** 24 + i;
  });
  keys.sort();
  return Array.from(keys, (k) => conflicts[k % 2 ** 24]!);
};

/** Every overlap in a set of slots. Slots written in one cell together (two people, one room) are a team. */
export const findConflicts = <S extends DutySlot>(slots: readonly S[], date: CalendarDate | null = null): Conflict[] => {
  const conflicts: Conflict[] = [];
  // Folding a name costs a few regular expressions; a schedule repeats the same names many times.
  const keyOf = memoize(personKey);
  const roomOf = memoize(roomKey);
  const emit = (type: Conflict['type'], who: string) => (a: S, b: S) => {
    if (type === 'room' && a.cell === b.cell) return;
    // Two rows of one person in one room already conflict as a person; the room adds nothing.
    if (type === 'room' && keyOf(a.person) === keyOf(b.person)) return;
    const overlap = intersect(a.range, b.range);
    // The pair in sheet order, so a report reads top to bottom.
    const pair: [S, S] = inSheetOrder(a, b) ? [a, b] : [b, a];
    if (overlap) conflicts.push({ type, who, day: a.day, date, overlap, slots: pair });
  };
  forEachGroup(slots, (s) => keyOf(s.person), (group) => sweep(group, emit('person', group[0]!.person)));
  forEachGroup(
    slots,
    (s) => (s.room && roomOf(s.room) !== '' ? roomOf(s.room) : null),
    (group) => sweep(group, emit('room', group[0]!.room!)),
  );
  return inWeekOrder(conflicts);
};

/**
 * Overlaps a substitution creates: on each substitution date, the substitute's borrowed slot against
 * everything else that stands on that date. Only overlaps that involve a borrowed slot are returned;
 * the weekly ones are already in `findConflicts`.
 */
export const findSubstitutionConflicts = (slots: readonly DutySlot[], substitutions: readonly Substitution[]): Conflict[] => {
  const dates = new Map<string, CalendarDate>();
  for (const s of substitutions) if (s.substitute) dates.set(isoDate(s.date), s.date);
  const out: Conflict[] = [];
  for (const date of [...dates.values()].sort((a, b) => isoDate(a).localeCompare(isoDate(b)))) {
    const onDate: DatedSlot[] = slotsOnDate(slots, substitutions, date);
    for (const c of findConflicts(onDate, date)) {
      const [a, b] = c.slots as [DatedSlot, DatedSlot];
      if (a.substituteFor !== null || b.substituteFor !== null) out.push(c);
    }
  }
  return out;
};
