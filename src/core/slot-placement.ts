/**
 * Where a duty slot added from the sidebar goes: a new row of the first list-layout schedule tab (one time
 * column, or start and end columns), or, in a grid, the person's own row for that weekday (its ranges kept,
 * the new one added after a comma) or a new row. Whatever is written must read back as exactly that slot.
 */
import { cellRef, cellText, foldText } from './cells';
import { mergedBlockAt } from './merged-cells';
import type { Day } from './days';
import { isScheduleTab } from './headers';
import type { Messages } from './i18n/messages';
import type { SlotInput } from './forms';
import { parseKinds } from './kinds';
import { findHeaderRow, gridColumns, isNoDuty, listColumns, personKey, readScheduleTab, splitPersonCell } from './schedule';
import { asTypedText, readBackOf } from './safe-text';
import { formatTime, parseTimeRange, parseTimeRanges } from './time-range';
import type { CellValue, Tab } from './workbook';

export type SlotPlacement =
  /** `column`: the time cell of the new row, 0-based. */
  | { tab: string; kind: 'append'; row: CellValue[]; column: number }
  /** An existing row's cell, 0-based, and its new text. */
  | { tab: string; kind: 'cell'; row: number; column: number; value: string }
  /** The slot cannot be written whole there: which field, and why. */
  | { tab: string; kind: 'refused'; field: keyof SlotInput | ''; message: string };

type Refusal = Extract<SlotPlacement, { kind: 'refused' }>;

const blankRow = (width: number): CellValue[] => Array.from({ length: width }, () => '');

/**
 * A room written into the time cell (no room column) that itself reads as a time (`каб. 2-14`) would become
 * a second slot: 02.00-14.00.
 */
const roomReadsAsTime = (room: string): boolean => {
  const parsed = parseTimeRanges(room);
  return parsed.ok && parsed.value.ranges.length > 0;
};

const placeInList = (tab: Tab, slot: SlotInput, m: Messages): SlotPlacement | null => {
  const found = findHeaderRow(tab);
  if (found.layout !== 'list') return null;
  const header = tab.rows[found.row] ?? [];
  const map = listColumns(header);
  if (map.person === undefined) return null;
  const refuse = (field: Refusal['field'], message: string): Refusal => ({ tab: tab.name, kind: 'refused', field, message });
  const missing = (field: 'day' | 'time' | 'kind' | 'room') => refuse(field, m.columnMissing(tab.name, m.columnName(field)));
  // A kind chosen with nowhere to write it would be read back as "any kind".
  if (slot.kind && map.kind === undefined) return missing('kind');
  const row = blankRow(header.length);
  if (map.kind !== undefined) row[map.kind] = slot.kind ? m.kindName(slot.kind) : '';
  row[map.person] = asTypedText(slot.person);
  if (map.room !== undefined) row[map.room] = asTypedText(slot.room);
  if (map.time !== undefined) {
    if (slot.room && map.room === undefined && roomReadsAsTime(slot.room)) return refuse('room', m.roomReadsAsTime(slot.room, tab.name));
    const timeAndRoom = slot.room && map.room === undefined ? `${slot.time} ${slot.room}` : slot.time;
    if (map.day !== undefined) row[map.day] = m.dayName(slot.day);
    row[map.time] = asTypedText(map.day !== undefined ? timeAndRoom : `${m.dayShort(slot.day)} ${timeAndRoom}`);
    return { tab: tab.name, kind: 'append', row, column: map.time };
  }
  if (map.start === undefined || map.end === undefined) return missing('time');
  // A room has no place of its own in the start and end cells: the reader would take it for a bad time.
  if (slot.room && map.room === undefined) return missing('room');
  if (map.day === undefined) return missing('day');
  const parsed = parseTimeRange(slot.time);
  if (!parsed.ok) return refuse('time', parsed.text(m));
  row[map.day] = m.dayName(slot.day);
  // HH:MM: a time in every locale (a ru-locale Sheet would read `9.05` as the 9th of May).
  row[map.start] = formatTime(parsed.value.range.start);
  row[map.end] = formatTime(parsed.value.range.end);
  return { tab: tab.name, kind: 'append', row, column: map.start };
};

interface Grid {
  tab: Tab;
  headerRow: number;
  width: number;
  days: Map<Day, number>;
  person: number;
  kind: number | undefined;
  room: number | undefined;
}

const gridOf = (tab: Tab): Grid | null => {
  const found = findHeaderRow(tab);
  if (found.layout !== 'grid') return null;
  const header = tab.rows[found.row] ?? [];
  // The columns the reader reads: the first column of each weekday, and the same column of names.
  const { dayColumns, map, person } = gridColumns(header, found.above === undefined ? [] : tab.rows[found.above]);
  const days = new Map<Day, number>();
  for (const { column, day } of dayColumns) if (!days.has(day)) days.set(day, column);
  if (person < 0) return null;
  return { tab, headerRow: found.row, width: header.length, days, person, kind: map.kind, room: map.room };
};

/** The row's kinds say exactly what the slot asks for: both "any", or the one kind chosen. */
const sameKinds = (g: Grid, row: readonly CellValue[], kind: SlotInput['kind']): boolean => {
  const text = g.kind === undefined ? '' : cellText(row[g.kind]).trim();
  if (kind === '' || text === '') return kind === '' && text === '';
  const parsed = parseKinds(text);
  return parsed.ok && parsed.value.length === 1 && parsed.value[0] === kind;
};

const placeInGrids = (grids: readonly Grid[], slot: SlotInput, m: Messages): SlotPlacement => {
  const key = personKey(slot.person);
  // The person's own row in any grid: one naming them alone (a shared cell would give the slot to all in it).
  for (const g of grids) {
    const column = g.days.get(slot.day);
    if (column === undefined) continue;
    const r = g.tab.rows.findIndex((row, i) => {
      if (i <= g.headerRow) return false;
      const { people } = splitPersonCell(cellText(row[g.person]));
      return people.length === 1 && personKey(people[0]!) === key && sameKinds(g, row, slot.kind);
    });
    if (r < 0) continue;
    const row = g.tab.rows[r]!;
    const rowRoom = g.room === undefined ? '' : cellText(row[g.room]).trim();
    const withRoom = slot.room !== '' && foldText(slot.room) !== foldText(rowRoom);
    if (withRoom && roomReadsAsTime(slot.room)) return { tab: g.tab.name, kind: 'refused', field: 'room', message: m.roomReadsAsTime(slot.room, g.tab.name) };
    const piece = withRoom ? `${slot.time} ${slot.room}` : slot.time;
    // A day marked off (`—`, `нет`) is an empty day: the new hours take its place.
    const existing = isNoDuty(cellText(row[column])) ? '' : cellText(row[column]).trim();
    // A room after the last of several ranges is the room of all (`8.00-10.00, 14.00-15.00 каб. 5`), so the new
    // hours go first when they would change that: with a room of their own beside hours that name none (theirs
    // stays the row's), or without one beside several sharing the row's room (it stays the last, and shared).
    // Otherwise the read-back check refuses what would move a room.
    const there = existing === '' ? null : parseTimeRanges(existing);
    const ranges = there?.ok === true ? there.value.ranges : [];
    const lastRest = ranges[ranges.length - 1]?.rest;
    // Without a room the new hours take the row's: they join a shared room only when it is the row's too.
    const first = withRoom ? lastRest === '' : ranges.length > 1 && lastRest !== undefined && lastRest !== '' && foldText(lastRest) === foldText(rowRoom);
    const value = existing === '' ? piece : first ? `${piece}, ${existing}` : `${existing}, ${piece}`;
    return { tab: g.tab.name, kind: 'cell', row: r, column, value: asTypedText(value) };
  }
  const g = grids.find((x) => x.days.has(slot.day));
  const first = grids[0]!;
  if (!g) return { tab: first.tab.name, kind: 'refused', field: 'day', message: m.columnMissing(first.tab.name, m.dayName(slot.day)) };
  if (slot.kind && g.kind === undefined) return { tab: g.tab.name, kind: 'refused', field: 'kind', message: m.columnMissing(g.tab.name, m.columnName('kind')) };
  if (slot.room && g.room === undefined && roomReadsAsTime(slot.room)) return { tab: g.tab.name, kind: 'refused', field: 'room', message: m.roomReadsAsTime(slot.room, g.tab.name) };
  const column = g.days.get(slot.day)!;
  const row = blankRow(g.width);
  row[g.person] = asTypedText(slot.person);
  if (g.kind !== undefined) row[g.kind] = slot.kind ? m.kindName(slot.kind) : '';
  if (g.room !== undefined) row[g.room] = asTypedText(slot.room);
  row[column] = asTypedText(slot.room && g.room === undefined ? `${slot.time} ${slot.room}` : slot.time);
  return { tab: g.tab.name, kind: 'append', row, column };
};

/** The tab as it would be after the placement: what the reader would then see. */
const applied = (tab: Tab, p: Exclude<SlotPlacement, Refusal>): { tab: Tab; row: number; column: number } => {
  if (p.kind === 'append') return { tab: { name: tab.name, rows: [...tab.rows, p.row.map(readBackOf)] }, row: tab.rows.length, column: p.column };
  const rows = tab.rows.map((r, i) => (i === p.row ? Object.assign([...r], { [p.column]: readBackOf(p.value) }) : r));
  return { tab: { name: tab.name, rows }, row: p.row, column: p.column };
};

/**
 * Whether the written cell reads back as the old slots plus exactly this one: its person, day, hours, room
 * (none asked: the row's own) and kind; 'there' when the cell already holds it. The last guard against a
 * layout this module did not foresee.
 */
const readsBack = (tab: Tab, p: Exclude<SlotPlacement, Refusal>, slot: SlotInput): 'ok' | 'there' | 'differs' => {
  const after = applied(tab, p);
  const at = (t: Tab, row: number) => readScheduleTab(t).slots.filter((s) => s.row === row && s.column === after.column);
  const before = new Set(at(tab, after.row).map((s) => JSON.stringify(s)));
  const added = at(after.tab, after.row).filter((s) => !before.has(JSON.stringify(s)));
  const range = parseTimeRange(slot.time);
  if (added.length === 0 && before.size > 0 && p.kind === 'cell') return 'there';
  if (added.length !== 1 || !range.ok) return 'differs';
  const s = added[0]!;
  // The person as the reader splits the typed name: `Петров В.Г. (сисадмин)` is Петров with a role.
  const typed = splitPersonCell(slot.person).people;
  const same =
    typed.length === 1 &&
    personKey(s.person) === personKey(typed[0]!) &&
    s.day === slot.day &&
    s.range.start === range.value.range.start &&
    s.range.end === range.value.range.end &&
    (slot.room === '' || foldText(s.room ?? '') === foldText(slot.room)) &&
    (slot.kind === '' ? s.anyKind : !s.anyKind && s.kinds.length === 1 && s.kinds[0] === slot.kind);
  return same ? 'ok' : 'differs';
};

/** Null when the workbook has no schedule tab to write into. */
export const placeSlot = (tabs: readonly Tab[], slot: SlotInput, m: Messages): SlotPlacement | null => {
  const schedules = tabs.filter((t) => isScheduleTab(t.name));
  if (schedules.length === 0) return null;
  // The first list tab that can hold the slot; else a grid; else why the first list tab could not.
  const inLists = schedules.map((tab) => placeInList(tab, slot, m)).filter((p): p is SlotPlacement => p !== null);
  const grids = schedules.map(gridOf).filter((g): g is Grid => g !== null);
  const placed = inLists.find((p) => p.kind !== 'refused') ?? (grids.length > 0 ? placeInGrids(grids, slot, m) : inLists[0]);
  if (!placed) return { tab: schedules[0]!.name, kind: 'refused', field: '', message: m.columnMissing(schedules[0]!.name, m.columnName('person')) };
  if (placed.kind === 'refused') return placed;
  const tab = schedules.find((t) => t.name === placed.tab)!;
  // A merged cell shows one value for all of its cells: text written into it would change every row it spans,
  // or stay unseen in a hidden cell.
  if (placed.kind === 'cell' && mergedBlockAt(tab.merged ?? [], placed.row, placed.column)) {
    return { tab: tab.name, kind: 'refused', field: '', message: m.slotInMergedCell(cellRef(tab.name, placed.row, placed.column)) };
  }
  const back = readsBack(tab, placed, slot);
  if (back === 'ok') return placed;
  if (back === 'there') return { tab: tab.name, kind: 'refused', field: 'time', message: m.slotAlreadyThere(tab.name) };
  return { tab: tab.name, kind: 'refused', field: '', message: m.slotNotReadBack(tab.name) };
};
