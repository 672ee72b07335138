import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsvFolder, readWorkbook, UnreadableWorkbookError } from '../../src/local/workbook-file';

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

  it('a binary file, a folder without CSV and a missing path are unreadable, with a reason', async () => {
    expect(() => readCsvFolder(folderWith({ 'График.csv': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]) }))).toThrow(UnreadableWorkbookError);
    expect(() => readCsvFolder(folderWith({ 'notes.txt': 'x' }))).toThrow('the folder has no .csv files');
    await expect(readWorkbook('/no/such/place')).rejects.toThrow('no such file or folder');
  });
});
