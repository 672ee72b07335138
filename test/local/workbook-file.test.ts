import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { toCsv } from '../../src/local/runtime/persist';
import { csvCell, csvText, readCsvFolder, readWorkbook, separatorOf, UnreadableWorkbookError } from '../../src/local/workbook-file';

const folderWith = (files: Record<string, string | Buffer>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'helpdesk-csv-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};

const rowsOf = (csv: string) => readCsvFolder(folderWith({ 'График.csv': csv })).tabs[0]!.rows;

describe('reading a folder of CSV tabs', () => {
  it('plain numbers become numbers, everything else stays the text as written', () => {
    expect(rowsOf('Кабинет,Время,Код\n14,8.30-9.00,007x\n-2,1.5,=1+1\n')).toEqual([
      ['Кабинет', 'Время', 'Код'],
      [14, '8.30-9.00', '007x'],
      [-2, 1.5, '=1+1'],
    ]);
  });

  it('a number is only what writes back the same: 0012, 0.10 and 2.10 stay text as typed', () => {
    expect(rowsOf('№,Код\n0012,0.10\n2.10,2.5\n')).toEqual([
      ['№', 'Код'],
      ['0012', '0.10'],
      ['2.10', 2.5],
    ]);
  });

  it('short rows are padded to the widest row, as getValues() gives a rectangle', () => {
    expect(rowsOf('a,b,c\nx\n,y\n')).toEqual([
      ['a', 'b', 'c'],
      ['x', '', ''],
      ['', 'y', ''],
    ]);
  });

  it('rows repeating the row above keep their own values, numbers included', () => {
    const rows = rowsOf('День,Время,Кабинет\nпонедельник,9.00-10.00,14\nпонедельник,9.00-10.00,14\nвторник,9.00-10.00,"14"\n');
    expect(rows.slice(1)).toEqual([
      ['понедельник', '9.00-10.00', 14],
      ['понедельник', '9.00-10.00', 14],
      ['вторник', '9.00-10.00', 14],
    ]);
  });

  it('quoted commas, quotes and line breaks stay inside their cell; a byte-order mark is dropped', () => {
    expect(rowsOf('\ufeffЗадача,Ответственные\n"Обучить, проверить","Иванова А.Б.\nПетров ""В.Г."""\n')).toEqual([
      ['Задача', 'Ответственные'],
      ['Обучить, проверить', 'Иванова А.Б.\nПетров "В.Г."'],
    ]);
  });

  it('empty rows at the end are not part of the tab; tabs come in name order', () => {
    const book = readCsvFolder(folderWith({ 'Б.csv': 'x\n\n\n', 'А.csv': 'y\n', 'notes.txt': 'ignored' }));
    expect(book.tabs.map((t) => [t.name, t.rows])).toEqual([
      ['А', [['y']]],
      ['Б', [['x']]],
    ]);
  });

  it('a tab saved by Excel in a Russian locale (semicolons, Windows-1251) reads as the same rows', () => {
    const utf8 = 'День,Время,Ответственный\nпонедельник,9.00-12.00,"Петров В.Г., Иванова А.Б."\n';
    const excel = 'День;Время;Ответственный\r\nпонедельник;9.00-12.00;Петров В.Г., Иванова А.Б.\r\n';
    // Node cannot encode Windows-1251, so the bytes are spelled out: А–я are 0xC0–0xFF, Ё 0xA8, ё 0xB8.
    const win = (text: string) =>
      Buffer.from([...text].map((ch) => (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : ch === 'Ё' ? 0xa8 : ch === 'ё' ? 0xb8 : ch.charCodeAt(0) - 0x410 + 0xc0)));
    expect(rowsOf(excel)).toEqual(rowsOf(utf8));
    expect(rowsOf(`\ufeff${excel}`)).toEqual(rowsOf(utf8)); // Excel's «CSV UTF-8»
    expect(readCsvFolder(folderWith({ 'График.csv': win(excel) })).tabs[0]!.rows).toEqual(rowsOf(utf8));
  });

  it('a tab saved by Excel in a Western locale (Windows-1252) keeps its accented names', () => {
    // Latin-1 spells Windows-1252 for these letters; 0x92 is its right quote.
    const bytes = Buffer.from('Name,Email\r\nChloé Dupont,c@example.org\r\nZoë O\u0092Neil,z@example.org\r\nJürgen Müller-Lüdenscheidt,j@example.org\r\n', 'latin1');
    expect(readCsvFolder(folderWith({ 'Staff.csv': bytes })).tabs[0]!.rows.map((r) => r[0])).toEqual(['Name', 'Chloé Dupont', 'Zoë O’Neil', 'Jürgen Müller-Lüdenscheidt']);
  });

  it('in a semicolon file the comma is the decimal sign: 9,3 is the number Sheets would read, and is written back as it was', () => {
    expect(rowsOf('День;Начало;Конец\nПН;9,3;11\n')[1]).toEqual(['ПН', 9.3, 11]);
    // In a comma file there is no such number to read.
    expect(rowsOf('День,Начало,Конец\nПН,"9,3",11\n')[1]).toEqual(['ПН', '9,3', 11]);
    expect(toCsv([['ПН', 9.3, 9.5]], 'Europe/Moscow', ';', [['ПН', '9,3']])).toBe('ПН;9,3;9,5\r\n');
  });

  it('the separator is the one the first line uses, outside quotes, whatever the cells below hold', () => {
    expect(separatorOf('a,b,c\n1;2;3;4;5,x,y\n')).toBe(',');
    expect(separatorOf('"a,b";c\n')).toBe(';');
    expect(separatorOf('\n\nГрафик;;\nДень;Время;Кто\n')).toBe(';');
    expect(separatorOf('День\tВремя\n')).toBe('\t');
    expect(separatorOf('one column\n')).toBe(',');
    expect(separatorOf('ФИО, должность;E-mail\n')).toBe(';'); // a tie: commas are the likelier text
  });

  it('a binary file, a folder without CSV and a missing path are unreadable, with a reason', async () => {
    expect(() => readCsvFolder(folderWith({ 'График.csv': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]) }))).toThrow(UnreadableWorkbookError);
    expect(() => readCsvFolder(folderWith({ 'notes.txt': 'x' }))).toThrow(expect.objectContaining({ reason: 'noCsv' }));
    await expect(readWorkbook('/no/such/place')).rejects.toMatchObject({ reason: 'missing' });
  });

  it('a folder named like a CSV file is no tab; a link to nowhere is a file that cannot be read, by name', () => {
    const dir = folderWith({ 'График.csv': 'ФИО,ПН\n' });
    mkdirSync(join(dir, 'старое.csv'));
    expect(readCsvFolder(dir).tabs.map((t) => t.name)).toEqual(['График']);
    symlinkSync(join(dir, 'нет такого'), join(dir, 'Замены.csv'));
    expect(() => readCsvFolder(dir)).toThrow(expect.objectContaining({ reason: 'fileUnreadable', detail: 'Замены.csv' }));
  });

  it('an empty zip or a damaged .xlsx is an unreadable workbook, not an empty school', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helpdesk-xlsx-'));
    writeFileSync(join(dir, 'empty.xlsx'), Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
    writeFileSync(join(dir, 'damaged.xlsx'), Buffer.from('PK\x03\x04 this is not really a zip'));
    await expect(readWorkbook(join(dir, 'empty.xlsx'))).rejects.toMatchObject({ reason: 'badXlsx' });
    await expect(readWorkbook(join(dir, 'damaged.xlsx'))).rejects.toMatchObject({ reason: 'badXlsx' });
  });
});

describe('reading an .xlsx file', () => {
  it('a link whose text is itself rich text (Excel’s own e-mail link) reads as its text', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Сотрудники');
    sheet.addRow(['ФИО', 'E-mail']);
    sheet.addRow(['Петров В.Г.', '']);
    sheet.getCell('B2').value = { text: { richText: [{ text: 'petrov@' }, { font: { bold: true }, text: 'example.org' }] }, hyperlink: 'mailto:petrov@example.org' } as never;
    const file = join(mkdtempSync(join(tmpdir(), 'helpdesk-xlsx-')), 'school.xlsx');
    await book.xlsx.writeFile(file);
    expect((await readWorkbook(file)).tabs[0]!.rows[1]).toEqual(['Петров В.Г.', 'petrov@example.org']);
  });

  it('a time merged across a grid’s days beside the person is each day’s, as in the Sheet', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('График');
    sheet.addRow(['ФИО', 'ПН', 'ВТ', 'СР']);
    sheet.addRow(['Петров В.Г.', '9.00-11.00', '', '14.00-15.00']);
    sheet.mergeCells('B2:C2');
    const file = join(mkdtempSync(join(tmpdir(), 'helpdesk-xlsx-')), 'school.xlsx');
    await book.xlsx.writeFile(file);
    expect((await readWorkbook(file)).tabs[0]!.rows[1]).toEqual(['Петров В.Г.', '9.00-11.00', '9.00-11.00', '14.00-15.00']);
  });

  it('a merged range’s value goes down its rows, as in the Sheet; a heading merged across the row stays in its first cell', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('График');
    sheet.addRow(['День', 'Время', 'Ответственный', 'Кабинет']);
    sheet.addRow(['Понедельник', '', '', '']);
    sheet.addRow(['', '9.00-11.00', 'Петров В.Г.', 'каб. 14']);
    sheet.addRow(['', '', 'Иванова А.Б.', '']);
    sheet.mergeCells('A2:D2');
    sheet.mergeCells('B3:B4');
    const file = join(mkdtempSync(join(tmpdir(), 'helpdesk-xlsx-')), 'school.xlsx');
    await book.xlsx.writeFile(file);
    expect((await readWorkbook(file)).tabs[0]!.rows.slice(1)).toEqual([
      ['Понедельник', '', '', ''],
      ['', '9.00-11.00', 'Петров В.Г.', 'каб. 14'],
      ['', '9.00-11.00', 'Иванова А.Б.', ''],
    ]);
  });
});

describe('formula-like text in CSV cells', () => {
  it('any text written by csvText reads back by csvCell as itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `'${s}`), fc.constantFrom('=', '+', '-', '@', "'", "''", "'=x", '=1+1', '-5 ниже')), (s) => {
        fc.pre(typeof csvCell(s) === 'string' || /^[=+\-@'\t\r]/.test(s));
        expect(csvCell(csvText(s))).toBe(s);
      }),
    );
  });

  it('text Excel would run as a formula gets an apostrophe; a lone sign and plain words do not', () => {
    expect(['=SUM(A1)', '+7 900', '-Иванов', '@x', "'=x"].map(csvText)).toEqual(["'=SUM(A1)", "'+7 900", "'-Иванов", "'@x", "''=x"]);
    expect(['-', '+', 'Иванов', "д'Артаньян"].map(csvText)).toEqual(['-', '+', 'Иванов', "д'Артаньян"]);
  });
});
