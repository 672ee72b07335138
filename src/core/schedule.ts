/**
 * Reads the duty schedule from every tab whose name starts with `График`/`Schedule`, in any of the three
 * layouts real orders use: list (blank day = the day above), grid (people × weekdays) and combined
 * (`ПН-ПТ 9.00-16.00` in one cell). Every unreadable cell becomes a problem naming that cell.
 */
import { cellRef, cellText, foldText } from './cells';
import { type Day, DEFAULT_SCHOOL_DAYS, parseDayName, parseDays } from './days';
import { type HeaderMap, isScheduleTab, mapHeaders, type Synonyms } from './headers';
import { type Kind, parseKinds } from './kinds';
import { memoize } from './memo';
import { type Problem, problem } from './problems';
import { parseTimeOfDay, parseTimeRanges, type TimeRange } from './time-range';
import type { CellValue, Tab, Workbook } from './workbook';

/** One person on duty on one weekday for one time range. */
export interface DutySlot {
  /** The name without the role in parentheses: `Иванова А.Б.`. */
  person: string;
  role: string | null;
  day: Day;
  range: TimeRange;
  /** The kinds of help offered; with `anyKind` the slot covers every kind. */
  kinds: Kind[];
  anyKind: boolean;
  room: string | null;
  note: string;
  tab: string;
  /** The cell that holds the slot's time: `График!B4`. */
  cell: string;
  /** 0-based row index in the tab, for writing highlights back. */
  row: number;
  column: number;
}

export type Layout = 'list' | 'grid';

export interface ScheduleReading {
  slots: DutySlot[];
  problems: Problem[];
  layouts: { tab: string; layout: Layout }[];
}

type ListColumn = 'day' | 'time' | 'start' | 'end' | 'kind' | 'person' | 'room' | 'note';

export const LIST_SYNONYMS: Synonyms<ListColumn> = {
  day: ['день', 'дни', 'день недели', 'дни недели', 'day', 'days', 'weekday'],
  time: [
    'время', 'часы', 'часы работы', 'время работы', 'время консультаций', 'время приема', 'когда',
    'день и время', 'дни и время', 'дни и часы', 'time', 'hours', 'when', 'day and time', 'days and time',
  ],
  start: ['начало', 'с', 'время начала', 'start', 'from', 'start time'],
  end: ['окончание', 'конец', 'до', 'по', 'время окончания', 'end', 'to', 'end time'],
  kind: ['вид помощи', 'вид', 'тип помощи', 'тип', 'помощь', 'вид консультации', 'kind', 'kind of help', 'type', 'type of help', 'help'],
  person: [
    'ответственный', 'ответственные', 'сотрудник', 'фио', 'специалист', 'кто', 'ответственное лицо', 'дежурный',
    'responsible', 'person', 'name', 'staff', 'who', 'specialist', 'on duty',
  ],
  room: ['кабинет', 'каб', 'место', 'где', 'помещение', 'место проведения', 'room', 'place', 'location', 'where', 'venue'],
  note: ['примечание', 'примечания', 'комментарий', 'note', 'notes', 'comment', 'comments'],
};

const HEADER_SCAN_ROWS = 10;

/** `Кузнецова Ж.З. (администратор ЭЖ, технический специалист)` → the names and the role. */
export const splitPersonCell = (text: string): { people: string[]; role: string | null } => {
  const roles: string[] = [];
  const bare = text.replace(/\(([^)]*)\)/g, (_m, inner: string) => {
    roles.push(inner.trim());
    return ' ';
  });
  const people = bare
    .split(/[,;\n]+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  return { people, role: roles.length > 0 ? roles.join('; ') : null };
};

/** One key per person however the initials are spaced: `Петров В. Г.` = `петров в.г.`. */
export const personKey = (name: string): string => {
  const [surname = '', ...rest] = foldText(name.replace(/\./g, ' ')).split(' ');
  return `${surname} ${rest.join('')}`.trim();
};

/** One key per room however it is written: `каб. 14`, `Кабинет №14`, `room 14` → `14`. */
export const roomKey = (room: string): string =>
  foldText(room)
    .replace(/кабинет|каб|аудитория|ауд|room|rm|№|#/g, '')
    .replace(/[\s.,]+/g, '');

const isWeekdayHeader = (value: CellValue): boolean => {
  const text = cellText(value).trim();
  return text !== '' && parseDayName(text) !== null;
};

const findHeaderRow = (tab: Tab): { row: number; layout: Layout } => {
  const limit = Math.min(tab.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = tab.rows[r] ?? [];
    if (row.filter(isWeekdayHeader).length >= 2) return { row: r, layout: 'grid' };
    const map = mapHeaders(row, LIST_SYNONYMS);
    if (map.person !== undefined && (map.time !== undefined || map.start !== undefined || map.day !== undefined)) {
      return { row: r, layout: 'list' };
    }
  }
  const firstNonEmpty = tab.rows.findIndex((row) => row.some((c) => cellText(c).trim() !== ''));
  return { row: Math.max(0, firstNonEmpty), layout: 'list' };
};

interface SlotBase {
  role: string | null;
  note: string;
  tab: string;
  kinds: Kind[];
  anyKind: boolean;
}

/**
 * One literal with every field in one order: object spread gave each slot a hidden class of its own, and
 * a 500,000-slot school spent most of its time collecting them.
 */
const makeSlot = (base: SlotBase, person: string, day: Day, range: TimeRange, room: string | null, cell: string, row: number, column: number): DutySlot => ({
  person,
  role: base.role,
  day,
  range,
  kinds: base.kinds,
  anyKind: base.anyKind,
  room,
  note: base.note,
  tab: base.tab,
  cell,
  row,
  column,
});

/** Parsers of one tab's reading, each remembering its answers (they are pure and their results never change). */
const tabParsers = (schoolDays: readonly Day[]) => ({
  days: memoize((text) => parseDays(text, schoolDays)),
  kinds: memoize(parseKinds),
  people: memoize(splitPersonCell),
  ranges: memoize(parseTimeRanges),
});
type TabParsers = ReturnType<typeof tabParsers>;

const readKinds = (tab: Tab, r: number, column: number | undefined, problems: Problem[], parse: TabParsers) => {
  const text = column === undefined ? '' : cellText(tab.rows[r]?.[column]).trim();
  if (text === '') return { kinds: [] as Kind[], anyKind: true };
  const parsed = parse.kinds(text);
  if (parsed.ok) return { kinds: parsed.value, anyKind: false };
  problems.push(problem(cellRef(tab.name, r, column ?? 0), parsed.text));
  return { kinds: [] as Kind[], anyKind: false };
};

const readListTab = (tab: Tab, headerRow: number, { schoolDays, timeZone }: ReadOptions, out: ScheduleReading): void => {
  const map: HeaderMap<ListColumn> = mapHeaders(tab.rows[headerRow] ?? [], LIST_SYNONYMS);
  const missing: ListColumn[] = [];
  if (map.person === undefined) missing.push('person');
  if (map.time === undefined && (map.start === undefined || map.end === undefined)) missing.push('time');
  if (missing.length > 0) {
    for (const column of missing) out.problems.push(problem(tab.name, (t) => t.columnMissing(tab.name, t.columnName(column))));
    return;
  }
  const text = (r: number, column: number | undefined): string =>
    column === undefined ? '' : cellText(tab.rows[r]?.[column], timeZone).trim();
  const parse = tabParsers(schoolDays);
  let carriedDays: Day[] | null = null;
  for (let r = headerRow + 1; r < tab.rows.length; r++) {
    const dayText = text(r, map.day);
    const timeText = text(r, map.time);
    const startText = text(r, map.start);
    const endText = text(r, map.end);
    const personText = text(r, map.person);
    const hasTime = timeText !== '' || startText !== '' || endText !== '';
    if (dayText !== '') {
      const days = parse.days(dayText);
      carriedDays = days.ok ? days.value : null;
      if (!days.ok) {
        out.problems.push(problem(cellRef(tab.name, r, map.day!), days.text));
        continue;
      }
    }
    if (!hasTime && personText === '') continue; // a blank row, or a day heading for the rows below
    const timeColumn = map.time ?? map.start!;
    const timeCell = cellRef(tab.name, r, timeColumn);
    if (!hasTime) {
      out.problems.push(problem(timeCell, (t) => t.timeMissing()));
      continue;
    }
    if (personText === '') {
      out.problems.push(problem(cellRef(tab.name, r, map.person!), (t) => t.personMissing()));
      continue;
    }
    let ranges: { range: TimeRange; rest: string }[];
    let days = carriedDays;
    if (map.time !== undefined && timeText !== '') {
      const parsed = parse.ranges(timeText);
      if (!parsed.ok) {
        out.problems.push(problem(timeCell, parsed.text));
        continue;
      }
      ranges = parsed.value.ranges;
      if (parsed.value.before !== '') {
        const inCell = parse.days(parsed.value.before);
        if (!inCell.ok) {
          out.problems.push(problem(timeCell, inCell.text));
          continue;
        }
        days = inCell.value;
      }
    } else {
      const start = parseTimeOfDay(startText);
      const end = parseTimeOfDay(endText);
      if (!start.ok || !end.ok) {
        const bad = !start.ok ? { r: start, c: map.start! } : { r: end, c: map.end! };
        if (!bad.r.ok) out.problems.push(problem(cellRef(tab.name, r, bad.c), bad.r.text));
        continue;
      }
      const joined = parseTimeRanges(`${startText}-${endText}`);
      if (!joined.ok) {
        out.problems.push(problem(timeCell, joined.text));
        continue;
      }
      ranges = joined.value.ranges;
    }
    if (!days) {
      out.problems.push(problem(map.day !== undefined ? cellRef(tab.name, r, map.day) : timeCell, (t) => t.dayMissing()));
      continue;
    }
    const { people, role } = parse.people(personText);
    const roomText = text(r, map.room);
    const base = { role, note: text(r, map.note), tab: tab.name, ...readKinds(tab, r, map.kind, out.problems, parse) };
    for (const person of people)
      for (const day of days)
        for (const { range, rest } of ranges)
          out.slots.push(makeSlot(base, person, day, range, roomText || rest || null, timeCell, r, timeColumn));
  }
};

const readGridTab = (tab: Tab, headerRow: number, { schoolDays, timeZone }: ReadOptions, out: ScheduleReading): void => {
  const parse = tabParsers(schoolDays);
  const header = tab.rows[headerRow] ?? [];
  const dayColumns: { column: number; day: Day }[] = [];
  const other: CellValue[] = header.map((cell, column) => {
    const day = isWeekdayHeader(cell) ? parseDayName(cellText(cell)) : null;
    if (day) dayColumns.push({ column, day });
    return day ? '' : cell;
  });
  const map = mapHeaders(other, LIST_SYNONYMS);
  // The person column may have an empty header: then it is the first column that is not a weekday.
  const personColumn = map.person ?? header.findIndex((c) => !isWeekdayHeader(c));
  if (personColumn < 0) {
    out.problems.push(problem(tab.name, (t) => t.columnMissing(tab.name, t.columnName('person'))));
    return;
  }
  for (let r = headerRow + 1; r < tab.rows.length; r++) {
    const personText = cellText(tab.rows[r]?.[personColumn]).trim();
    const filled = dayColumns.filter(({ column }) => cellText(tab.rows[r]?.[column]).trim() !== '');
    if (filled.length === 0) continue;
    if (personText === '') {
      out.problems.push(problem(cellRef(tab.name, r, personColumn), (t) => t.personMissing()));
      continue;
    }
    const { people, role } = parse.people(personText);
    const defaultRoom = map.room === undefined ? '' : cellText(tab.rows[r]?.[map.room]).trim();
    const note = map.note === undefined ? '' : cellText(tab.rows[r]?.[map.note]).trim();
    const base = { role, note, tab: tab.name, ...readKinds(tab, r, map.kind, out.problems, parse) };
    for (const { column, day } of filled) {
      const cell = cellRef(tab.name, r, column);
      const cellValue = cellText(tab.rows[r]?.[column], timeZone);
      const parsed = parse.ranges(cellValue);
      if (!parsed.ok) {
        out.problems.push(problem(cell, parsed.text));
        continue;
      }
      if (parsed.value.before !== '') {
        out.problems.push(problem(cell, (t) => t.timeUnreadable(cellValue.trim())));
        continue;
      }
      for (const person of people)
        for (const { range, rest } of parsed.value.ranges)
          out.slots.push(makeSlot(base, person, day, range, rest || defaultRoom || null, cell, r, column));
    }
  }
};

export interface ReadOptions {
  /** What `ежедневно` means. */
  schoolDays: readonly Day[];
  /** The Sheet's zone: time values typed as times are read as the wall clock there. */
  timeZone: string;
}

const DEFAULT_OPTIONS: ReadOptions = { schoolDays: DEFAULT_SCHOOL_DAYS, timeZone: 'UTC' };

/** Reads one schedule tab. */
export const readScheduleTab = (
  tab: Tab,
  options: ReadOptions = DEFAULT_OPTIONS,
  out: ScheduleReading = { slots: [], problems: [], layouts: [] },
): ScheduleReading => {
  if (tab.rows.every((row) => row.every((c) => cellText(c).trim() === ''))) return out;
  const { row, layout } = findHeaderRow(tab);
  out.layouts.push({ tab: tab.name, layout });
  if (layout === 'grid') readGridTab(tab, row, options, out);
  else readListTab(tab, row, options, out);
  return out;
};

/** Reads every schedule tab of the workbook; a workbook without one gets one problem saying so. */
export const readSchedule = (workbook: Workbook, options: ReadOptions = DEFAULT_OPTIONS): ScheduleReading => {
  const out: ScheduleReading = { slots: [], problems: [], layouts: [] };
  const tabs = workbook.tabs.filter((t) => isScheduleTab(t.name));
  if (tabs.length === 0) out.problems.push(problem('', (t) => t.noScheduleTab()));
  for (const tab of tabs) readScheduleTab(tab, options, out);
  return out;
};
