/**
 * The same hours written more than once in one cell (`Пн 9-11, 9-11`, `9-11 каб 14, 9-11 Кабинет 14`) are one
 * duty: the repeats are dropped with a warning at the cell, not reported as the person overlapping themselves,
 * which for a cell repeating a range thousands of times was millions of overlaps and ran out of memory. A name
 * written twice in a person cell is taken once before this, by the people parser (oncePerPerson).
 */
import { type DutySlot, personKey, roomKey } from './duty-slot';
import { type Problem, problem } from './problems';

/** A room as the overlaps tell rooms apart (`каб 14` = `Кабинет 14`); one that folds to nothing by its text. */
const roomOf = (room: string | null): string => (room === null ? '' : `${roomKey(room) || `=${room}`}\u0000`);

const sameDuty = (a: DutySlot, b: DutySlot): boolean =>
  a.day === b.day && a.range.start === b.range.start && a.range.end === b.range.end && roomOf(a.room) === roomOf(b.room) && personKey(a.person) === personKey(b.person);

const dutyKey = (s: DutySlot): string => `${personKey(s.person)}\u0000${s.day}\u0000${s.range.start}\u0000${s.range.end}\u0000${roomOf(s.room)}`;

/** Beyond this many slots from one cell, repeats are found through a set rather than by comparing each pair. */
const FEW = 8;

/**
 * Drops, from `slots[from…]`, every slot that repeats an earlier one of the same cell, and warns once per
 * cell. A cell's slots are read one after another, so each run of one cell is looked at alone.
 */
export const withoutRepeatsInCell = (slots: DutySlot[], from: number, problems: Problem[]): void => {
  let kept = from;
  for (let first = from; first < slots.length; ) {
    let end = first + 1;
    while (end < slots.length && slots[end]!.cell === slots[first]!.cell) end++;
    const seen = end - first > FEW ? new Set<string>() : null;
    const cellStart = kept;
    let repeated: DutySlot | null = null;
    for (let i = first; i < end; i++) {
      const s = slots[i]!;
      let repeat = false;
      if (seen) {
        const key = dutyKey(s);
        repeat = seen.has(key);
        seen.add(key);
      } else for (let k = cellStart; k < kept && !repeat; k++) repeat = sameDuty(slots[k]!, s);
      if (repeat) repeated ??= s;
      else slots[kept++] = s;
    }
    if (repeated) {
      const r = repeated;
      problems.push(problem(r.cell, (t) => t.dutyRepeatedInCell(r.person, t.timeRange(r.range)), 'warning'));
    }
    first = end;
  }
  slots.length = kept;
};
