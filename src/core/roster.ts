/**
 * The schedule against the staff list: each person on duty should be on it, active, with an e-mail, or
 * requests routed to them are mailed to the admins instead. One warning per person, at their first slot.
 */
import type { Problem } from './problems';
import { problem } from './problems';
import { type DutySlot, personKey } from './schedule';
import type { StaffMember } from './staff';

export const rosterProblems = (slots: readonly DutySlot[], staff: { staff: readonly StaffMember[]; tab: string | null }): Problem[] => {
  const { tab } = staff;
  // A school that keeps no staff list has chosen to: nothing to compare with.
  if (tab === null) return [];
  const members = new Map(staff.staff.map((s) => [personKey(s.name), s]));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const slot of slots) {
    const key = personKey(slot.person);
    if (seen.has(key)) continue;
    seen.add(key);
    const member = members.get(key);
    const { person } = slot;
    if (!member) problems.push(problem(slot.cell, (t) => t.personNotOnStaff(person, tab), 'warning'));
    else if (!member.active) problems.push(problem(slot.cell, (t) => t.personInactive(person, tab), 'warning'));
    else if (member.email === '') problems.push(problem(slot.cell, (t) => t.personNoEmail(person, tab), 'warning'));
  }
  return problems;
};
