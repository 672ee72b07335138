/**
 * Columns found by header text, never by position: case, spacing, ё/е and punctuation do not matter, and
 * Russian and English synonyms name the same column. A header map is built once per read.
 */
import { cellText, foldText } from './cells';
import { type Problem, problem } from './problems';
import type { CellValue, Tab, Workbook } from './workbook';

/** For each column key, the header texts (already folded) that name it. */
export type Synonyms<K extends string> = Record<K, readonly string[]>;

export type HeaderMap<K extends string> = Partial<Record<K, number>>;

/** Which column each key is in; the first matching column wins, unknown columns are ignored. */
export const mapHeaders = <K extends string>(header: readonly CellValue[], synonyms: Synonyms<K>): HeaderMap<K> => {
  const map: HeaderMap<K> = {};
  const keys = Object.keys(synonyms) as K[];
  const folded = new Map(keys.map((k) => [k, synonyms[k].map(foldText)]));
  header.forEach((cell, column) => {
    const text = foldText(cellText(cell));
    if (text === '') return;
    for (const key of keys) {
      if (map[key] === undefined && folded.get(key)!.includes(text)) {
        map[key] = column;
        return;
      }
    }
  });
  return map;
};

/** Finds a tab by any of its names in either language, ignoring case and spacing. */
export const findTab = <T extends { name: string }>(tabs: readonly T[], names: readonly string[]): T | undefined => {
  const wanted = names.map(foldText);
  return tabs.find((t) => wanted.includes(foldText(t.name)));
};

/** Every tab whose name starts with `График` or `Schedule` is part of the schedule. */
export const isScheduleTab = (name: string): boolean => /^\s*(график|schedule)/i.test(name);

/** How far down a school's tab its header row is looked for: orders put a title (and a blank row) above. */
export const HEADER_SCAN_ROWS = 10;

/**
 * The first row, among the first ten, that names every required column: row 1 for the tabs set-up made, a
 * lower one under a title such as «План мероприятий по внедрению ЭЖ». Row 1 when none does, so a missing
 * column is reported against the row a person would look at first.
 */
export const headerRowOf = <K extends string>(rows: readonly (readonly CellValue[])[], synonyms: Synonyms<K>, required: readonly K[]): number => {
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const map = mapHeaders(rows[r] ?? [], synonyms);
    if (required.every((c) => map[c] !== undefined)) return r;
  }
  return 0;
};

/**
 * A tab found by any of its names, with its columns mapped from its header row (headerRowOf). Each required
 * column it lacks is one problem naming the tab and the column, and then there is nothing to read (null).
 */
export const openTab = <K extends string, R extends K>(
  workbook: Workbook,
  names: readonly string[],
  synonyms: Synonyms<K>,
  required: readonly R[],
  problems: Problem[],
): { tab: Tab; map: HeaderMap<K> & Record<R, number>; headerRow: number } | null => {
  const tab = findTab(workbook.tabs, names);
  if (!tab || tab.rows.length === 0) return null;
  const headerRow = headerRowOf(tab.rows, synonyms, required);
  const map = mapHeaders(tab.rows[headerRow] ?? [], synonyms);
  const missing = required.filter((c) => map[c] === undefined);
  for (const column of missing) problems.push(problem(tab.name, (t) => t.columnMissing(tab.name, t.columnName(column))));
  return missing.length > 0 ? null : { tab, map: map as HeaderMap<K> & Record<R, number>, headerRow };
};
