/**
 * The write boundary's rule: text a person typed must stay text. Sheets turns a string that starts with
 * `= + - @` (or a tab, CR, LF) into a formula when written; a leading apostrophe keeps it as typed.
 */
import type { CellValue } from './workbook';

const FORMULA_START = /^[=+\-@\t\r\n]/;

export const asTypedText = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** What a cell written with `value` reads back as: Sheets keeps the text after a protecting apostrophe. */
export const readBackOf = (value: CellValue): CellValue => (typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value);

/** Numbers, booleans and Dates are written as typed values; strings are neutralised. */
export const asCellValue = (value: CellValue): CellValue => (typeof value === 'string' ? asTypedText(value) : value);
