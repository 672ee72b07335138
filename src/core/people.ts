/**
 * One number per person on duty, shared by every check that groups slots by person (overlaps, the staff
 * list, substitutions): each distinct text is folded to its key once, and each slot is looked up once.
 */
import { type DutySlot, personKey } from './duty-slot';
import { textIds } from './text-ids';

export interface PeopleIndex {
  /** The id of each slot's person, by slot position; -1 for a name that folds to nothing. */
  ids: Int32Array;
  /** The id of any name, as written: a name not on the schedule gets a new id of its own. */
  idOf: (name: string) => number;
  /** One more than the largest id among the slots. */
  size: number;
}

export const indexPeople = (slots: readonly DutySlot[]): PeopleIndex => {
  const idOf = textIds(personKey);
  const ids = new Int32Array(slots.length);
  let size = 0;
  for (let i = 0; i < slots.length; i++) {
    const id = idOf(slots[i]!.person);
    ids[i] = id;
    if (id >= size) size = id + 1;
  }
  return { ids, idOf, size };
};
