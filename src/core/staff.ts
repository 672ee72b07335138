/** The Staff tab: who may be on duty, their e-mail, the kinds of help they give, admin and active flags. */
import { cellRef, cellText, foldText } from './cells';
import { type DutySlot, personKey, splitPersonCell } from './duty-slot';
import { openTab, type Synonyms } from './headers';
import { KINDS, type Kind, parseKinds } from './kinds';
import { type Problem, problem } from './problems';
import { isEmail, type SchoolSettings } from './settings';
import { COLUMN_SYNONYMS } from './tabs';
import type { Workbook } from './workbook';

export interface StaffMember {
  name: string;
  position: string;
  email: string;
  kinds: Kind[];
  admin: boolean;
  active: boolean;
  cell: string;
}

type Column = 'name' | 'position' | 'email' | 'kinds' | 'admin' | 'active';

export const STAFF_SYNONYMS = COLUMN_SYNONYMS.staff as Synonyms<Column>;

/** The columns a row cannot be read without; also what marks the header row under a title. */
export const STAFF_REQUIRED = ['name'] as const satisfies readonly Column[];

const YES = ['да', 'yes', 'y', 'true', '1', '+', 'д', 'истина'];
const NO = ['нет', 'no', 'n', 'false', '0', '-', 'н', 'ложь'];

/** `да`/`yes`/TRUE; empty means the default. */
export const parseYesNo = (value: unknown, fallback: boolean): boolean | null => {
  if (typeof value === 'boolean') return value;
  const t = foldText(String(value ?? ''));
  if (t === '') return fallback;
  if (YES.includes(t)) return true;
  if (NO.includes(t)) return false;
  return null;
};

/** `tab`: the Staff tab's name as the workbook has it, null when there is none (or it could not be read). */
export const readStaff = (workbook: Workbook): { staff: StaffMember[]; problems: Problem[]; tab: string | null } => {
  const staff: StaffMember[] = [];
  const problems: Problem[] = [];
  const opened = openTab(workbook, 'staff', STAFF_SYNONYMS, STAFF_REQUIRED, problems);
  if (!opened) return { staff, problems, tab: null };
  const { tab, map, headerRow } = opened;
  for (let r = headerRow + 1; r < tab.rows.length; r++) {
    const row = tab.rows[r] ?? [];
    const written = cellText(row[map.name]).trim();
    if (written === '') continue;
    // Read as a duty cell is (`Петров, В.Г.`, `Иванова А.Б. (зам. директора)`), so the names match the schedule's.
    const people = splitPersonCell(written).people;
    const name = people.length === 1 ? people[0]! : written;
    const at = (c: number | undefined) => (c === undefined ? '' : cellText(row[c]).trim());
    const email = at(map.email);
    if (email !== '' && !isEmail(email)) problems.push(problem(cellRef(tab.name, r, map.email!), (t) => t.fieldBadEmail(), 'warning'));
    const kinds = parseKinds(at(map.kinds));
    if (!kinds.ok) problems.push(problem(cellRef(tab.name, r, map.kinds!), kinds.text, 'warning'));
    const flag = (c: number | undefined, fallback: boolean) => {
      const v = parseYesNo(c === undefined ? '' : row[c], fallback);
      if (v !== null) return v;
      // The column as the school headed it, so the message names what the secretary sees.
      const column = cellText(tab.rows[headerRow]?.[c!]).trim();
      problems.push(problem(cellRef(tab.name, r, c!), (t) => t.yesNoUnreadable(column, at(c)), 'warning'));
      return fallback;
    };
    staff.push({
      name,
      position: at(map.position),
      email: isEmail(email) ? email : '',
      kinds: kinds.ok ? kinds.value : [],
      admin: flag(map.admin, false),
      active: flag(map.active, true),
      cell: cellRef(tab.name, r, map.name),
    });
  }
  return { staff, problems, tab: tab.name };
};

/**
 * The names (as personKey folds them) the staff list marks inactive: a name is inactive only when none of
 * its rows is active (a namesake, or someone who came back on a new row).
 */
export const inactiveNames = (staff: readonly Pick<StaffMember, 'name' | 'active'>[]): Set<string> => {
  const active = new Set(staff.filter((s) => s.active).map((s) => personKey(s.name)));
  return new Set(staff.filter((s) => !s.active).map((s) => personKey(s.name)).filter((k) => !active.has(k)));
};

/**
 * The address to write to someone by name: an active row's first (someone back on a new row keeps an old,
 * inactive one with the old address), else any row's; '' when none has one.
 */
export const emailOf = (staff: readonly Pick<StaffMember, 'name' | 'active' | 'email'>[], name: string): string => {
  const key = personKey(name);
  const rows = staff.filter((s) => s.email && personKey(s.name) === key);
  return (rows.find((s) => s.active) ?? rows[0])?.email ?? '';
};

/**
 * Admin addresses: Settings' list and every staff row marked both admin and active, each address once
 * whatever its case (a quota counts every recipient). Row by row, not name by name: each row has its own
 * address, and one of someone who left must not get the digest, which names requesters.
 */
export const adminAddresses = (settings: Pick<SchoolSettings, 'adminEmails'>, staff: readonly Pick<StaffMember, 'admin' | 'active' | 'email'>[]): string[] => {
  const byAddress = new Map<string, string>();
  for (const address of [...settings.adminEmails, ...staff.filter((s) => s.admin && s.active && s.email).map((s) => s.email)]) {
    if (!byAddress.has(address.toLowerCase())) byAddress.set(address.toLowerCase(), address);
  }
  return [...byAddress.values()];
};

/**
 * Slots whose own kind cell is empty (a grid has none) take the kinds the staff list gives their person, so
 * a methodist on duty in a grid schedule is not sent technical requests and does not cover technical hours.
 * A person whose active rows name no kind keeps every kind; a kind written in the schedule stands as written.
 */
export const withStaffKinds = <S extends DutySlot>(slots: readonly S[], staff: readonly Pick<StaffMember, 'name' | 'active' | 'kinds'>[]): S[] => {
  const given = new Map<string, Set<Kind>>();
  for (const member of staff) {
    if (!member.active || member.kinds.length === 0) continue;
    const key = personKey(member.name);
    const kinds = given.get(key) ?? new Set<Kind>();
    for (const kind of member.kinds) kinds.add(kind);
    given.set(key, kinds);
  }
  if (given.size === 0) return slots as S[];
  return slots.map((slot) => {
    const kinds = slot.anyKind ? given.get(personKey(slot.person)) : undefined;
    return kinds ? { ...slot, anyKind: false, kinds: KINDS.filter((k) => kinds.has(k)) } : slot;
  });
};
