/**
 * The write boundary's rule: text a person typed must stay text. Sheets turns a string that starts with
 * `= + - @` (or a tab, CR, LF) into a formula when written, and one that reads as a number, date, time or
 * TRUE/FALSE into that (a class «7-1» into 1 July); a leading apostrophe keeps it as typed, and is itself
 * taken as that mark, so a text starting with one gets a second.
 */
import type { CellValue } from './workbook';

// Everything Sheets parses as a number, date or time starts with a digit, a sign or a decimal separator.
const NOT_PLAIN_TEXT = /^(?:[=+\-@'\t\r\n\d.,]|(?:true|false|истина|ложь)\s*$)/i;

export const asTypedText = (text: string): string => (NOT_PLAIN_TEXT.test(text.trimStart()) || NOT_PLAIN_TEXT.test(text) ? `'${text}` : text);

/** What a cell written with `value` reads back as: Sheets keeps the text after a protecting apostrophe. */
export const readBackOf = (value: CellValue): CellValue => (typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value);

/** Numbers, booleans and Dates are written as typed values; strings are neutralised. */
export const asCellValue = (value: CellValue): CellValue => (typeof value === 'string' ? asTypedText(value) : value);
