/**
 * The Sheet as core sees it: tabs of rows of cell values, exactly what `Range.getValues()` returns
 * (strings, numbers, booleans, Dates; `''` for an empty cell). Row 0 of `rows` is the Sheet's row 1.
 */

export type CellValue = string | number | boolean | Date;

export interface Tab {
  name: string;
  rows: CellValue[][];
}

export interface Workbook {
  tabs: Tab[];
}
