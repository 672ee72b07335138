/**
 * New rows placed by header, never by position: an administrator may have reordered columns or added
 * their own. Values are neutralised here, at the write boundary, so typed text stays text.
 */
import { cellText, foldHeader, foldText } from './cells';
import { plainerForms } from './headers';
import { en } from './i18n/en';
import { ru } from './i18n/ru';
import { asCellValue } from './safe-text';
import { COLUMN_SYNONYMS, type TabKey } from './tabs';
import type { CellValue } from './workbook';

/** The column of a tab's header that holds `column`, by its title in either language or a synonym. */
export const findColumn = (header: readonly CellValue[], tab: TabKey, column: string, synonyms: readonly string[] = []): number => {
  const names = [ru.columnTitle(tab, column), en.columnTitle(tab, column), ...(COLUMN_SYNONYMS[tab]?.[column] ?? []), ...synonyms].map(foldText);
  const exact = header.findIndex((h) => names.includes(foldHeader(cellText(h))));
  if (exact >= 0) return exact;
  // As the reader finds it (mapHeaders): `Ответственный (ФИО)`, `Кабинет/место`. Else set-up would add a
  // second, empty column of that name, and the reader would then prefer it.
  return header.findIndex((h) => /[(/]/.test(cellText(h)) && plainerForms(cellText(h)).some((f) => names.includes(f)));
};

/**
 * A row as wide as the header with each value under its column; values whose column is missing are
 * returned in `missing` so the caller can say so rather than drop them.
 */
export const rowForHeader = (
  header: readonly CellValue[],
  tab: TabKey,
  values: Record<string, CellValue>,
  synonyms: Partial<Record<string, readonly string[]>> = {},
): { row: CellValue[]; missing: string[] } => {
  const width = Math.max(header.length, 1);
  const row: CellValue[] = Array.from({ length: width }, () => '');
  const missing: string[] = [];
  for (const [column, value] of Object.entries(values)) {
    const at = findColumn(header, tab, column, synonyms[column] ?? []);
    if (at < 0) {
      if (value !== '') missing.push(column);
      continue;
    }
    row[at] = asCellValue(value);
  }
  return { row, missing };
};
