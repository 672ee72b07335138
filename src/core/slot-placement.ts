/**
 * Where a duty slot added from the sidebar goes: a new row of the first list-layout schedule tab (one time
 * column, or start and end columns), or, in a grid, the person's cell for that weekday (its ranges kept,
 * the new one added after a comma).
 */
import { cellText } from './cells';
import type { Day } from './days';
import { isScheduleTab, mapHeaders } from './headers';
import type { Messages } from './i18n/messages';
import type { SlotInput } from './forms';
import { parseDayName } from './days';
import { findHeaderRow, LIST_SYNONYMS, personKey, splitPersonCell } from './schedule';
import { asTypedText } from './safe-text';
import { formatTime, parseTimeRange } from './time-range';
import type { CellValue, Tab } from './workbook';

export type SlotPlacement =
  /** `column`: the time cell of the new row, 0-based. */
  | { tab: string; kind: 'append'; row: CellValue[]; column: number }
  /** 0-based row and column; `row` past the last row means a new row for a new person, in `personColumn`. */
  | { tab: string; kind: 'cell'; row: number; column: number; value: string; newRowPerson: string | null; personColumn: number }
  /** The slot cannot be written whole there: which field, and why. */
  | { tab: string; kind: 'refused'; field: keyof SlotInput; message: string };

const gridDayColumns = (header: readonly CellValue[]): Map<Day, number> => {
  const map = new Map<Day, number>();
  header.forEach((h, c) => {
    const day = cellText(h).trim() === '' ? null : parseDayName(cellText(h));
    if (day && !map.has(day)) map.set(day, c);
  });
  return map;
};

/** Null when the workbook has no schedule tab to write into. */
export const placeSlot = (tabs: readonly Tab[], slot: SlotInput, m: Messages): SlotPlacement | null => {
  const schedules = tabs.filter((t) => isScheduleTab(t.name));
  const timeAndRoom = slot.room ? `${slot.time} ${slot.room}` : slot.time;
  for (const tab of schedules) {
    const found = findHeaderRow(tab);
    if (found.layout !== 'list') continue;
    const header = tab.rows[found.row] ?? [];
    const map = mapHeaders(header, LIST_SYNONYMS);
    if (map.person !== undefined && map.time !== undefined) {
      const row: CellValue[] = Array.from({ length: header.length }, () => '');
      if (map.day !== undefined) row[map.day] = m.dayName(slot.day);
      row[map.time] = asTypedText(map.day !== undefined ? slot.time : `${m.dayShort(slot.day)} ${slot.time}`);
      if (map.kind !== undefined) row[map.kind] = slot.kind ? m.kindName(slot.kind) : '';
      row[map.person] = asTypedText(slot.person);
      if (map.room !== undefined) row[map.room] = asTypedText(slot.room);
      else if (slot.room) row[map.time] = asTypedText(map.day !== undefined ? timeAndRoom : `${m.dayShort(slot.day)} ${timeAndRoom}`);
      return { tab: tab.name, kind: 'append', row, column: map.time };
    }
    if (map.person !== undefined && map.start !== undefined && map.end !== undefined) {
      // A room has no place of its own in the start and end cells: the reader would take it for a bad time.
      if (slot.room && map.room === undefined) return { tab: tab.name, kind: 'refused', field: 'room', message: m.columnMissing(tab.name, m.columnName('room')) };
      if (map.day === undefined) return { tab: tab.name, kind: 'refused', field: 'day', message: m.columnMissing(tab.name, m.columnName('day')) };
      const parsed = parseTimeRange(slot.time);
      if (!parsed.ok) return { tab: tab.name, kind: 'refused', field: 'time', message: parsed.text(m) };
      const row: CellValue[] = Array.from({ length: header.length }, () => '');
      row[map.day] = m.dayName(slot.day);
      // HH:MM: a time in every locale (a ru-locale Sheet would read `9.05` as the 9th of May).
      row[map.start] = formatTime(parsed.value.range.start);
      row[map.end] = formatTime(parsed.value.range.end);
      if (map.kind !== undefined) row[map.kind] = slot.kind ? m.kindName(slot.kind) : '';
      row[map.person] = asTypedText(slot.person);
      if (map.room !== undefined) row[map.room] = asTypedText(slot.room);
      return { tab: tab.name, kind: 'append', row, column: map.start };
    }
  }
  for (const tab of schedules) {
    const found = findHeaderRow(tab);
    if (found.layout !== 'grid') continue;
    const header = tab.rows[found.row] ?? [];
    const days = gridDayColumns(header);
    const column = days.get(slot.day);
    if (column === undefined) continue;
    // As the reader does: the person column is the one named so, else the first that is not a weekday.
    const named = mapHeaders(header.map((h, c) => ([...days.values()].includes(c) ? '' : h)), LIST_SYNONYMS).person;
    const personColumn = named ?? header.findIndex((_, c) => ![...days.values()].includes(c));
    const key = personKey(slot.person);
    const row = tab.rows.findIndex((r, i) => i > found.row && splitPersonCell(cellText(r[personColumn])).people.some((p) => personKey(p) === key));
    if (row < 0) return { tab: tab.name, kind: 'cell', row: tab.rows.length, column, value: asTypedText(timeAndRoom), newRowPerson: asTypedText(slot.person), personColumn };
    const existing = cellText(tab.rows[row]?.[column]).trim();
    return { tab: tab.name, kind: 'cell', row, column, value: asTypedText(existing ? `${existing}, ${timeAndRoom}` : timeAndRoom), newRowPerson: null, personColumn };
  }
  return null;
};
