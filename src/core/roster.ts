/**
 * The schedule against the staff list: each person on duty, and each substitute standing in, should be on
 * it, active, with an e-mail; else requests routed to them go to others or to the admins. One warning per
 * person, at the name in their first slot's row; one per substitution, at its row.
 */
import { cellRef } from './cells';
import { type DutySlot, looksLikeName, personKey } from './duty-slot';
import type { PeopleIndex } from './people';
import { type Problem, problem } from './problems';
import type { RolloutTask } from './rollout';
import type { StaffMember } from './staff';
import type { Substitution } from './substitutions';

export const rosterProblems = (
  slots: readonly DutySlot[],
  people: PeopleIndex,
  staff: { staff: readonly StaffMember[]; tab: string | null },
  substitutions: readonly Substitution[] = [],
): Problem[] => {
  const { tab } = staff;
  // A school that keeps no staff list has chosen to: nothing to compare with.
  if (tab === null) return [];
  const members = new Map<number, StaffMember>();
  for (const member of staff.staff) {
    const id = people.idOf(member.name);
    // A name written on two rows counts as active when either is, as routing reads it.
    if (id >= 0 && (!members.has(id) || (member.active && !members.get(id)!.active))) members.set(id, member);
  }
  const problems: Problem[] = [];
  const check = (person: string, cell: string): void => {
    const member = members.get(people.idOf(person));
    if (!member) problems.push(problem(cell, (t) => t.personNotOnStaff(person, tab), 'warning'));
    else if (!member.active) problems.push(problem(cell, (t) => t.personInactive(person, tab), 'warning'));
    else if (member.email === '') problems.push(problem(cell, (t) => t.personNoEmail(person, tab), 'warning'));
  };
  const seen = new Uint8Array(people.size);
  for (let i = 0; i < slots.length; i++) {
    const id = people.ids[i]!;
    if (id < 0 || seen[id]) continue;
    seen[id] = 1;
    const s = slots[i]!;
    check(s.person, s.personColumn === undefined ? s.cell : cellRef(s.tab, s.row, s.personColumn));
  }
  for (const sub of substitutions) if (sub.substitute) check(sub.substitute, sub.substituteCell ?? sub.cell);
  return problems;
};

/**
 * The plan's responsible people against the staff list: a name (surname and initials) found on no row of
 * it gets no weekly summary, so the task is never reminded. Groups (`классные руководители`) are not names.
 */
export const planRosterProblems = (tasks: readonly RolloutTask[], staff: { staff: readonly StaffMember[]; tab: string | null }): Problem[] => {
  const { tab } = staff;
  if (tab === null) return [];
  const known = new Set(staff.staff.map((member) => personKey(member.name)));
  const problems: Problem[] = [];
  for (const task of tasks)
    for (const person of task.responsible)
      if (looksLikeName(person) && !known.has(personKey(person))) problems.push(problem(task.responsibleCell ?? task.cell, (t) => t.responsibleNotOnStaff(person, tab), 'warning'));
  return problems;
};
