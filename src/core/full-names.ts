/**
 * A staff list writes names in full (`Иванова Анна Борисовна`, `Anna Smith`) where the schedule and the plan
 * write surname and initials (`Иванова А.Б.`, `Smith A.`): within one workbook, such a member is the person
 * the others name, when no one else on the list has the same initials.
 */
import { personKey } from './duty-slot';
import type { StaffMember } from './staff';

const CYRILLIC_FULL = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*) (\p{Lu})\p{Ll}+ (\p{Lu})\p{Ll}+$/u;
const LATIN_FULL = /^([A-Z])[a-z'’-]+ ([A-Z][a-zA-Z'’-]+)$/;

/** `Иванова Анна Борисовна` → `Иванова А.Б.`; `Anna Smith` → `Smith A.`; null for any other name. */
export const initialsForm = (name: string): string | null => {
  const ru = CYRILLIC_FULL.exec(name);
  if (ru) return `${ru[1]} ${ru[2]}.${ru[3]}.`;
  const en = LATIN_FULL.exec(name);
  return en ? `${en[2]} ${en[1]}.` : null;
};

/**
 * The staff list with each full name written as the rest of the workbook writes it (`names`: the people
 * on duty, substituting and responsible for tasks), where that is surname and initials and the full name
 * itself is never used. Two members whose names give the same initials keep their names: which one the
 * schedule means cannot be told.
 */
export const staffAsNamed = <M extends Pick<StaffMember, 'name'>>(staff: readonly M[], names: Iterable<string>): M[] => {
  const short = staff.map((m) => initialsForm(m.name));
  if (short.every((s) => s === null)) return [...staff];
  // How many members each initials key could be: their own written name's key, or their full name's initials.
  const claims = new Map<string, number>();
  for (const [i, m] of staff.entries()) {
    for (const key of new Set([personKey(m.name), ...(short[i] ? [personKey(short[i]!)] : [])])) claims.set(key, (claims.get(key) ?? 0) + 1);
  }
  const used = new Map<string, string>();
  for (const name of names) {
    const key = personKey(name);
    if (!used.has(key)) used.set(key, name);
  }
  return staff.map((m, i) => {
    const form = short[i];
    if (!form || used.has(personKey(m.name))) return m;
    const key = personKey(form);
    const written = used.get(key);
    return written !== undefined && claims.get(key) === 1 ? { ...m, name: written } : m;
  });
};
