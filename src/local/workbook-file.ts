/**
 * Reads a workbook from disk into the row arrays `Range.getValues()` returns: a folder of CSV files (one per
 * tab, file name = tab name) or an `.xlsx` file (through exceljs). Writing back is the runtime's `persist.ts`.
 */
import { isUtf8 } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { TextDecoder } from 'node:util';
import { dsvFormat } from 'd3-dsv';
import { readSettings, type SchoolSettings } from '../core/settings';
import { type MergedBlock, spreadMerged } from '../core/merged-cells';
import type { CellValue, Tab, Workbook } from '../core/workbook';
import { zonedTime } from './runtime/time-zone';

export type UnreadableReason = 'missing' | 'notWorkbook' | 'noCsv' | 'notText' | 'badXlsx' | 'fileUnreadable';

/**
 * A reading failure a person can act on: the command line says it in the workbook's language (the reason,
 * and `detail`: a file name or the zip reader's words) and exits with status 2.
 */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail = '',
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

export type WorkbookFormat = 'csv' | 'xlsx';

export const workbookFormat = (path: string): WorkbookFormat => {
  if (!existsSync(path)) throw new UnreadableWorkbookError('missing');
  if (statSync(path).isDirectory()) return 'csv';
  if (extname(path).toLowerCase() === '.xlsx') return 'xlsx';
  throw new UnreadableWorkbookError('notWorkbook');
};

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Text that Excel (or Sheets importing a CSV) would run as a formula: `= + - @`, a tab or a return first,
 * except a lone sign. Written to a CSV file behind an apostrophe (OWASP's rule for CSV injection), and
 * read back without it; an apostrophe already in front of such text gets a second one.
 */
const FORMULA_LIKE = /^(?:[=+\-@\t\r](?!$)|=|@|'[=+\-@'\t\r])/;

/** A cell `csvText` marked: an apostrophe in front of formula-like text, or of another apostrophe. */
const isMarkedText = (text: string): boolean => text.charCodeAt(0) === 39 && (text.charCodeAt(1) === 39 || FORMULA_LIKE.test(text.slice(1)));

/** Text as a CSV cell holds it: formula-like text behind an apostrophe, which `csvCell` takes off again. */
export const csvText = (text: string): string => (FORMULA_LIKE.test(text) ? `'${text}` : text);

/**
 * A CSV cell as Sheets would hold it after import: plain numbers become numbers, the rest stays text. A
 * number is only one that writes back the same (`0012`, `0.10` and a rollout item `2.10` stay as typed).
 */
export const csvCell = (text: string, decimalComma = false): CellValue => {
  // Most cells are words: look at the first character before running the pattern.
  const first = text.charCodeAt(0);
  if (first === 39 && isMarkedText(text)) return text.slice(1);
  if (!((first >= 48 && first <= 57) || first === 45)) return text;
  if (decimalComma && DECIMAL_COMMA.test(text) && text.length < 16) {
    const n = Number(text.replace(',', '.'));
    return String(n).replace('.', ',') === text ? n : text;
  }
  if (!NUMBER.test(text) || text.length >= 16) return text;
  const n = Number(text);
  return String(n) === text ? n : text;
};

/** `9,3` in a file whose cells are split by semicolons: Excel's CSV where the comma is the decimal sign, a number as Sheets would read it. */
const DECIMAL_COMMA = /^-?\d+,\d+$/;

/**
 * The one-byte code page of text that is not UTF-8: Excel saves "CSV" in its locale's, Windows-1251 in a
 * Russian one and Windows-1252 in a Western one. Cyrillic letters are all above 0xC0 and come in words of
 * them; a Western text's letters above 0xC0 (`é`, `ë`, `ü`) mostly stand alone among plain ones.
 */
const codePageOf = (bytes: Buffer): 'windows-1251' | 'windows-1252' => {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0xc0) continue;
    high++;
    if (i + 1 < bytes.length && bytes[i + 1]! >= 0xc0) paired++;
  }
  return paired * 3 >= high ? 'windows-1251' : 'windows-1252';
};

// Windows-1252 from 0x80 to 0x9F (the rest is Latin-1): Node 20's TextDecoder gives those bytes as control
// characters, so `O’Neil` (0x92) lost its apostrophe. Undefined bytes stay as they are.
const CP1252_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const decode1252 = (bytes: Buffer): string => bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_80[c.charCodeAt(0) - 0x80]!);

/**
 * Text that is not UTF-8 is read in its Excel code page (codePageOf), so Cyrillic headers are found instead
 * of reported missing and `Chloé` stays herself.
 */
export const decodeCsv = (bytes: Buffer): string => {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  return codePageOf(bytes) === 'windows-1251' ? new TextDecoder('windows-1251').decode(bytes) : decode1252(bytes);
};

// On a tie the semicolon: Russian text holds commas far more often than semicolons.
const SEPARATORS = [';', ',', '\t'] as const;
type Separator = (typeof SEPARATORS)[number];
const PARSERS = new Map(SEPARATORS.map((s) => [s, dsvFormat(s)]));

/**
 * The separator of the first line that has one, outside quotes (usually the header): `,`, or `;` as Excel
 * writes it where the comma is the decimal sign (Russian locale), or a tab. Only one line decides: in the
 * rows below, a cell of names may hold more semicolons than the row has commas.
 */
export const separatorOf = (text: string): Separator => {
  const counts: Record<Separator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === ',' || ch === ';' || ch === '\t') counts[ch]++;
    else if (ch === '\n' && counts[','] + counts[';'] + counts['\t'] > 0) break;
  }
  const best = SEPARATORS.reduce((b, s) => (counts[s] > counts[b] ? s : b));
  return counts[best] > 0 ? best : ',';
};

export const readCsvFolder = (dir: string): Workbook => {
  // A folder named `x.csv` is no tab; a link to nowhere is a file that cannot be read (below).
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((f) => extname(f.name).toLowerCase() === '.csv' && !f.isDirectory())
    .map((f) => f.name)
    .sort((a, b) => a.localeCompare(b));
  if (files.length === 0) throw new UnreadableWorkbookError('noCsv');
  const tabs: Tab[] = files.map((file) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, file));
    } catch {
      throw new UnreadableWorkbookError('fileUnreadable', file);
    }
    if (bytes.includes(0)) throw new UnreadableWorkbookError('notText', file);
    // d3-dsv, not csv-parse: the same RFC 4180 rows at a quarter of the time (0.7 s against 2.6 s for
    // 500,000 rows), and a stray quote inside a cell is read as text rather than refused.
    const decoded = decodeCsv(bytes);
    const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
    // Each row is converted as it is parsed, into an array of its own length (the parser's grows by pushes
    // and keeps spare room), and a cell equal to the one above shares its text: what a large schedule keeps
    // for the whole run is smaller, and that is what the garbage collector copies.
    let above: CellValue[] = [];
    const separator = separatorOf(text);
    const decimalComma = separator === ';';
    const rows = PARSERS.get(separator)!.parseRows(text, (cells): CellValue[] => {
      const row = cells.map((cell, i) => (cell === above[i] ? (above[i] as string) : csvCell(cell, decimalComma)));
      above = row;
      return row;
    });
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    for (const row of rows) while (row.length < width) row.push('');
    while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
    return { name: basename(file, extname(file)).normalize('NFC'), rows };
  });
  return { tabs };
};

/**
 * Excel stores wall-clock times with no zone; Sheets hands them to scripts as instants in the Sheet's zone.
 * Shift so that the instant, seen in `timeZone`, shows the wall time Excel stored.
 */
const wallTimeToInstant = (wall: Date, timeZone: string): Date =>
  zonedTime(timeZone, wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds());

// biome-ignore lint/suspicious/noExplicitAny: exceljs cell values are a loose union; narrowed here
const xlsxCell = (value: any, timeZone: string): CellValue => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return wallTimeToInstant(value, timeZone);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value.richText)) return value.richText.map((t: { text: string }) => t.text).join('');
  if ('result' in value) return xlsxCell(value.result, timeZone);
  if ('formula' in value || 'sharedFormula' in value) return '';
  // A link's text may itself be rich text (Excel's own link to an e-mail address, partly formatted).
  if ('text' in value) return xlsxCell(value.text, timeZone);
  if ('error' in value) return String(value.error);
  return String(value);
};

const DEFAULT_XLSX_ZONE = 'Europe/Moscow';

export const readXlsx = async (path: string, timeZone = DEFAULT_XLSX_ZONE): Promise<Workbook> => {
  // Loaded only for .xlsx: it takes a third of a second, which a CSV check need not pay.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(path);
  } catch (e) {
    // exceljs's own words for a damaged file say what is wrong; a TypeError from deep inside it says nothing.
    throw new UnreadableWorkbookError('badXlsx', e instanceof TypeError ? '' : (e as Error).message);
  }
  // A zip without a workbook in it reads as a book of no sheets: no school's file is that.
  if (book.worksheets.length === 0) throw new UnreadableWorkbookError('badXlsx', '');
  const tabs: Tab[] = book.worksheets.map((sheet) => {
    const width = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
    const rows: CellValue[][] = [];
    // exceljs gives a merged range's value in each of its cells; as a Sheet gives it, in its first cell only,
    // and then spread as the Sheet's tabs are (spreadMerged).
    const merges = new Map<string, MergedBlock>();
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      rows.push(
        Array.from({ length: width }, (_, c) => {
          const cell = row.getCell(c + 1);
          if (!cell.isMerged || cell.master === cell) return xlsxCell(cell.value, timeZone);
          const { row: top, col: left } = cell.master.fullAddress;
          const block = merges.get(cell.master.address) ?? { row: top - 1, column: left - 1, rows: 1, columns: 1 };
          block.rows = Math.max(block.rows, r - top + 1);
          block.columns = Math.max(block.columns, c + 2 - left);
          merges.set(cell.master.address, block);
          return '';
        }),
      );
    }
    const spread = spreadMerged(rows, [...merges.values()]);
    while (spread.length > 0 && spread[spread.length - 1]!.every((c) => c === '')) spread.pop();
    return { name: sheet.name, rows: spread };
  });
  return { tabs };
};

/** Reads a folder of CSV tabs or an `.xlsx` file. Every failure is an `UnreadableWorkbookError`. */
export const readWorkbook = async (path: string, timeZone?: string): Promise<Workbook> =>
  workbookFormat(path) === 'csv' ? readCsvFolder(path) : readXlsx(path, timeZone);

/**
 * Reads a workbook with the times of an .xlsx file in the zone its own Settings name, as the Sheet would
 * hand them over. Settings never hold dates, so a first reading tells the zone; a file read in another zone
 * and written back in its own would shift every date and time by the difference, on every write.
 */
export const readWorkbookInItsZone = async (path: string): Promise<{ workbook: Workbook; settings: SchoolSettings }> => {
  const first = await readWorkbook(path);
  // No language fallback: a workbook whose Settings name none speaks the language of its tab names, as `check` does.
  const { settings } = readSettings(first);
  const workbook = workbookFormat(path) === 'xlsx' && settings.timeZone !== DEFAULT_XLSX_ZONE ? await readWorkbook(path, settings.timeZone) : first;
  return { workbook, settings };
};
