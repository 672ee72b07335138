/**
 * Coverage: the Coverage tab says which kind of help must be available on which days and hours; a gap is
 * a part of such a window where no slot offers that kind.
 */
import { cellRef, cellText, trimChars } from './cells';
import { type CalendarDate, compareDates, weekdayOfDate } from './dates';
import { dayGroups, leaveOutExcepted } from './day-groups';
import { type Day, DAYS, parseDays, parseLaterDays } from './days';
import { openTab, type Synonyms } from './headers';
import { KINDS, type Kind, parseKinds } from './kinds';
import { type Problem, problem } from './problems';
import type { DutySlot } from './schedule';
import type { Substitution } from './substitutions';
import { parseTimeRanges, subtract, type TimeRange } from './time-range';
import type { Workbook } from './workbook';

export interface CoverageRule {
  kinds: Kind[];
  days: Day[];
  range: TimeRange;
  cell: string;
}

export interface CoverageGap {
  kind: Kind;
  day: Day;
  range: TimeRange;
}

type Column = 'kind' | 'days' | 'time';

export const COVERAGE_SYNONYMS: Synonyms<Column> = {
  kind: ['вид помощи', 'виды помощи', 'вид', 'тип помощи', 'помощь', 'вид консультации', 'направление помощи', 'направление', 'kind', 'kind of help', 'type', 'type of help', 'help type', 'help', 'support type', 'type of support'],
  days: ['дни', 'день', 'дни недели', 'день недели', 'days', 'day', 'weekdays', 'day of week', 'day of the week'],
  time: ['время', 'часы', 'time', 'hours', 'часы работы', 'required hours'],
};

/** The columns a row cannot be read without; also what marks the header row under a title. */
export const COVERAGE_REQUIRED = ['time'] as const satisfies readonly Column[];

const sameDays = (a: readonly Day[], b: ReturnType<typeof parseDays>): boolean =>
  b.ok && a.length === b.value.length && a.every((d) => b.value.includes(d));

export const readCoverage = (workbook: Workbook, schoolDays: readonly Day[]): { rules: CoverageRule[]; problems: Problem[] } => {
  const rules: CoverageRule[] = [];
  const problems: Problem[] = [];
  const opened = openTab(workbook, 'coverage', COVERAGE_SYNONYMS, COVERAGE_REQUIRED, problems);
  if (!opened) return { rules, problems };
  const { tab, map, headerRow } = opened;
  for (let r = headerRow + 1; r < tab.rows.length; r++) {
    const row = tab.rows[r] ?? [];
    if (row.every((c) => cellText(c).trim() === '')) continue;
    const cell = cellRef(tab.name, r, map.time);
    const timeText = cellText(row[map.time]).trim();
    const kindText = map.kind === undefined ? '' : cellText(row[map.kind]).trim();
    const ownDays = map.days === undefined ? '' : cellText(row[map.days]).trim();
    if (timeText === '') {
      // A signature or a section title under the table: not a rule, and not an error that fails the check.
      problems.push(problem(cell, (t) => t.coverageRowWithoutTime(), 'warning'));
      continue;
    }
    const time = parseTimeRanges(timeText);
    if (!time.ok) {
      problems.push(problem(cell, time.text));
      continue;
    }
    // The days may be in their own column or in front of the time: `ПН-ПТ 9.00-16.00`. When both name
    // days, the time cell's own are the ones said with the hours; a days column that names neither its first
    // group's days nor all of its groups' together (`ПН-ПТ` | `СБ 9.00-12.00`) is a warning.
    const before = trimChars(time.value.before, /[\s:,;–—-]/, true);
    const readLater = (t: string) => parseLaterDays(t, schoolDays);
    const front = ownDays !== '' && before !== '' ? parseDays(before, schoolDays) : null;
    if (front?.ok) {
      const column = parseDays(ownDays, schoolDays);
      const all = [...new Set(dayGroups(time.value.ranges, front.value, readLater).days.flat())];
      // The column may name the first group's days (`ПН-ПТ` beside `ПН-ПТ 9-16, СБ 9-12`) or all of them.
      if (!sameDays(front.value, column) && !sameDays(all, column)) problems.push(problem(cell, (t) => t.coverageDaysDiffer(timeText, ownDays), 'warning'));
    }
    const daysText = front?.ok ? before : ownDays || before;
    const days = parseDays(daysText, schoolDays);
    if (!days.ok) {
      // At the cell whose text was read as days: the time cell's front (`ПН-ХХ 9.00-16.00`), else the days column.
      const fromTime = map.days === undefined || (ownDays === '' && before !== '');
      problems.push(problem(fromTime ? cell : cellRef(tab.name, r, map.days!), days.text));
      continue;
    }
    const kinds = parseKinds(kindText);
    if (!kinds.ok) {
      problems.push(problem(cellRef(tab.name, r, map.kind!), kinds.text));
      continue;
    }
    // `ПН-ПТ 9.00-16.00, СБ 9.00-12.00`: days after a range are the next ranges' days.
    const grouped = leaveOutExcepted(dayGroups(time.value.ranges, days.value, readLater), readLater);
    for (const [i, { range }] of grouped.ranges.entries()) rules.push({ kinds: kinds.value, days: grouped.days[i] ?? days.value, range, cell });
  }
  return { rules, problems };
};

export const offersKind = (slot: DutySlot, kind: Kind): boolean => slot.anyKind || slot.kinds.includes(kind);

/** The parts of each required window that no slot of that kind covers, merged and in week order. */
export const findCoverageGaps = (rules: readonly CoverageRule[], slots: readonly DutySlot[]): CoverageGap[] => {
  const gaps: CoverageGap[] = [];
  const byDay = new Map<Day, DutySlot[]>(DAYS.map((d) => [d, []]));
  for (const slot of slots) byDay.get(slot.day)!.push(slot);
  for (const rule of rules) {
    for (const kind of rule.kinds.length > 0 ? rule.kinds : KINDS) {
      for (const day of rule.days) {
        let open: TimeRange[] = [rule.range];
        for (const slot of byDay.get(day)!) {
          if (!offersKind(slot, kind)) continue;
          open = open.flatMap((piece) => subtract(piece, slot.range));
          if (open.length === 0) break;
        }
        for (const range of open) gaps.push({ kind, day, range });
      }
    }
  }
  gaps.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.range.start - b.range.start);
  // Two rules may ask for overlapping hours (ПН-ПТ 9-16 and ежедневно 13-15): one gap of each stretch.
  const merged: CoverageGap[] = [];
  for (const gap of gaps) {
    const last = merged[merged.length - 1];
    if (last && last.kind === gap.kind && last.day === gap.day && gap.range.start <= last.range.end) {
      last.range = { start: last.range.start, end: Math.max(last.range.end, gap.range.end) };
    } else merged.push({ ...gap });
  }
  return merged;
};

/** A gap on one date that the weekly schedule does not have: a duty cancelled, or moved, by a substitution. */
export interface DatedGap extends CoverageGap {
  date: CalendarDate;
}

/**
 * On each of `dates` that has substitutions, the hours they leave without anyone on duty beyond the weekly
 * `gaps` (already reported): Иванова off on Wednesday with nobody in her place. `onDate`: the slots that
 * stand on a date, as routing sees them (substitutions applied, then the staff list's kinds and who is
 * inactive).
 */
export const findDatedGaps = (
  rules: readonly CoverageRule[],
  onDate: (date: CalendarDate) => readonly DutySlot[],
  substitutions: readonly Substitution[],
  dates: readonly CalendarDate[],
  gaps: readonly CoverageGap[],
): DatedGap[] => {
  const out: DatedGap[] = [];
  for (const date of dates) {
    const day = weekdayOfDate(date);
    if (!substitutions.some((s) => compareDates(s.date, date) === 0)) continue;
    const rulesOfDay = rules.filter((r) => r.days.includes(day)).map((r) => ({ ...r, days: [day] }));
    for (const gap of findCoverageGaps(rulesOfDay, onDate(date))) {
      const weekly = gaps.filter((g) => g.kind === gap.kind && g.day === day).map((g) => g.range);
      const left = weekly.reduce<TimeRange[]>((pieces, w) => pieces.flatMap((p) => subtract(p, w)), [gap.range]);
      for (const range of left) out.push({ ...gap, range, date });
    }
  }
  return out;
};
