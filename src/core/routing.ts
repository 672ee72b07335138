/**
 * Routing a help request: to whoever is on duty for its kind of help when it arrives (substitutions
 * count), else to whoever has the next slot for that kind; with nobody in the schedule, to the admins.
 * Someone the staff list marks inactive is passed over, as the weekly summaries and the sidebar do; a slot
 * with no kind of its own offers the kinds the staff list gives its person (withStaffKinds).
 */
import { offersKind } from './coverage';
import { addDays, type CalendarDate } from './dates';
import type { Kind } from './kinds';
import { type DutySlot, personKey } from './schedule';
import { inactiveNames, type StaffMember, withStaffKinds } from './staff';
import { type DatedSlot, type Substitution, slotsOnDate } from './substitutions';

/** A moment on the school's wall clock: the date and minutes since midnight, in the school's time zone. */
export interface SchoolTime {
  date: CalendarDate;
  minute: number;
}

export type Route =
  /** On duty right now: the slot it falls in. */
  | { kind: 'onDuty'; assignee: string; slot: DatedSlot }
  /** Nobody now: the next slot for that kind, today or later. */
  | { kind: 'next'; assignee: string; slot: DatedSlot }
  /** The schedule has nobody for that kind within the horizon: the admins take it. */
  | { kind: 'admins'; assignee: null; slot: null };

/** How far ahead to look for a next slot: two weeks covers a cancelled week plus the weekend. */
export const ROUTING_HORIZON_DAYS = 14;

const earliest = (slots: DatedSlot[]): DatedSlot | undefined =>
  [...slots].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.row - b.row)[0];

/**
 * The slots that stand on a date, as routing sees them: substitutions applied, a slot with no kind taking
 * its person's kinds from the staff list, and people the list marks inactive left out. The digest's gaps
 * of a date use the same view.
 */
export const onDutyOn = (slots: readonly DutySlot[], substitutions: readonly Substitution[], staff: readonly Pick<StaffMember, 'name' | 'active' | 'kinds'>[]) => {
  const inactive = inactiveNames(staff);
  return (date: CalendarDate): DatedSlot[] => withStaffKinds(slotsOnDate(slots, substitutions, date), staff).filter((s) => !inactive.has(personKey(s.person)));
};

export const routeRequest = (
  slots: readonly DutySlot[],
  substitutions: readonly Substitution[],
  kind: Kind,
  at: SchoolTime,
  staff: readonly Pick<StaffMember, 'name' | 'active' | 'kinds'>[] = [],
): Route => {
  const standing = onDutyOn(slots, substitutions, staff);
  for (let offset = 0; offset <= ROUTING_HORIZON_DAYS; offset++) {
    const candidates = standing(addDays(at.date, offset)).filter((s) => offersKind(s, kind));
    if (offset === 0) {
      const now = earliest(candidates.filter((s) => s.range.start <= at.minute && at.minute < s.range.end));
      if (now) return { kind: 'onDuty', assignee: now.person, slot: now };
      const later = earliest(candidates.filter((s) => s.range.start > at.minute));
      if (later) return { kind: 'next', assignee: later.person, slot: later };
      continue;
    }
    const next = earliest(candidates);
    if (next) return { kind: 'next', assignee: next.person, slot: next };
  }
  return { kind: 'admins', assignee: null, slot: null };
};
