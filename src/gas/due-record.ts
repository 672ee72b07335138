/**
 * Which dates in the rollout plan's due column our check wrote, kept in the document's properties per tab:
 * what lets a date the school typed there be kept and used, and a stale one of ours be cleared.
 */
import { parseWrittenDue, writtenDueText } from '../core/due-dates';
import { documentProperties } from './jobs';
import type { Services, SheetSurface } from './surface';

const recordKey = (sheet: SheetSurface): string => `dueWritten:${sheet.getSheetId()}`;

export const readDueRecord = (svc: Services, sheet: SheetSurface): string[] => parseWrittenDue(documentProperties(svc).getProperty(recordKey(sheet)));

/** Kept only when it changed: most runs write nothing. */
export const writeDueRecord = (svc: Services, sheet: SheetSurface, keys: readonly string[], before: readonly string[]): void => {
  const text = writtenDueText(keys);
  if (text !== writtenDueText(before)) documentProperties(svc).setProperty(recordKey(sheet), text);
};
