/**
 * Overlapping duty: two slots of the same person, or of the same room, on the same day whose half-open
 * ranges overlap (10.00-12.00 and 12.00-14.00 touch and do not conflict). Sort and sweep per (who, day),
 * so the cost is n log n plus the conflicts found, never a pairwise loop over all slots.
 */
import { type CalendarDate, isoDate } from './dates';
import type { Day } from './days';
import { type DutySlot, personKey, roomKey } from './schedule';
import { type DatedSlot, type Substitution, slotsOnDate } from './substitutions';
import { textIds } from './text-ids';
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

const DAY_INDEX: Record<Day, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

/**
 * One integer per slot naming whom (or which room) it belongs to, -1 for none; texts that fold to one key
 * share an id. One probe per slot by the text as written: the folding runs once per distinct text.
 */
const groupIds = <S extends DutySlot>(slots: readonly S[], textOf: (s: S) => string | null, keyOf: (text: string) => string): Int32Array => {
  const idOf = textIds(keyOf);
  const ids = new Int32Array(slots.length);
  for (let i = 0; i < slots.length; i++) {
    const text = textOf(slots[i]!);
    ids[i] = text === null ? -1 : idOf(text);
  }
  return ids;
};

/**
 * Calls `each` with every group of slots sharing an id and a day: `ordered[from…to)`, the group's slot
 * indexes in sheet order, which `each` may reorder. Groups are laid out by a counting sort over the ids, so
 * a million slots cost two passes and no per-group strings or arrays.
 */
const forEachGroup = (slots: readonly DutySlot[], ids: Int32Array, each: (ordered: Int32Array, from: number, to: number) => void): void => {
  let groups = 0;
  for (const id of ids) if (id >= groups) groups = id + 1;
  const groupOf = new Int32Array(slots.length);
  const starts = new Int32Array(groups * 7 + 1);
  for (let i = 0; i < slots.length; i++) {
    const g = ids[i]! < 0 ? -1 : ids[i]! * 7 + DAY_INDEX[slots[i]!.day];
    groupOf[i] = g;
    if (g >= 0) starts[g + 1]!++;
  }
  for (let g = 1; g < starts.length; g++) starts[g]! += starts[g - 1]!;
  const fill = starts.slice(0, -1);
  const ordered = new Int32Array(starts[starts.length - 1]!);
  for (let i = 0; i < slots.length; i++) {
    const g = groupOf[i]!;
    if (g >= 0) ordered[fill[g]!++] = i;
  }
  for (let g = 0; g + 1 < starts.length; g++) {
    if (starts[g + 1]! - starts[g]! >= 2) each(ordered, starts[g]!, starts[g + 1]!);
  }
};

/**
 * Positions 0…n-1 ordered by a whole-number key, ties in position order: one numeric sort of key·n +
 * position, no comparator calls (a comparator over half a million conflicts cost most of a second).
 * Null when a key is not a whole number below `limit`: the caller then sorts with a comparator.
 */
const orderByWholeKey = (n: number, limit: number, keyOf: (position: number) => number): Int32Array | null => {
  if (limit * n > Number.MAX_SAFE_INTEGER) return null;
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const key = keyOf(k);
    if (!Number.isInteger(key) || key < 0 || key >= limit) return null;
    keys[k] = key * n + k;
  }
  keys.sort();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k]! % n;
  return order;
};

const MINUTES = 24 * 60 + 1;
const isMinute = (m: number): boolean => Number.isInteger(m) && m >= 0 && m < MINUTES;

/**
 * Every slot's start and end, read once in sheet order: the sweep then visits each group's slots in time
 * order through these two packed arrays, not through the slot objects and their ranges spread over the heap
 * (on half a million slots, that chase cost more than the sweep itself).
 */
interface Times {
  start: Float64Array;
  end: Float64Array;
}

const timesOf = (slots: readonly DutySlot[]): Times => {
  const start = new Float64Array(slots.length);
  const end = new Float64Array(slots.length);
  for (let i = 0; i < slots.length; i++) {
    const r = slots[i]!.range;
    start[i] = r.start;
    end[i] = r.end;
  }
  return { start, end };
};

/** The group's slots by start, then end, then place in the group. */
const byStart = ({ start, end }: Times, group: Int32Array): ArrayLike<number> => {
  const order = orderByWholeKey(group.length, MINUTES * MINUTES, (k) => {
    const [s, e] = [start[group[k]!]!, end[group[k]!]!];
    return isMinute(s) && isMinute(e) ? s * MINUTES + e : Number.NaN;
  });
  if (order === null) return Array.from(group).sort((a, b) => start[a]! - start[b]! || end[a]! - end[b]! || a - b);
  return order.map((k) => group[k]!);
};

/**
 * Puts a small group in order in place, by start, then end, then sheet order, as `byStart` does: most groups
 * are one person's or one room's two or three slots of a day, and arrays of their own for each of hundreds
 * of thousands of them cost more than the sweep.
 */
const SMALL_GROUP = 16;
const sortSmallGroup = ({ start, end }: Times, ordered: Int32Array, from: number, to: number): void => {
  for (let k = from + 1; k < to; k++) {
    const i = ordered[k]!;
    let at = k;
    // Strictly later only: equal times keep sheet order.
    for (; at > from; at--) {
      const j = ordered[at - 1]!;
      if (start[j]! < start[i]! || (start[j] === start[i] && end[j]! <= end[i]!)) break;
      ordered[at] = j;
    }
    ordered[at] = i;
  }
};

/** The slots running at the sweep's current start; one array reused by every group, grown as needed. */
let active = new Int32Array(64);

/** Every overlapping pair in one group: by start time, each slot against those still running. */
const sweep = (times: Times, ordered: Int32Array, from: number, to: number, emit: (a: number, b: number) => void): void => {
  const small = to - from <= SMALL_GROUP;
  if (small) sortSmallGroup(times, ordered, from, to);
  const order = small ? ordered : byStart(times, ordered.subarray(from, to));
  const [first, last] = small ? [from, to] : [0, to - from];
  if (active.length < to - from) active = new Int32Array(to - from);
  let running = 0;
  for (let k = first; k < last; k++) {
    const i = order[k]!;
    const start = times.start[i]!;
    // Those that ended by this start drop out, in place and in order.
    let kept = 0;
    for (let r = 0; r < running; r++) if (times.end[active[r]!]! > start) active[kept++] = active[r]!;
    running = kept;
    for (let r = 0; r < running; r++) emit(active[r]!, i);
    active[running++] = i;
  }
};

const inSheetOrder = (a: DutySlot, b: DutySlot): boolean =>
  a.tab !== b.tab ? a.tab < b.tab : a.row !== b.row ? a.row < b.row : a.column <= b.column;

/** Week order, then start time, then person before room; equal keys keep the order they were found in. */
const inWeekOrder = (conflicts: Conflict[]): Conflict[] => {
  const rank = (c: Conflict) => [DAY_INDEX[c.day], c.overlap.start, c.type === 'person' ? 0 : 1] as const;
  const order = orderByWholeKey(conflicts.length, 7 * MINUTES * 2, (k) => {
    const [day, start, type] = rank(conflicts[k]!);
    return isMinute(start) ? (day * MINUTES + start) * 2 + type : Number.NaN;
  });
  if (order !== null) return Array.from(order, (k) => conflicts[k]!);
  return conflicts.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
};

/**
 * A cell naming a team (`Петров В.Г., Смирнов И.К.`) gives one slot per person, all in one room: the room
 * counts once, by the team's first slot, so an overlap with a third slot is reported once and not per
 * member. A cell's slots are read one after another, so comparing with the slots just before is enough.
 */
const withoutTeamRepeats = (slots: readonly DutySlot[], room: Int32Array): void => {
  for (let i = 1; i < slots.length; i++) {
    const s = slots[i]!;
    for (let k = i - 1; k >= 0 && slots[k]!.cell === s.cell; k--) {
      const t = slots[k]!;
      if (room[k] === room[i] && t.day === s.day && t.range.start === s.range.start && t.range.end === s.range.end && t.person !== s.person) {
        room[i] = -1;
        break;
      }
    }
  }
};

/**
 * Every overlap in a set of slots. Slots written in one cell together (two people, one room) are a team.
 * `personIds`: the slots' people numbered already (indexPeople), when the caller has them.
 */
export const findConflicts = <S extends DutySlot>(slots: readonly S[], date: CalendarDate | null = null, personIds?: Int32Array): Conflict[] => {
  const conflicts: Conflict[] = [];
  const person = personIds ?? groupIds(slots, (s) => s.person, personKey);
  const room = groupIds(slots, (s) => s.room, roomKey);
  withoutTeamRepeats(slots, room);
  // A group is named as its first row writes the name or room.
  let type: Conflict['type'] = 'person';
  let who = '';
  const emit = (i: number, j: number) => {
    const a = slots[i]!;
    const b = slots[j]!;
    if (type === 'room' && a.cell === b.cell) return;
    // Two rows of one person in one room already conflict as a person; the room adds nothing.
    if (type === 'room' && person[i] === person[j]) return;
    const overlap = intersect(a.range, b.range);
    // The pair in sheet order, so a report reads top to bottom.
    const pair: [S, S] = inSheetOrder(a, b) ? [a, b] : [b, a];
    if (overlap) conflicts.push({ type, who, day: a.day, date, overlap, slots: pair });
  };
  const times = timesOf(slots);
  forEachGroup(slots, person, (ordered, from, to) => {
    type = 'person';
    who = slots[ordered[from]!]!.person;
    sweep(times, ordered, from, to, emit);
  });
  forEachGroup(slots, room, (ordered, from, to) => {
    type = 'room';
    who = slots[ordered[from]!]!.room!;
    sweep(times, ordered, from, to, emit);
  });
  return inWeekOrder(conflicts);
};

/**
 * Overlaps a substitution creates: on each substitution date, the substitute's borrowed slot against
 * everything else that stands on that date. Only overlaps that involve a borrowed slot are returned;
 * the weekly ones are already in `findConflicts`. Dates before `from` are history and give none.
 */
export const findSubstitutionConflicts = (slots: readonly DutySlot[], substitutions: readonly Substitution[], from: CalendarDate | null = null): Conflict[] => {
  const dates = new Map<string, CalendarDate>();
  const first = from ? isoDate(from) : '';
  for (const s of substitutions) if (s.substitute && isoDate(s.date) >= first) dates.set(isoDate(s.date), s.date);
  const out: Conflict[] = [];
  for (const date of [...dates.values()].sort((a, b) => isoDate(a).localeCompare(isoDate(b)))) {
    const onDate: DatedSlot[] = slotsOnDate(slots, substitutions, date);
    for (const c of findConflicts(onDate, date)) {
      const [a, b] = c.slots as [DatedSlot, DatedSlot];
      // A borrowed slot keeps its room and hours: a room it shares was shared every week, and is reported
      // as that, not as caused by the substitution. Only a substitute now due in two places is new.
      if (c.type === 'person' && (a.substituteFor !== null || b.substituteFor !== null)) out.push(c);
    }
  }
  return out;
};
