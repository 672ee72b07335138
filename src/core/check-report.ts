/**
 * The whole check of a workbook: settings, schedule, substitutions, conflicts, coverage gaps, rollout tasks,
 * the staff list's problems and every other problem found, and the machine form of it that `check --json` prints.
 */
import * as z from 'zod';
import { type Conflict, findConflicts, findSubstitutionConflicts } from './conflicts';
import { type CoverageGap, type CoverageRule, findCoverageGaps, readCoverage } from './coverage';
import { type CalendarDate, isoDate } from './dates';
import { DAYS } from './days';
import type { Language, Messages } from './i18n/messages';
import { jsonBytes } from './json-bytes';
import { KINDS } from './kinds';
import type { Problem } from './problems';
import type { RolloutTask } from './rollout';
import { readRollout } from './rollout';
import { type DutySlot, readSchedule } from './schedule';
import { staffAsNamed } from './full-names';
import { readSettings, type SchoolSettings } from './settings';
import { indexPeople, type PeopleIndex } from './people';
import { planRosterProblems, rosterProblems } from './roster';
import { inactiveNames, readStaff, type StaffMember, withStaffKinds } from './staff';
import { absentSubstitutes, clashingSubstitutions, currentSubstitutions, readSubstitutions, type Substitution, unmatchedSubstitutions } from './substitutions';
import { formatTime } from './time-range';
import type { Workbook } from './workbook';

export interface Analysis {
  settings: SchoolSettings;
  /** The zone dates in cells are read in: the spreadsheet's, which Settings may not match. */
  cellTimeZone: string;
  slots: DutySlot[];
  /** The slots of people the staff list does not mark inactive, a slot with no kind of its own taking the kinds
   * the staff list gives its person: what coverage and demand count, as routing does. */
  onDuty: DutySlot[];
  substitutions: Substitution[];
  conflicts: Conflict[];
  gaps: CoverageGap[];
  /** The Coverage tab's required hours, for gaps on a date (a substitution leaving hours uncovered). */
  coverage: CoverageRule[];
  tasks: RolloutTask[];
  problems: Problem[];
  /** The Staff tab's people (none without one), read once for every job that needs them. */
  staff: StaffMember[];
}

/**
 * Reads and checks everything a workbook holds. Pure: the same workbook always gives the same analysis.
 * `sheetTimeZone`: the spreadsheet's own zone, in which Sheets hands over the dates in cells. `today`: a
 * substitution before it is history: neither its overlap nor its mismatch is reported (without it, all are).
 */
export const analyseWorkbook = (workbook: Workbook, fallbackLanguage?: Language, sheetTimeZone?: string, today?: CalendarDate): Analysis => {
  const { settings, problems: settingProblems } = readSettings(workbook, fallbackLanguage, sheetTimeZone);
  const cellTimeZone = sheetTimeZone ?? settings.timeZone;
  const schedule = readSchedule(workbook, { schoolDays: settings.schoolDays, timeZone: cellTimeZone });
  const subs = readSubstitutions(workbook, cellTimeZone);
  const coverage = readCoverage(workbook, settings.schoolDays);
  const rollout = readRollout(workbook, cellTimeZone);
  // The staff list is checked with the rest, so a bad e-mail or yes/no is marked where it is written.
  const read = readStaff(workbook);
  // Full names on the staff list, written as the schedule and the plan write them (`Иванова А.Б.`).
  const staff = { ...read, staff: staffAsNamed(read.staff, namesIn(schedule.slots, subs.substitutions, rollout.tasks)) };
  const people = indexPeople(schedule.slots);
  const onDuty = withStaffKinds(slotsOfActive(schedule.slots, people, staff.staff), staff.staff);
  return {
    settings,
    cellTimeZone,
    slots: schedule.slots,
    onDuty,
    substitutions: subs.substitutions,
    conflicts: [...findConflicts(schedule.slots, null, people.ids), ...findSubstitutionConflicts(schedule.slots, subs.substitutions, today ?? null)],
    gaps: findCoverageGaps(coverage.rules, onDuty),
    coverage: coverage.rules,
    tasks: rollout.tasks,
    problems: [
      ...settingProblems,
      ...schedule.problems,
      ...subs.problems,
      ...unmatchedSubstitutions(schedule.slots, people, subs.substitutions, today ?? null),
      ...clashingSubstitutions(subs.substitutions, today ?? null),
      ...absentSubstitutes(subs.substitutions, today ?? null, schedule.slots),
      ...coverage.problems,
      ...rollout.problems,
      ...staff.problems,
      ...rosterProblems(schedule.slots, people, staff, currentSubstitutions(subs.substitutions, today ?? null)),
      ...planRosterProblems(rollout.tasks, staff),
    ],
    staff: staff.staff,
  };
};

/** Everyone the workbook names outside the staff list, lazily: most staff lists have no full names to match. */
function* namesIn(slots: readonly DutySlot[], substitutions: readonly Substitution[], tasks: readonly RolloutTask[]): Generator<string> {
  for (const s of slots) yield s.person;
  for (const s of substitutions) {
    yield s.person;
    if (s.substitute) yield s.substitute;
  }
  for (const t of tasks) yield* t.responsible;
}

/** The slots whose person is not marked inactive (a name is, only when none of its Staff rows is active). */
const slotsOfActive = (slots: DutySlot[], people: PeopleIndex, staff: readonly StaffMember[]): DutySlot[] => {
  // A key is its own key (personKey folds once and for all), so the index numbers it as the name.
  const gone = new Set([...inactiveNames(staff)].map(people.idOf));
  return gone.size === 0 ? slots : slots.filter((_, i) => !gone.has(people.ids[i]!));
};

/** Conflicts or errors make a check fail; gaps and warnings are reported but do not. */
export const checkFailed = (a: Analysis): boolean => a.conflicts.length > 0 || a.problems.some((p) => p.severity === 'error');

const day = z.enum(DAYS);
const hhmm = z.string().regex(/^\d{2}:\d{2}$/);

export const CheckJson = z.object({
  slots: z.array(
    z.object({ person: z.string(), day, start: hhmm, end: hhmm, kinds: z.array(z.enum(KINDS)), room: z.string().nullable(), cell: z.string() }),
  ),
  conflicts: z.array(
    z.object({
      type: z.enum(['person', 'room']),
      who: z.string(),
      day,
      date: z.string().nullable(),
      start: hhmm,
      end: hhmm,
      cells: z.array(z.string()),
    }),
  ),
  gaps: z.array(z.object({ kind: z.enum(KINDS), day, start: hhmm, end: hhmm })),
  tasks: z.array(
    z.object({
      task: z.string(),
      deadline: z.string(),
      due: z.string().nullable(),
      responsible: z.array(z.string()),
      status: z.string(),
      cell: z.string(),
    }),
  ),
  problems: z.array(z.object({ cell: z.string(), severity: z.enum(['error', 'warning']), message: z.string() })),
});
export type CheckJson = z.infer<typeof CheckJson>;

type Item<K extends keyof CheckJson> = CheckJson[K][number];

/** One mapper per list, so a large check can be written item by item instead of built whole. */
export const checkJsonItems = (m: Messages) => ({
  slots: (s: DutySlot): Item<'slots'> => ({
    person: s.person,
    day: s.day,
    start: formatTime(s.range.start),
    end: formatTime(s.range.end),
    kinds: s.anyKind ? [] : s.kinds,
    room: s.room,
    cell: s.cell,
  }),
  conflicts: (c: Conflict): Item<'conflicts'> => ({
    type: c.type,
    who: c.who,
    day: c.day,
    date: c.date ? isoDate(c.date) : null,
    start: formatTime(c.overlap.start),
    end: formatTime(c.overlap.end),
    cells: [c.slots[0].cell, c.slots[1].cell],
  }),
  gaps: (g: CoverageGap): Item<'gaps'> => ({ kind: g.kind, day: g.day, start: formatTime(g.range.start), end: formatTime(g.range.end) }),
  tasks: (t: RolloutTask): Item<'tasks'> => ({
    task: t.task,
    deadline: t.deadline,
    due: t.due ? isoDate(t.due) : null,
    responsible: t.responsible,
    status: t.status,
    cell: t.cell,
  }),
  problems: (p: Problem): Item<'problems'> => ({ cell: p.cell, severity: p.severity, message: p.text(m) }),
});

/**
 * The slots as the report shows them: one without a kind of its own with its person's kinds from the staff
 * list, as the gaps count it (`[]`, every kind, beside a gap of a kind it does not give contradicted itself).
 * The analysis keeps them as written: routing applies substitutions first, so a substitute brings their own.
 */
const shownSlots = (a: Analysis): DutySlot[] => withStaffKinds(a.slots, a.staff);

export const toCheckJson = (a: Analysis, m: Messages): CheckJson => {
  const map = checkJsonItems(m);
  return {
    slots: shownSlots(a).map(map.slots),
    conflicts: a.conflicts.map(map.conflicts),
    gaps: a.gaps.map(map.gaps),
    tasks: a.tasks.map(map.tasks),
    problems: a.problems.map(map.problems),
  };
};

/**
 * The same object as `toCheckJson`, as UTF-8 JSON in chunks of about a megabyte: a 500,000-slot school never
 * holds its report as one string. Slots and conflicts, nearly all of a large report, are written field by
 * field straight into bytes (the test checks they match `toCheckJson`); a new line after every `batch` items
 * keeps lines a sane length.
 */
export function* checkJsonChunks(a: Analysis, m: Messages, batch = 5000): Generator<Uint8Array> {
  const map = checkJsonItems(m);
  const out = jsonBytes();
  function* list<T>(key: keyof CheckJson, items: readonly T[], write: (item: T) => void, first = false): Generator<Uint8Array> {
    out.raw(`${first ? '{' : ','}"${key}":[`);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out.raw(i % batch === 0 ? ',\n' : ',');
      write(items[i]!);
      yield* out.full();
    }
    out.raw(']');
  }
  // Days, times and kinds are codes of our own, ASCII by their types; every text from the workbook is escaped.
  // Piece by piece, not templates: a template is a new string per item, built and then read again.
  const slot = (s: DutySlot): void => {
    out.raw('{"person":');
    out.string(s.person);
    out.raw(',"day":"');
    out.raw(s.day);
    out.raw('","start":"');
    out.raw(formatTime(s.range.start));
    out.raw('","end":"');
    out.raw(formatTime(s.range.end));
    out.raw('","kinds":[');
    if (!s.anyKind)
      for (const [i, k] of s.kinds.entries()) {
        out.raw(i === 0 ? '"' : ',"');
        out.raw(k);
        out.raw('"');
      }
    out.raw('],"room":');
    if (s.room === null) out.raw('null');
    else out.string(s.room);
    out.raw(',"cell":');
    out.string(s.cell);
    out.raw('}');
  };
  const conflict = (c: Conflict): void => {
    out.raw(c.type === 'person' ? '{"type":"person","who":' : '{"type":"room","who":');
    out.string(c.who);
    out.raw(',"day":"');
    out.raw(c.day);
    if (c.date) {
      out.raw('","date":"');
      out.raw(isoDate(c.date));
      out.raw('","start":"');
    } else out.raw('","date":null,"start":"');
    out.raw(formatTime(c.overlap.start));
    out.raw('","end":"');
    out.raw(formatTime(c.overlap.end));
    out.raw('","cells":[');
    out.string(c.slots[0].cell);
    out.raw(',');
    out.string(c.slots[1].cell);
    out.raw(']}');
  };
  yield* list('slots', shownSlots(a), slot, true);
  yield* list('conflicts', a.conflicts, conflict);
  yield* list('gaps', a.gaps, (g) => out.value(map.gaps(g)));
  yield* list('tasks', a.tasks, (t) => out.value(map.tasks(t)));
  yield* list('problems', a.problems, (p) => out.value(map.problems(p)));
  out.raw('}\n');
  yield* out.end();
}
