/**
 * Reads the duty schedule from every tab whose name starts with `График`/`Schedule`, in any of the three
 * layouts real orders use: list (blank day = the day above), grid (people × weekdays) and combined
 * (`ПН-ПТ 9.00-16.00` in one cell). Every unreadable cell becomes a problem naming that cell.
 */
import { withoutRepeatsInCell } from './cell-repeats';
import { cellRefsIn, cellText, dayFractionTime, foldText, trimChars } from './cells';
import { type Day, parseDayName, parseDays } from './days';
import { dayGroups, daysBeforeNote, exceptedDays, leaveOutExcepted } from './day-groups';
import { placeOfRest } from './room-notes';
import {
  DEFAULT_OPTIONS,
  type Layout,
  LIST_SYNONYMS,
  type ListColumn,
  makeSlot,
  type ReadOptions,
  readKinds,
  type ScheduleReading,
  tabParsers,
} from './duty-slot';
import { cellsBeyondHeader, HEADER_SCAN_ROWS, type HeaderMap, isScheduleTab, mapHeaders } from './headers';
import { problem } from './problems';
import { type RangeInCell, rangeOfTimeCells, readTimeOfDay } from './time-range';
import type { CellValue, Tab, Workbook } from './workbook';

export { type DutySlot, LIST_SYNONYMS, personKey, type ReadOptions, roomKey, type ScheduleReading, splitPersonCell } from './duty-slot';


const NO_DUTY = /^(?:[-–—―]*|нет|не дежурит|выходной|x|х|none|off|n\/a)$/i;

const ROW_NUMBER_HEADER = /^(?:№|#|no\.?|n|№?\s*п\s*\/\s*п)$/i;

/** The days a grid's column header names: one (`Понедельник 23 ноября`) or several (`Ср-Чт`, `Пн, Ср`); null for none. */
const headerDays = (value: CellValue): Day[] | null => {
  const text = cellText(value).trim();
  if (text === '') return null;
  const day = parseDayName(text);
  if (day) return [day];
  const days = parseDays(text);
  return days.ok ? days.value : null;
};

const isWeekdayHeader = (value: CellValue): boolean => headerDays(value) !== null;

/** The row that holds a schedule tab's headers (orders often put a title above), and the layout it shows. */
export const findHeaderRow = (tab: Tab): { row: number; layout: Layout; above?: number } => {
  const limit = Math.min(tab.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = tab.rows[r] ?? [];
    if (row.filter(isWeekdayHeader).length >= 2) return { row: r, layout: 'grid' };
    const map = listColumns(row);
    // `Сотрудник | Суббота` (a tab for one day): a grid of one weekday, as a list would need a time column.
    if (map.person !== undefined && map.time === undefined && map.start === undefined && row.some(isWeekdayHeader)) return { row: r, layout: 'grid' };
    if (map.person !== undefined && (map.time !== undefined || map.start !== undefined || map.day !== undefined)) {
      // `ФИО | Дни недели` over `| ПН | ВТ | СР`: a grid whose weekdays sit in a second header row.
      const below = tab.rows[r + 1] ?? [];
      if (map.time === undefined && map.start === undefined && below.filter(isWeekdayHeader).length >= 2) return { row: r + 1, layout: 'grid', above: r };
      return { row: r, layout: 'list' };
    }
  }
  const firstNonEmpty = tab.rows.findIndex((row) => row.some((c) => cellText(c).trim() !== ''));
  return { row: Math.max(0, firstNonEmpty), layout: 'list' };
};

// `среда (по чётным)`, `9-11 (нечётные недели)`, `Вт по неч`, `every other week`: duty not every week. A bare
// `чет` is even weeks right after a day or a unit (`Пн чет`, `11 ч. чет`), in brackets after `по`, and after `по`
// where no range could end on Thursday (`Пт по чет`); after a comma, `и` or `Пн по` it is Thursday. Each part
// starts at a word's start and scans each word and space run once: a cell of 50,000 spaces stays linear.
const WEEK_PARITY =
  /(?<!\p{L})(?:неч[её]т\p{L}*|ч[её]тн\p{L}*|неч|ч\/н|ч[её]т\.?\s+недел\p{L}*|через неделю|раз в две недели|(?:1|2|первая|вторая|первую|вторую)-?[яю]?\s+недел\p{L}*|odd weeks?|even weeks?|alternate weeks?|every other week|fortnightly|week [ab]|(?:пт|пятниц\p{L}*|сб|суббот\p{L}*|вс|воскресень\p{L}*|fri|sat|sun)\.?\s+по\s+ч[её]т)(?!\p{L})|\(\s*по\s+ч[её]т(?!\p{L})|(?<!\p{L})(?!(?:и|and|по)\s)\p{L}+\.?\s+ч[её]т(?!\p{L})/iu;
/** Letters one of the words above has: most cells (`9.00-11.00`) need no more than this test. */
const MAY_BE_PARITY = /[чЧнНwWfFaA]/;

/** Whether a cell says the duty is not every week: read as weekly, with a warning (weeks are not counted). */
export const namesWeekParity = (text: string): boolean => MAY_BE_PARITY.test(text) && WEEK_PARITY.test(text);

const TIME_NAMES = LIST_SYNONYMS.time.map(foldText);

/**
 * A list's columns by their headers. A time column found only by a plainer reading (`Часы (всего)`) gives
 * way to start and end columns: it is a note beside them, not the duty's hours.
 */
export const listColumns = (header: readonly CellValue[]): HeaderMap<ListColumn> => {
  const map = mapHeaders(header, LIST_SYNONYMS);
  if (map.time !== undefined && map.start !== undefined && map.end !== undefined && !TIME_NAMES.includes(foldText(cellText(header[map.time])))) delete map.time;
  return map;
};

/** Whether no range has text after it: a list's usual row, which needs no look for days left out. */
const allBare = (ranges: readonly RangeInCell[]): boolean => {
  for (const r of ranges) if (r.rest !== '') return false;
  return true;
};

/**
 * A list slot's room on one day: the room column's, else the text after the hours. `каб. 14 (кроме среды)`
 * (roomLeft) is room 14 on the other days, and no known room on Wednesday.
 */
const roomOn = (day: Day, roomText: string, roomLeft: { room: string; days: Day[] } | null, rest: string): string | null =>
  roomLeft === null ? roomText || placeOfRest(rest) || null : roomLeft.days.includes(day) ? null : roomLeft.room || placeOfRest(rest) || null;

/** The days a row names when a day is all it holds (`Понедельник`, `ВТ`), else null. */
const headingDays = (row: readonly CellValue[], parse: ReturnType<typeof tabParsers>, timeZone: string): Day[] | null => {
  const filled = row.map((c) => cellText(c, timeZone).trim()).filter((t) => t !== '');
  if (filled.length !== 1) return null;
  const days = parse.days(filled[0]!);
  return days.ok ? days.value : null;
};

const readListTab = (tab: Tab, headerRow: number, { schoolDays, timeZone }: ReadOptions, out: ScheduleReading): boolean => {
  const map: HeaderMap<ListColumn> = listColumns(tab.rows[headerRow] ?? []);
  const missing: ListColumn[] = [];
  if (map.person === undefined) missing.push('person');
  if (map.time === undefined && (map.start === undefined || map.end === undefined)) missing.push('time');
  if (missing.length > 0) {
    for (const column of missing) out.problems.push(problem(tab.name, (t) => t.columnMissing(tab.name, t.columnName(column))));
    return false;
  }
  const text = (r: number, column: number | undefined): string =>
    column === undefined ? '' : cellText(tab.rows[r]?.[column], timeZone).trim();
  const parse = tabParsers(schoolDays);
  const cellRef = cellRefsIn(tab.name);
  // A list repeats a few day texts on every row (`понедельник`, whose `н` passes the parity's letter test).
  const parityOfDay = new Map<string, boolean>();
  const dayParity = (text: string): boolean => {
    const known = parityOfDay.get(text);
    if (known !== undefined) return known;
    const said = namesWeekParity(text);
    parityOfDay.set(text, said);
    return said;
  };
  let carriedDays: Day[] | null = null;
  for (let r = headerRow + 1; r < tab.rows.length; r++) {
    const dayText = text(r, map.day);
    const timeText = text(r, map.time);
    // A start or end kept as a fraction of a day (0.375) is that time, not 0.38 read as 0:38.
    const startText = (map.start !== undefined && dayFractionTime(tab.rows[r]?.[map.start])) || text(r, map.start);
    const endText = (map.end !== undefined && dayFractionTime(tab.rows[r]?.[map.end])) || text(r, map.end);
    const personText = text(r, map.person);
    const hasTime = timeText !== '' || startText !== '' || endText !== '';
    if (dayText !== '') {
      const days = parse.days(dayText);
      carriedDays = days.ok ? days.value : null;
      if (!days.ok) {
        // `Составил: зам. директора …` under the table: no duty to misread, and not an error that fails the check.
        out.problems.push(!hasTime && personText === '' ? problem(cellRef(r, map.day!), (t) => t.scheduleRowWithoutDuty(), 'warning') : problem(cellRef(r, map.day!), days.text));
        continue;
      }
    }
    const parityAt = dayParity(dayText) ? cellRef(r, map.day!) : namesWeekParity(timeText) ? cellRef(r, map.time!) : null;
    if (parityAt !== null) out.problems.push(problem(parityAt, (t) => t.weekParityIgnored(), 'warning'));
    if (!hasTime && personText === '') {
      // A blank row, or a day heading for the rows below: in the day column (read above), or alone in
      // another one, as an order's table writes `Понедельник` across the row (in its first cell, `№`).
      const heading = dayText === '' ? headingDays(tab.rows[r] ?? [], parse, timeZone) : null;
      if (heading) carriedDays = heading;
      continue;
    }
    const timeColumn = map.time ?? map.start!;
    const timeCell = cellRef(r, timeColumn);
    if (!hasTime) {
      out.problems.push(problem(timeCell, (t) => t.timeMissing()));
      continue;
    }
    if (personText === '') {
      out.problems.push(problem(cellRef(r, map.person!), (t) => t.personMissing()));
      continue;
    }
    let ranges: RangeInCell[];
    let days = carriedDays;
    let dayOfRange: Day[][] | null = null;
    if (map.time !== undefined && timeText !== '') {
      const parsed = parse.ranges(timeText);
      if (!parsed.ok) {
        out.problems.push(problem(timeCell, parsed.text));
        continue;
      }
      ranges = parsed.value.ranges;
      if (parsed.value.before !== '') {
        const before = trimChars(parsed.value.before, /[\s:,;–—-]/, true);
        let inCell = parse.days(before);
        // `Ср урок 13.30-14.10`, `Ср по тел. 15-16`: the days, then what the hours are.
        if (!inCell.ok) inCell = daysBeforeNote(before, parse.days) ?? inCell;
        if (!inCell.ok) {
          out.problems.push(problem(timeCell, inCell.text));
          continue;
        }
        days = inCell.value;
        // `Пн, Ср 9.00-11.00; Пт 14.00-16.00`: days after a range start a new group of their own.
        const grouped = dayGroups(ranges, days, (t) => parse.laterDays(t));
        ranges = grouped.ranges;
        dayOfRange = grouped.days;
      }
    } else {
      const start = readTimeOfDay(startText);
      const end = readTimeOfDay(endText);
      if (!start.ok || !end.ok) {
        const bad = !start.ok ? { r: start, c: map.start! } : { r: end, c: map.end! };
        if (!bad.r.ok) out.problems.push(problem(cellRef(r, bad.c), bad.r.text));
        continue;
      }
      const range = rangeOfTimeCells(start.value, end.value, `${startText}-${endText}`);
      if (!range.ok) {
        out.problems.push(problem(timeCell, range.text));
        continue;
      }
      ranges = [{ range: range.value, rest: '' }];
    }
    if (!days) {
      out.problems.push(problem(map.day !== undefined ? cellRef(r, map.day) : timeCell, (t) => t.dayMissing()));
      continue;
    }
    // `ПН-ПТ 9.00-11.00 кроме СР`: days left out after a range are not its room.
    if (!allBare(ranges)) {
      const known = days;
      ({ ranges, days: dayOfRange } = leaveOutExcepted({ ranges, days: dayOfRange ?? ranges.map(() => known) }, parse.laterDays));
    }
    const { people, role, repeated } = parse.people(personText);
    if (repeated !== null) out.problems.push(problem(cellRef(r, map.person!), (t) => t.nameRepeatedInCell(repeated), 'warning'));
    const roomText = text(r, map.room);
    const roomLeft = roomText === '' ? null : exceptedDays(roomText, parse.laterDays);
    const base = { role, note: text(r, map.note), tab: tab.name, ...readKinds(tab, r, map.kind, out.problems, parse) };
    for (const person of people)
      for (const [i, { range, rest }] of ranges.entries())
        for (const day of dayOfRange?.[i] ?? days)
          out.slots.push(makeSlot(base, person, day, range, roomOn(day, roomText, roomLeft, rest), timeCell, r, timeColumn, map.person!));
  }
  return true;
};

/** `—`, `-`, `нет`, `выходной` in a weekday cell of a grid: no duty that day, as an empty cell. */
export const isNoDuty = (text: string): boolean => NO_DUTY.test(text.trim());

/**
 * A grid's columns from its header row: the weekday columns, the other named ones, and the column of names,
 * which may have an empty header: then it is the first column that is neither a weekday nor a row number
 * (`№`, `№ п/п`); -1 when there is none. The sidebar places slots by the same columns the reader reads.
 * `above`: the upper row of a two-row header (`№ | ФИО | Дни недели` over `| | ПН | ВТ`), whose names stand
 * over the lower row's blank cells.
 */
export const gridColumns = (
  header: readonly CellValue[],
  above: readonly CellValue[] = [],
): { dayColumns: { column: number; day: Day }[]; map: HeaderMap<ListColumn>; person: number } => {
  const dayColumns: { column: number; day: Day }[] = [];
  const named = Array.from({ length: Math.max(header.length, above.length) }, (_, c) => (cellText(header[c]).trim() === '' ? (above[c] ?? '') : (header[c] ?? '')));
  const other: CellValue[] = named.map((cell, column) => {
    // `Ср-Чт` over a column: its cells are the duty of both days.
    const days = headerDays(header[column] ?? '');
    for (const day of days ?? []) dayColumns.push({ column, day });
    return days ? '' : cell;
  });
  const map = mapHeaders(other, LIST_SYNONYMS);
  const person = map.person ?? named.findIndex((c) => !isWeekdayHeader(c) && !ROW_NUMBER_HEADER.test(cellText(c).trim()));
  return { dayColumns, map, person };
};

const readGridTab = (tab: Tab, headerRow: number, above: number | undefined, { schoolDays, timeZone }: ReadOptions, out: ScheduleReading): boolean => {
  const parse = tabParsers(schoolDays);
  const cellRef = cellRefsIn(tab.name);
  const { dayColumns, map, person: personColumn } = gridColumns(tab.rows[headerRow] ?? [], above === undefined ? [] : tab.rows[above]);
  if (personColumn < 0) {
    out.problems.push(problem(tab.name, (t) => t.columnMissing(tab.name, t.columnName('person'))));
    return false;
  }
  // `Пн чет` over a column: the weeks are not followed, as in a cell.
  for (const column of new Set(dayColumns.map((d) => d.column)))
    if (namesWeekParity(cellText(tab.rows[headerRow]?.[column]))) out.problems.push(problem(cellRef(headerRow, column), (t) => t.weekParityIgnored(), 'warning'));
  for (let r = headerRow + 1; r < tab.rows.length; r++) {
    const personText = cellText(tab.rows[r]?.[personColumn]).trim();
    const filled = dayColumns.filter(({ column }) => !isNoDuty(cellText(tab.rows[r]?.[column])));
    if (filled.length === 0) continue;
    if (personText === '') {
      out.problems.push(problem(cellRef(r, personColumn), (t) => t.personMissing()));
      continue;
    }
    const { people, role, repeated } = parse.people(personText);
    if (repeated !== null) out.problems.push(problem(cellRef(r, personColumn), (t) => t.nameRepeatedInCell(repeated), 'warning'));
    const defaultRoom = map.room === undefined ? '' : cellText(tab.rows[r]?.[map.room]).trim();
    const note = map.note === undefined ? '' : cellText(tab.rows[r]?.[map.note]).trim();
    const base = { role, note, tab: tab.name, ...readKinds(tab, r, map.kind, out.problems, parse) };
    for (const [k, { column, day }] of filled.entries()) {
      const cell = cellRef(r, column);
      const cellValue = cellText(tab.rows[r]?.[column], timeZone);
      // A column of several days (`Ср-Чт`) is read once a day, and said of once.
      const firstOfColumn = k === 0 || filled[k - 1]!.column !== column;
      if (firstOfColumn && namesWeekParity(cellValue)) out.problems.push(problem(cell, (t) => t.weekParityIgnored(), 'warning'));
      const parsed = parse.ranges(cellValue);
      if (!parsed.ok) {
        if (firstOfColumn) out.problems.push(problem(cell, parsed.text));
        continue;
      }
      if (parsed.value.before !== '') {
        if (firstOfColumn) out.problems.push(problem(cell, (t) => t.timeUnreadable(cellValue.trim())));
        continue;
      }
      // `9.00-11.00 (кроме СР)` in Wednesday's column: none that day, and no room named «кроме СР».
      const placed = parsed.value.ranges.map(({ range, rest }) => {
        const left = rest === '' ? null : exceptedDays(rest, parse.laterDays);
        return left?.days.includes(day) ? null : { range, room: placeOfRest(left ? left.room : rest) || defaultRoom || null };
      });
      for (const person of people)
        for (const p of placed) if (p) out.slots.push(makeSlot(base, person, day, p.range, p.room, cell, r, column, personColumn));
    }
  }
  return true;
};

/** Reads one schedule tab. */
export const readScheduleTab = (
  tab: Tab,
  options: ReadOptions = DEFAULT_OPTIONS,
  out: ScheduleReading = { slots: [], problems: [], layouts: [] },
): ScheduleReading => {
  // Said, not skipped: an empty schedule tab may be one whose contents were lost.
  if (tab.rows.every((row) => row.every((c) => cellText(c).trim() === ''))) {
    out.problems.push(problem(tab.name, (t) => t.scheduleTabEmpty(tab.name), 'warning'));
    return out;
  }
  const { row, layout, above } = findHeaderRow(tab);
  out.layouts.push({ tab: tab.name, layout });
  const first = out.slots.length;
  const read = layout === 'grid' ? readGridTab(tab, row, above, options, out) : readListTab(tab, row, options, out);
  withoutRepeatsInCell(out.slots, first, out.problems);
  // Only beside a table found: under a header that names no columns, every row would be "beyond" it.
  if (read) out.problems.push(...cellsBeyondHeader(tab, row, above));
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
