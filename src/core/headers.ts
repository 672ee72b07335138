/**
 * Columns found by header text, never by position: case, spacing, ё/е and punctuation do not matter, and
 * Russian and English synonyms name the same column. A header map is built once per read.
 */
import { foldText } from './cells';
import type { CellValue } from './workbook';
import { cellText } from './cells';

/** For each column key, the header texts (already folded) that name it. */
export type Synonyms<K extends string> = Record<K, readonly string[]>;

export type HeaderMap<K extends string> = Partial<Record<K, number>>;

/** Which column each key is in; the first matching column wins, unknown columns are ignored. */
export const mapHeaders = <K extends string>(header: readonly CellValue[], synonyms: Synonyms<K>): HeaderMap<K> => {
  const map: HeaderMap<K> = {};
  const keys = Object.keys(synonyms) as K[];
  header.forEach((cell, column) => {
    const text = foldText(cellText(cell));
    if (text === '') return;
    for (const key of keys) {
      if (map[key] === undefined && synonyms[key].includes(text)) {
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

export const TAB_NAMES = {
  staff: ['Сотрудники', 'Staff'],
  coverage: ['Покрытие', 'Coverage'],
  substitutions: ['Замены', 'Substitutions'],
  requests: ['Обращения', 'Requests'],
  rollout: ['План внедрения', 'Rollout', 'Rollout plan'],
  settings: ['Настройки', 'Settings'],
  mailLog: ['Журнал писем', 'Mail log'],
  report: ['Отчёт о проверке', 'Check report'],
} as const;

/** Every tab whose name starts with `График` or `Schedule` is part of the schedule. */
export const isScheduleTab = (name: string): boolean => /^\s*(график|schedule)/i.test(name);
