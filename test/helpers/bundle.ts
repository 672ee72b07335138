/** The real build/Code.js in a fresh vm context over the local Apps Script runtime, on a workbook. */
import { createLocalRuntime, loadBundle, type LocalRuntime } from '../../src/local/runtime';
import type { Workbook } from '../../src/core/workbook';
import { readCsvFolder } from '../../src/local/workbook-file';
import { builtCode, BUILD } from './build';
import { SAMPLE_SCHOOL } from './fixtures';

export const sampleWorkbook = (): Workbook => readCsvFolder(SAMPLE_SCHOOL);

/** Tuesday 24 November 2026, 10:15 in Moscow. */
export const TUESDAY_MORNING = new Date('2026-11-24T07:15:00Z');

export const loadApp = (
  workbook: Workbook = sampleWorkbook(),
  options: { locale?: string; now?: Date; mailQuota?: number; outboxDir?: string; timeZone?: string; scriptTimeZone?: string } = {},
) => {
  const runtime = createLocalRuntime({
    workbook,
    locale: options.locale ?? 'ru_RU',
    timeZone: options.timeZone ?? 'Europe/Moscow',
    scriptTimeZone: options.scriptTimeZone,
    now: options.now ?? TUESDAY_MORNING,
    htmlDir: BUILD,
    mailQuota: options.mailQuota,
    outboxDir: options.outboxDir,
  });
  const app = loadBundle(runtime, builtCode());
  return { runtime, app };
};

/** Everything a person could see in a sheet: values, notes, fills, dropdowns, frozen rows, protection. */
export const snapshot = (runtime: LocalRuntime): unknown =>
  runtime.spreadsheet.getSheets().map((s) => {
    const range = s.getDataRange();
    return {
      name: s.getName(),
      values: range.getValues(),
      notes: range.getNotes(),
      backgrounds: range.getBackgrounds(),
      weights: range.getFontWeights(),
      validations: range.getDataValidations().map((row) => row.map((v) => (v ? v.getCriteriaValues() : null))),
      frozen: s.getFrozenRows(),
      protections: s.getProtections(runtime.globals.SpreadsheetApp.ProtectionType.SHEET).map((p) => [p.isWarningOnly(), p.getDescription()]),
    };
  });

/** Reads and writes of one tab since the last reset, as the runtime counted them. */
export const io = (runtime: LocalRuntime, tab: string) => runtime.io().get(tab) ?? { reads: 0, writes: 0 };
