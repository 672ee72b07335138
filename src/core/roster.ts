/**
 * The schedule against the staff list: each person on duty should be on it, active, with an e-mail, or
 * requests routed to them are mailed to the admins instead. One warning per person, at their first slot.
 */
import type { DutySlot } from './duty-slot';
import type { PeopleIndex } from './people';
import { type Problem, problem } from './problems';
import type { StaffMember } from './staff';

export const rosterProblems = (slots: readonly DutySlot[], people: PeopleIndex, staff: { staff: readonly StaffMember[]; tab: string | null }): Problem[] => {
  const { tab } = staff;
  // A school that keeps no staff list has chosen to: nothing to compare with.
  if (tab === null) return [];
  const members = new Map<number, StaffMember>();
  for (const member of staff.staff) {
    const id = people.idOf(member.name);
    if (id >= 0 && !members.has(id)) members.set(id, member);
  }
  const seen = new Uint8Array(people.size);
  const problems: Problem[] = [];
  for (let i = 0; i < slots.length; i++) {
    const id = people.ids[i]!;
    if (id < 0 || seen[id]) continue;
    seen[id] = 1;
    const member = members.get(id);
    const { person, cell } = slots[i]!;
    if (!member) problems.push(problem(cell, (t) => t.personNotOnStaff(person, tab), 'warning'));
    else if (!member.active) problems.push(problem(cell, (t) => t.personInactive(person, tab), 'warning'));
    else if (member.email === '') problems.push(problem(cell, (t) => t.personNoEmail(person, tab), 'warning'));
  }
  return problems;
};
