/**
 * Set-up as a plan: from what the Sheet holds now to the tabs, columns, dropdowns, frozen headers and
 * protections the help desk needs. The plan only adds; it never deletes, renames, reorders or overwrites.
 * Planning again after the plan is carried out yields an empty plan, which is what makes set-up idempotent.
 */
import { cellText, foldText } from './cells';
import { DAYS } from './days';
import { tabHeaderRow } from './header-rows';
import { COVERAGE_SYNONYMS } from './coverage';
import { ROLLOUT_SYNONYMS } from './rollout';
import { findColumn } from './rows';
import { SUBSTITUTION_SYNONYMS } from './substitutions';
import { isScheduleTab } from './headers';
import type { Language, Messages } from './i18n/messages';
import { KINDS } from './kinds';
import { CHANNELS, ROLES } from './forms';
import { LIST_SYNONYMS, listColumns } from './schedule';
import { SETTING_KEYS, SETTINGS_SYNONYMS } from './settings';
import { GENERATED_TABS, STATUSES, TAB_ALIASES, TAB_COLUMNS, TAB_KEYS, type TabKey } from './tabs';
import type { CellValue, Tab } from './workbook';

/** What set-up reads of one existing tab. */
export interface ExistingTab {
  name: string;
  /** 0-based: row 1 for the tabs set-up made; a school's table may have a title above (setUpHeaderRow). */
  headerRow: number;
  header: CellValue[];
  frozenRows: number;
  /** Whether each header cell is bold. */
  headerBold: boolean[];
  /** The dropdown values of each column's first data cell, the row under the header (null: no rule;
   * 'other': a rule of another kind, such as a school's checkboxes, which set-up leaves alone). */
  dropdowns: (string[] | 'other' | null)[];
  sheetProtected: boolean;
  /** A Settings tab's key and value columns (settingsColumns), and what its key column holds. */
  settingColumns: [number, number];
  settingKeys: CellValue[];
  /** How many columns hold anything, in any row: a column with no header may still hold a school's notes. */
  usedColumns: number;
}

export interface SetupState {
  tabs: ExistingTab[];
  language: Language;
  staffNames: string[];
  defaults: { schoolName: string; timeZone: string };
}

export interface SetupPlan {
  createTabs: { key: TabKey; title: string; header: string[] }[];
  /** Header titles written into empty cells after the last header, in the header row (0-based `row`). */
  addColumns: { tab: string; row: number; column: number; title: string }[];
  /** Header rows (0-based `row`) to make bold (the given number of columns). */
  boldHeaders: { tab: string; row: number; columns: number }[];
  /** Tabs whose rows down to the header (and any title above it) to freeze. */
  freezeHeaders: { tab: string; rows: number }[];
  /** Dropdowns from the first row under the header (0-based `fromRow`) down. */
  dropdowns: { tab: string; fromRow: number; column: number; values: string[] }[];
  protect: { tab: string; description: string }[];
  /** Rows appended to the Settings tab: the settings it lacks, with defaults. */
  settingsRows: { tab: string; rows: string[][] };
}

export const isEmptyPlan = (p: SetupPlan): boolean =>
  p.createTabs.length + p.addColumns.length + p.boldHeaders.length + p.freezeHeaders.length + p.dropdowns.length + p.protect.length + p.settingsRows.rows.length === 0;

/** Tabs set-up adds missing columns to: the ones the script itself reads and writes row by row. */
const COMPLETED_TABS: readonly TabKey[] = ['staff', 'requests', 'rollout', 'mailLog'];

// The headers the readers know a column by, so set-up never adds a column the tab already has by another name.
const READER_SYNONYMS: Partial<Record<TabKey, Record<string, readonly string[]>>> = {
  schedule: LIST_SYNONYMS,
  rollout: ROLLOUT_SYNONYMS,
  coverage: COVERAGE_SYNONYMS,
  substitutions: SUBSTITUTION_SYNONYMS,
};
const columnIndex = (header: readonly CellValue[], tab: TabKey, column: string): number => findColumn(header, tab, column, READER_SYNONYMS[tab]?.[column] ?? []);

const lastHeaderColumn = (header: readonly CellValue[]): number => {
  for (let c = header.length - 1; c >= 0; c--) if (cellText(header[c]).trim() !== '') return c;
  return -1;
};

const sameList = (a: string[] | null | undefined, b: string[]): boolean => !!a && a.length === b.length && a.every((x, i) => x === b[i]);

const tabKeyOf = (name: string): TabKey | 'scheduleTab' | null => {
  if (isScheduleTab(name)) return 'scheduleTab';
  const folded = foldText(name);
  return TAB_KEYS.find((k) => TAB_ALIASES[k].some((a) => foldText(a) === folded)) ?? null;
};

/** The dropdowns a tab's columns should offer, by column index. */
const wantedDropdowns = (tab: ExistingTab, key: TabKey, m: Messages, staff: string[]): { column: number; values: string[] }[] => {
  const kinds = KINDS.map((k) => m.kindName(k));
  const wants: { column: string; values: string[] }[] = [];
  if (key === 'schedule') {
    // Only a list layout has a day column; a grid's weekday columns hold times.
    const map = listColumns(tab.header);
    if (map.day === undefined) return [];
    const out = [
      { column: map.day, values: DAYS.map((d) => m.dayName(d)) },
      ...(map.kind !== undefined ? [{ column: map.kind, values: kinds }] : []),
      ...(map.person !== undefined && staff.length > 0 ? [{ column: map.person, values: staff }] : []),
    ];
    return out;
  }
  if (key === 'coverage') wants.push({ column: 'kind', values: kinds });
  if (key === 'substitutions' && staff.length > 0) wants.push({ column: 'person', values: staff }, { column: 'substitute', values: staff });
  if (key === 'staff') wants.push({ column: 'kinds', values: kinds }, { column: 'admin', values: [m.yes(), m.no()] }, { column: 'active', values: [m.yes(), m.no()] });
  if (key === 'requests')
    wants.push(
      { column: 'status', values: STATUSES.map((s) => m.statusName(s)) },
      { column: 'role', values: ROLES.map((r) => m.roleName(r)) },
      { column: 'channel', values: CHANNELS.map((c) => m.channelName(c)) },
      { column: 'kind', values: kinds },
    );
  return wants.map((w) => ({ column: columnIndex(tab.header, key, w.column), values: w.values })).filter((w) => w.column >= 0);
};

/** The header row set-up works on (0-based): where the readers find it, under any title a school put above. */
export const setUpHeaderRow = (tab: Tab): number => {
  const key = tabKeyOf(tab.name);
  return key === null ? 0 : tabHeaderRow(tab, key === 'scheduleTab' ? 'schedule' : key);
};

export const planSetup = (state: SetupState, m: Messages): SetupPlan => {
  const plan: SetupPlan = { createTabs: [], addColumns: [], boldHeaders: [], freezeHeaders: [], dropdowns: [], protect: [], settingsRows: { tab: '', rows: [] } };
  const present = new Set<TabKey>();
  for (const tab of state.tabs) {
    const key = tabKeyOf(tab.name);
    if (key === null) continue;
    const tabKey: TabKey = key === 'scheduleTab' ? 'schedule' : key;
    present.add(tabKey);
    const header = [...tab.header];
    if (COMPLETED_TABS.includes(tabKey)) {
      // After every column in use, not after the last header: an unnamed column of notes is not free. A
      // header row cleared by hand gets our columns back from A, over the rows still below it.
      let next = lastHeaderColumn(header) < 0 ? 0 : Math.max(lastHeaderColumn(header) + 1, tab.usedColumns);
      for (const column of TAB_COLUMNS[tabKey]) {
        if (columnIndex(header, tabKey, column) >= 0) continue;
        plan.addColumns.push({ tab: tab.name, row: tab.headerRow, column: next, title: m.columnTitle(tabKey, column) });
        header[next++] = m.columnTitle(tabKey, column);
      }
    }
    const width = lastHeaderColumn(header) + 1;
    if (width > 0 && tab.frozenRows === 0) plan.freezeHeaders.push({ tab: tab.name, rows: tab.headerRow + 1 });
    if (width > 0 && header.slice(0, width).some((_, c) => !tab.headerBold[c])) plan.boldHeaders.push({ tab: tab.name, row: tab.headerRow, columns: width });
    for (const d of wantedDropdowns({ ...tab, header }, tabKey, m, state.staffNames)) {
      const existing = tab.dropdowns[d.column];
      if (existing !== 'other' && !sameList(existing, d.values)) plan.dropdowns.push({ tab: tab.name, fromRow: tab.headerRow + 1, ...d });
    }
    if (GENERATED_TABS.includes(tabKey) && !tab.sheetProtected) plan.protect.push({ tab: tab.name, description: m.tabTitle(tabKey) });
    if (tabKey === 'settings') {
      const have = new Set(tab.settingKeys.map((v) => foldText(cellText(v))));
      const missing = SETTING_KEYS.filter((k) => !SETTINGS_SYNONYMS[k].some((s) => have.has(foldText(s))));
      // Under the tab's own key and value columns, wherever they are.
      const [kc, vc] = tab.settingColumns;
      const placed = (label: string, value: string) => Array.from({ length: Math.max(kc, vc) + 1 }, (_, c) => (c === kc ? label : c === vc ? value : ''));
      plan.settingsRows = { tab: tab.name, rows: missing.map((k) => placed(m.settingLabel(k), settingDefault(k, state, m))) };
    }
  }
  for (const key of TAB_KEYS) {
    if (present.has(key) || key === 'report') continue;
    const header = TAB_COLUMNS[key].map((c) => m.columnTitle(key, c));
    plan.createTabs.push({ key, title: m.tabTitle(key), header });
    if (key === 'settings') {
      plan.settingsRows = { tab: m.tabTitle(key), rows: SETTING_KEYS.map((k) => [m.settingLabel(k), settingDefault(k, state, m)]) };
    }
  }
  return plan;
};

const settingDefault = (key: (typeof SETTING_KEYS)[number], state: SetupState, m: Messages): string => {
  switch (key) {
    case 'schoolName':
      return state.defaults.schoolName;
    case 'language':
      return state.language;
    case 'timeZone':
      return state.defaults.timeZone;
    case 'schoolDays':
      return `${m.dayShort('mon')}-${m.dayShort('fri')}`;
    case 'summaryDay':
      return m.dayName('mon');
    case 'summaryHour':
      return '7';
    default:
      return '';
  }
};
