/**
 * The Sheet as core sees it: tabs of rows of cell values, exactly what `Range.getValues()` returns
 * (strings, numbers, booleans, Dates; `''` for an empty cell). Row 0 of `rows` is the Sheet's row 1.
 */
import type { MergedBlock } from './merged-cells';

export type CellValue = string | number | boolean | Date;

export interface Tab {
  name: string;
  rows: CellValue[][];
  /** The Sheet's merged ranges, whose values `rows` already holds in each of their cells (see merged-cells.ts). */
  merged?: readonly MergedBlock[];
}

export interface Workbook {
  tabs: Tab[];
  /**
   * The due dates our check wrote into the rollout plan (dueWrittenKey), kept by the Sheet's script: a date
   * there that is not ours was typed by the school. Absent (a file on disk): every date there is typed.
   */
  writtenDueDates?: ReadonlySet<string>;
}
