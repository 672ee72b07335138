/**
 * Request ids: prefix from Settings, the year, and a sequence (`ЭЖ-2026-0004`), never a row number, so
 * an id stays the same when rows are sorted, filtered or deleted.
 */
import { cellText } from './cells';
import type { CellValue } from './workbook';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The highest sequence number already used for this prefix and year among the given ids. */
export const highestSequence = (ids: readonly CellValue[], prefix: string, year: number): number => {
  const re = new RegExp(`^${prefix ? `${escapeRegExp(prefix)}-` : ''}${year}-(\\d+)$`);
  let highest = 0;
  for (const id of ids) {
    const m = re.exec(cellText(id).trim());
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return highest;
};

/** The next id, after both the ids in the log and the last number handed out (kept by the caller). */
export const nextRequestId = (prefix: string, year: number, usedInLog: number, lastIssued: number): { id: string; sequence: number } => {
  const sequence = Math.max(usedInLog, lastIssued) + 1;
  return { id: `${prefix ? `${prefix}-` : ''}${year}-${String(sequence).padStart(4, '0')}`, sequence };
};
