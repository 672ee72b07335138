/**
 * What the weekly e-mails say, as data: each duty person's week (slots as dates with rooms, substitutions
 * applied, cancelled slots kept and marked), their open requests with age and their rollout tasks due
 * soon or late; and for the admins the whole picture, the request numbers and demand against coverage.
 */
import type { Analysis } from './check-report';
import { cellText, zonedParts } from './cells';
import type { Conflict } from './conflicts';
import { type CoverageGap, type DatedGap, findDatedGaps, offersKind } from './coverage';
import { addDays, type CalendarDate, compareDates, parseCalendarDate, weekdayOfDate } from './dates';
import { DAYS, type Day } from './days';
import { KINDS, type Kind } from './kinds';
import type { MailLogColumns, MailLogEntry } from './outbox';
import type { LoggedRequest } from './request-log';
import type { RolloutTask } from './rollout';
import { onDutyOn } from './routing';
import { personKey } from './schedule';
import type { StaffMember } from './staff';
import type { TimeRange } from './time-range';
import { changesOnDate } from './substitutions';
import { daysBetween, isoWeek, weekDates } from './week';
import type { CellValue } from './workbook';

export interface DutyLine {
  date: CalendarDate;
  range: TimeRange;
  room: string | null;
  /** Covering for this person on this date. */
  substituteFor: string | null;
  /** This slot does not happen: cancelled, or handed to `handedTo`. */
  cancelled: boolean;
  handedTo: string | null;
}

export interface PersonWeek {
  member: StaffMember;
  duties: DutyLine[];
  openRequests: { id: string; ageDays: number; kind: Kind | null; status: string }[];
  tasks: { task: RolloutTask; overdue: boolean }[];
}

const OPEN = new Set(['new', 'inProgress', 'waiting']);
// A status whose first word says a task is finished (or dropped): `Выполнено 18.09`, `завершено (приказ
// № 12)`, `Проведено`, `Held`, `Done ✅`, a tick alone (`+`, `✓`), or a yes alone or before a date or such a
// word (`да`, `Да, 15.09`, `да, выполнено`). What says it is not quite (`Выполнено частично`, `выполнено на
// 50%`, `Готов проект приказа`, `на подписи`, `не все классы`, `held over`, `выполняется`) leaves it open;
// done late (`не в срок`, `not on time`), at 100 %, or with nothing left to do (`не требуется`) is done.
const DONE_WORDS = new Set([
  'выполнено', 'выполнена', 'выполнен', 'выполнены', 'исполнено', 'исполнена', 'исполнен', 'исполнены', 'завершено', 'завершена', 'завершен',
  'готово', 'готов', 'сделано', 'сделана', 'сделан', 'сделаны', 'проведено', 'проведена', 'проведен', 'проведены', 'закрыто', 'отменено',
  'отменена', 'реализовано', 'реализована', 'реализован', 'внедрено', 'внедрена', 'внедрен', 'решено', 'done', 'completed', 'complete',
  'closed', 'finished', 'held', 'cancelled', 'canceled', 'resolved', 'achieved', 'implemented', 'delivered', 'accomplished', 'fulfilled',
]);
// A tick, as typed or as an emoji keyboard gives it: alone it says done, and before a date (DONE_ON).
const TICK = String.raw`(?:\+|✓|✔|✅|☑|v)`;
const TICKS = new RegExp(String.raw`^${TICK}\.?$`, 'u');
/** A status that is only "nothing to do any more": `Не требуется`, `Снято с контроля`, `Not required`, `N/A`. */
const NOT_NEEDED = /^(?:не\s+требуется|не\s+требовалось|не\s+актуально|неактуально|снят[оа]?\s+с\s+контроля|not\s+(?:required|needed|applicable)|n\/?a)\.?$/u;
const YES = /^(?:да|yes)(?!\p{L})[\s,.:;–—-]*/u;
const NOT_QUITE =
  /частичн|(?:^|[\s,(/])не(?:[\s,)/.]|$)|%|проект|на подпис|partial|partly|in part|(?:^|[\s,(/])not(?:[\s,)/.]|$)|held[\s-]*(?:over|up|back|off)|pending|draft|\?/u;
/**
 * Words that say when, or that nothing was needed, not whether: `не в срок`, `100%`, `not late`, `не
 * требуется`, `замечаний не было`. Taken out before the test above, whose `не`/`not` says not quite.
 */
const ONLY_WHEN =
  /не\s+(?:в\s+срок|вовремя|требуется|требовалось|было\s+замечаний)|замечаний\s+не\s+было|not\s+(?:on\s+time|required|needed)|(?:^|[\s(])100\s*%|(?:^|[\s(])(?:not\s+)?(?:late|overdue)(?=[\s,.)]|$)/gu;
export const SOON_DAYS = 14;

/**
 * A moment from a log cell (a Sheets date or `dd.MM.yyyy H:mm` text), on the school's wall clock: a date is
 * an instant, shown in the school's zone (Settings), as routing and «today» see it; text is the wall clock
 * as written, in the zone of the Sheet that shows it (`cellZone`).
 */
export const wallClockOf = (value: CellValue, timeZone: string, cellZone = timeZone): { date: CalendarDate; hour: number; ms: number | null } | null => {
  if (value instanceof Date) {
    const p = zonedParts(value, timeZone);
    return { date: { year: p.year, month: p.month, day: p.day }, hour: p.hour, ms: value.getTime() };
  }
  const m = /^(\S+)(?:\s+(\d{1,2}):(\d{2}))?/.exec(cellText(value).trim());
  const date = m ? parseCalendarDate(m[1]!) : null;
  if (!date || !m) return null;
  const hour = Number(m[2] ?? 0);
  return { date, hour, ms: instantOf(Date.UTC(date.year, date.month - 1, date.day, hour, Number(m[3] ?? 0)), cellZone) };
};

/**
 * The instant at which the zone's wall clock shows `wall` (its fields read as UTC), so a time typed as text
 * and one Sheets keeps as a date measure the same: 18:03 in Moscow is 15:03 UTC.
 */
const instantOf = (wall: number, timeZone: string): number => {
  const shownAt = (ms: number) => {
    const p = zonedParts(new Date(ms), timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  };
  // The offset at the first guess, then once more, in case the guess and the answer straddle a clock change.
  const first = wall - (shownAt(wall) - wall);
  return wall - (shownAt(first) - first);
};

/**
 * `14.10.2026`, `18.09`, `+ 18.09.2026`, `10/14/2026`, `18/09`: a date in the status column is the day it was
 * done. A fraction (`2/3`, `0.5`) is no date: the day and month must be ones, and a slash without a year only
 * counts when its first number can only be a day (`18/09`).
 */
const DONE_ON = new RegExp(String.raw`^(?:${TICK}\s*)?(\d{1,2})(?:\.(\d{1,2})(?:\.\d{2,4})?|\/(\d{1,2})(\/\d{2,4})?)(?:\s*г\.?)?$`, 'u');
const isDoneOn = (t: string): boolean => {
  const m = DONE_ON.exec(t);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2] ?? m[3])];
  if (a < 1 || b < 1 || a > 31 || b > 31) return false;
  if (m[2] !== undefined) return b <= 12;
  // Slashed: with a year, day first or month first; without one, only a day first that cannot be a month.
  return m[4] !== undefined ? Math.min(a, b) <= 12 : a > 12 && b <= 12;
};

/** `Проведено 2 из 3`, `done for 4 of 5 classes`: a part of the whole (`5 из 5` is all of it). */
const partCount = (t: string): boolean => [...t.matchAll(/(\d+)\s*(?:из|of|out\s+of)\s*(\d+)/gu)].some((m) => m[1] !== m[2]);

export const isTaskDone = (status: string): boolean => {
  // An emoji keyboard's tick carries a variation selector (`✔️`).
  let t = status.toLowerCase().replace(/ё/g, 'е').replace(/\ufe0f/g, '').trim();
  if (TICKS.test(t) || NOT_NEEDED.test(t) || isDoneOn(t)) return true;
  const yes = YES.exec(t);
  if (yes) {
    t = t.slice(yes[0].length);
    // `Да, 15.09`: yes and the date; `Да, 2 из 5 классов` is not done.
    if (t === '' || isDoneOn(t)) return true;
  }
  return DONE_WORDS.has(/^\p{L}+/u.exec(t)?.[0] ?? '') && !NOT_QUITE.test(t.replace(ONLY_WHEN, ' ')) && !partCount(t);
};

/** The week's slots by person: each date's slots computed once (substitutions applied), then grouped. */
const dutiesByPerson = (a: Analysis, week: CalendarDate[]): Map<string, DutyLine[]> => {
  const byPerson = new Map<string, DutyLine[]>();
  const add = (person: string, line: DutyLine) => {
    const key = personKey(person);
    const lines = byPerson.get(key);
    if (lines) lines.push(line);
    else byPerson.set(key, [line]);
  };
  for (const date of week) {
    const { standing, removed } = changesOnDate(a.slots, a.substitutions, date);
    for (const s of standing) add(s.person, { date, range: s.range, room: s.room, substituteFor: s.substituteFor, cancelled: false, handedTo: null });
    // The parts of a person's slots that a substitution took away that day.
    for (const r of removed) add(r.person, { date, range: r.range, room: r.room, substituteFor: null, cancelled: true, handedTo: r.handedTo });
  }
  for (const lines of byPerson.values()) lines.sort((x, y) => compareDates(x.date, y.date) || x.range.start - y.range.start);
  return byPerson;
};

export const personWeeks = (a: Analysis, staff: readonly StaffMember[], requests: readonly LoggedRequest[], weekOf: CalendarDate, today: CalendarDate): PersonWeek[] => {
  const duties = dutiesByPerson(a, weekDates(weekOf));
  // Keys folded once: a large school has thousands of people and requests.
  const open = requests.filter((r) => r.status !== null && OPEN.has(r.status)).map((r) => ({ r, key: personKey(r.assignee) }));
  const taskKeys = a.tasks.map((t) => ({ t, keys: t.responsible.map(personKey) }));
  const out: PersonWeek[] = [];
  for (const member of staff) {
    // Someone on duty without an address still gets a summary: the outbox logs it as not sent, saying why,
    // where health and the next digest show it (a colleague's summary may say they stand in for him).
    if (!member.active) continue;
    const key = personKey(member.name);
    const openRequests = open
      .filter((x) => x.key === key)
      .map((x) => x.r)
      .map((r) => {
        const received = wallClockOf(r.received, a.settings.timeZone, a.cellTimeZone);
        return { id: r.id, ageDays: received ? Math.max(0, daysBetween(received.date, today)) : 0, kind: r.kind, status: r.statusText };
      });
    const tasks = taskKeys
      .filter((x) => x.keys.includes(key))
      .map((x) => x.t)
      .filter((t) => t.due && !isTaskDone(t.status))
      .filter((t) => daysBetween(today, t.due!) <= SOON_DAYS)
      .map((t) => ({ task: t, overdue: compareDates(t.due!, today) < 0 }));
    const mine = duties.get(key) ?? [];
    if (mine.length + openRequests.length + tasks.length > 0) out.push({ member, duties: mine, openRequests, tasks });
  }
  return out;
};

export interface Digest {
  week: string;
  conflicts: Conflict[];
  gaps: CoverageGap[];
  /** Hours of the digest's week left uncovered by its substitutions, beyond the weekly gaps. */
  datedGaps: DatedGap[];
  lastWeek: {
    from: CalendarDate;
    to: CalendarDate;
    received: number;
    resolved: number;
    medianHoursToResolve: number | null;
    byKind: [Kind | 'other', number][];
    byRole: [string, number][];
  };
  open: number;
  oldestOpen: { id: string; ageDays: number } | null;
  overdue: RolloutTask[];
  soon: RolloutTask[];
  /** Every request ever logged, by weekday and hour, beside whether the current schedule (without one-day
   * substitutions) has anyone on duty for its kind then: where the schedule and the demand part ways. */
  demand: { day: Day; hour: number; requests: number; uncovered: number }[];
  /** Messages given up on last week (no address, or every try failed): nobody else hears of them. */
  unsent: { date: CalendarDate; to: string; subject: string; reason: string }[];
}

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const countBy = <K extends string>(keys: K[]): [K, number][] => {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
};

/** The Mail log as read: its columns and rows (none when the Sheet has no log yet). */
export interface MailLogReading {
  columns: MailLogColumns;
  entries: readonly MailLogEntry[];
}

/** `reported`: Monday of the whole week whose requests the digest counts (reportedWeek). */
export const composeDigest = (
  a: Analysis,
  requests: readonly LoggedRequest[],
  weekOf: CalendarDate,
  today: CalendarDate,
  reported: CalendarDate,
  mailLog: MailLogReading | null = null,
): Digest => {
  const at = (value: CellValue) => wallClockOf(value, a.settings.timeZone, a.cellTimeZone);
  const from = reported;
  const to = addDays(reported, 6);
  const inLastWeek = (d: CalendarDate | undefined) => !!d && compareDates(d, from) >= 0 && compareDates(d, to) <= 0;
  const withTimes = requests.map((r) => ({ r, received: at(r.received), resolved: at(r.resolved) }));
  // An invalid answer (no class, a second try) is not a request: the demand table leaves it out too.
  const received = withTimes.filter((x) => inLastWeek(x.received?.date) && x.r.status !== 'invalid');
  const resolved = withTimes.filter((x) => inLastWeek(x.resolved?.date));
  const hours = resolved.filter((x) => x.received?.ms != null && x.resolved?.ms != null).map((x) => (x.resolved!.ms! - x.received!.ms!) / 3_600_000);
  const open = withTimes.filter((x) => x.r.status !== null && OPEN.has(x.r.status));
  const oldest = open
    .filter((x) => x.received)
    .map((x) => ({ id: x.r.id, ageDays: Math.max(0, daysBetween(x.received!.date, today)) }))
    .sort((x, y) => y.ageDays - x.ageDays)[0];
  const cells = new Map<string, { day: Day; hour: number; requests: number; uncovered: number }>();
  for (const x of withTimes) {
    if (!x.received || x.r.status === 'invalid') continue;
    const day = weekdayOfDate(x.received.date);
    const hour = x.received.hour;
    const minute = hour * 60 + 30;
    const covered = a.onDuty.some((s) => s.day === day && s.range.start <= minute && minute < s.range.end && (x.r.kind ? offersKind(s, x.r.kind) : true));
    const key = `${day}|${hour}`;
    const cell = cells.get(key) ?? { day, hour, requests: 0, uncovered: 0 };
    cell.requests++;
    if (!covered) cell.uncovered++;
    cells.set(key, cell);
  }
  return {
    week: isoWeek(weekOf),
    conflicts: a.conflicts,
    gaps: a.gaps,
    datedGaps: findDatedGaps(a.coverage, onDutyOn(a.slots, a.substitutions, a.staff), a.substitutions, weekDates(weekOf), a.gaps),
    lastWeek: {
      from,
      to,
      received: received.length,
      resolved: resolved.length,
      medianHoursToResolve: median(hours),
      byKind: countBy(received.map((x) => (x.r.kind && KINDS.includes(x.r.kind) ? x.r.kind : 'other') as Kind | 'other')),
      byRole: countBy(received.map((x) => x.r.role || '—')),
    },
    open: open.length,
    oldestOpen: oldest ?? null,
    overdue: a.tasks.filter((t) => t.due && !isTaskDone(t.status) && compareDates(t.due, today) < 0),
    soon: a.tasks.filter((t) => t.due && !isTaskDone(t.status) && compareDates(t.due, today) >= 0 && daysBetween(today, t.due) <= SOON_DAYS),
    demand: [...cells.values()].sort((x, y) => DAYS.indexOf(x.day) - DAYS.indexOf(y.day) || x.hour - y.hour),
    unsent: mailLog ? unsentIn(mailLog, at, inLastWeek) : [],
  };
};

/** The log's given-up rows whose last try (the time column) falls in the window. */
const unsentIn = ({ columns, entries }: MailLogReading, at: (value: CellValue) => ReturnType<typeof wallClockOf>, inWindow: (d: CalendarDate) => boolean): Digest['unsent'] => {
  const text = (e: MailLogEntry, c: keyof MailLogColumns) => (columns[c] < 0 ? '' : cellText(e.cells[columns[c]]).trim());
  return entries.flatMap((e) => {
    const when = e.status === 'gaveUp' && columns.time >= 0 ? at(e.cells[columns.time] ?? '') : null;
    return when && inWindow(when.date) ? [{ date: when.date, to: text(e, 'to'), subject: text(e, 'subject'), reason: text(e, 'error') }] : [];
  });
};

