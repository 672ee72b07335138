/**
 * Columns found by header text, never by position: case, spacing, ё/е and punctuation do not matter, and
 * Russian and English synonyms name the same column. A header map is built once per read.
 */
import { cellRef, cellText, foldHeader, foldText } from './cells';
import { type Problem, problem } from './problems';
import type { CellValue, Tab, Workbook } from './workbook';
import { TAB_ALIASES, type TabKey } from './tabs';

/** For each column key, the header texts (already folded) that name it. */
export type Synonyms<K extends string> = Record<K, readonly string[]>;

export type HeaderMap<K extends string> = Partial<Record<K, number>>;

/**
 * The header as a school qualified it, read plainer: without brackets (`Вид помощи (техническая/методическая)`,
 * `Ответственный (ФИО)`), the words in them (`Сотрудник (замена)`), each side of a slash (`Кабинет/место`).
 * Only whole names are matched in these: a header that merely starts with a name (`Время обеда`) is not its column.
 */
export const plainerForms = (raw: string): string[] => [...bracketedWords(raw), ...outsideBrackets(raw)];

/**
 * Words in brackets that say how a person is written, not which person: `Заменяющий (ФИО)` is the substitute
 * and `Сотрудник (должность)` the member of staff, whatever the bracket says alone; where the words outside
 * name no column (`Учитель (ФИО)`), the bracket still does.
 */
const HOW_WRITTEN = new Set(['фио', 'ф и о', 'имя', 'фамилия', 'инициалы', 'name', 'full name', 'names', 'должность', 'роль', 'position', 'role', 'job title']);

/** The words in a header's brackets: `Сотрудник (замена)` → `замена`, which says which of two `Сотрудник` columns it is. */
const bracketedWords = (raw: string): string[] => [...raw.matchAll(/\(([^()]*)\)/g)].map((m) => foldHeader(m[1]!)).filter((f) => f !== '');

/** The header without its brackets, and each side of a slash in it. */
const outsideBrackets = (raw: string): string[] => {
  const bare = foldHeader(raw.replace(/\([^()]*\)/g, ' '));
  return [bare, ...bare.split(/\s*\/\s*/)].filter((f) => f !== '');
};

/**
 * Which column each key is in; the first matching column wins, unknown columns are ignored. A header equal to
 * a name wins over one that only reads as it plainer (plainerForms); among those, the longest name.
 */
export const mapHeaders = <K extends string>(header: readonly CellValue[], synonyms: Synonyms<K>, plainer = true): HeaderMap<K> => {
  const map: HeaderMap<K> = {};
  const keys = Object.keys(synonyms) as K[];
  const folded = new Map(keys.map((k) => [k, synonyms[k].map(foldText)]));
  const loose: number[] = [];
  header.forEach((cell, column) => {
    const text = foldHeader(cellText(cell));
    if (text === '') return;
    for (const key of keys) {
      if (map[key] === undefined && folded.get(key)!.includes(text)) {
        map[key] = column;
        return;
      }
    }
    if (plainer && /[(/]/.test(cellText(cell))) loose.push(column);
  });
  for (const column of loose) {
    // The words in brackets qualify the rest, so they decide first (`Сотрудник (замена)` is the substitute),
    // unless they only say how a person is written and the rest names a column.
    const raw = cellText(header[column]);
    const outside = outsideBrackets(raw);
    // `Должность (ФИО)`: the words outside say how a person is written too, so it is no person's column.
    const outsideNames = keys.some((k) => folded.get(k)!.some((name) => outside.includes(name))) || outside.some((f) => HOW_WRITTEN.has(f));
    const bracketed = bracketedWords(raw).filter((f) => !(outsideNames && HOW_WRITTEN.has(f)));
    for (const forms of [bracketed, outside]) {
      let best: { key: K; length: number } | null = null;
      for (const key of keys) {
        if (map[key] !== undefined) continue;
        for (const name of folded.get(key)!) if (forms.includes(name) && (best === null || name.length > best.length)) best = { key, length: name.length };
      }
      if (best) {
        map[best.key] = column;
        break;
      }
    }
  }
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
  // Headers written as named first: a title above them (`Сотрудники (ответственные за ЭЖ)`) may read as one plainer.
  for (const plainer of [false, true]) {
    for (let r = 0; r < limit; r++) {
      const map = mapHeaders(rows[r] ?? [], synonyms, plainer);
      if (required.every((c) => map[c] !== undefined)) return r;
    }
  }
  return 0;
};

/** How many columns a header row spans: up to its last named one. */
const headerWidth = (header: readonly CellValue[]): number => {
  let width = header.length;
  while (width > 0 && cellText(header[width - 1]).trim() === '') width--;
  return width;
};

/**
 * Text right of a table's last header, one warning a row, at its first such cell: a row whose cells moved
 * right (a comma not in quotes in a CSV, a cell inserted) reads every column after the move wrong, silently.
 * `above`: the upper row of a two-row header.
 */
export const cellsBeyondHeader = (tab: Tab, headerRow: number, above?: number): Problem[] => {
  const width = Math.max(headerWidth(tab.rows[headerRow] ?? []), above === undefined ? 0 : headerWidth(tab.rows[above] ?? []));
  const out: Problem[] = [];
  if (width === 0) return out;
  for (let r = headerRow + 1; r < tab.rows.length; r++) {
    const row = tab.rows[r] ?? [];
    for (let c = width; c < row.length; c++) {
      if (cellText(row[c]).trim() === '') continue;
      out.push(problem(cellRef(tab.name, r, c), (t) => t.cellBeyondHeader(), 'warning'));
      break;
    }
  }
  return out;
};

/**
 * A tab found by any of its names, with its columns mapped from its header row (headerRowOf). Each required
 * column it lacks is one problem naming the tab and the column, and then there is nothing to read (null).
 */
export const openTab = <K extends string, R extends K>(
  workbook: Workbook,
  key: TabKey,
  synonyms: Synonyms<K>,
  required: readonly R[],
  problems: Problem[],
): { tab: Tab; map: HeaderMap<K> & Record<R, number>; headerRow: number } | null => {
  const tab = findTab(workbook.tabs, TAB_ALIASES[key]);
  if (!tab || tab.rows.length === 0) return null;
  const headerRow = headerRowOf(tab.rows, synonyms, required);
  const map = mapHeaders(tab.rows[headerRow] ?? [], synonyms);
  const missing = required.filter((c) => map[c] === undefined);
  // Named as the tab's own header is written (`Сотрудник` in Замены, not the schedule's `Ответственный`).
  for (const column of missing) problems.push(problem(tab.name, (t) => t.columnMissing(tab.name, t.columnTitle(key, column))));
  if (missing.length > 0) return null;
  problems.push(...cellsBeyondHeader(tab, headerRow));
  return { tab, map: map as HeaderMap<K> & Record<R, number>, headerRow };
};
