import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CheckJson } from '../../src/core/check-report';
import { readCsvFolder } from '../../src/local/workbook-file';
import { BUILD, runBuiltCli } from '../helpers/build';
import { SAMPLE_SCHOOL } from '../helpers/fixtures';

const temp = () => mkdtempSync(join(tmpdir(), 'helpdesk-cli-'));

const folderWith = (files: Record<string, string>): string => {
  const dir = temp();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

describe('check', () => {
  it('prints one JSON object and exits 1 on the sample school, whose rooms overlap', () => {
    const r = runBuiltCli(['check', SAMPLE_SCHOOL, '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const json = CheckJson.parse(JSON.parse(r.stdout));
    expect(json.conflicts).toHaveLength(2);
    expect(json.slots).toHaveLength(12);
  });

  it('prints a readable report in the workbook language', () => {
    const r = runBuiltCli(['check', SAMPLE_SCHOOL]);
    expect(r.stdout).toContain('Пересечения: 2');
    expect(r.stdout).toContain('каб. 21 занят дважды: вторник, 12.00–13.30 (График!B5 ↔ График!B6)');
  });

  it('exits 0 on a clean schedule', () => {
    const dir = folderWith({ 'Schedule.csv': 'Day,Time,Responsible\nMon,9-11,Smith J.\n' });
    const r = runBuiltCli(['check', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No overlaps');
  });

  it('a CSV saved with a byte-order mark (as Excel does) reads the same', () => {
    const dir = folderWith({ 'Schedule.csv': '\uFEFFDay,Time,Responsible\nMon,9-11,Smith J.\n' });
    const json = CheckJson.parse(JSON.parse(runBuiltCli(['check', dir, '--json']).stdout));
    expect(json.slots).toEqual([{ person: 'Smith J.', day: 'mon', start: '09:00', end: '11:00', kinds: [], room: null, cell: 'Schedule!B2' }]);
  });

  it('a formula in a time cell is a problem, not a crash, and JSON escapes everything', () => {
    const dir = folderWith({ 'График.csv': 'День,Время,Ответственный\nПН,"=HYPERLINK(""http://x"",""y"")","<script>""\\\n"\n' });
    const r = runBuiltCli(['check', dir, '--json']);
    expect(r.status).toBe(1);
    const json = CheckJson.parse(JSON.parse(r.stdout));
    expect(json.problems).toEqual([
      { cell: 'График!B2', severity: 'error', message: expect.stringContaining('=HYPERLINK("http://x","y")') },
    ]);
  });

  it('control characters in a cell (a terminal escape) are not passed to the terminal by the text report; JSON keeps them escaped', () => {
    const dir = folderWith({ 'График.csv': 'День,Время,Ответственный\nПН,\u001b]0;pwned\u0007\u001b[31mBAD\u001b[0m 9-10,Петров В.Г.\n' });
    const text = runBuiltCli(['check', dir]);
    expect(text.stdout).toContain('BAD');
    expect(text.stdout).not.toMatch(/[\u001b\u0007]/);
    const json = runBuiltCli(['check', dir, '--json']);
    expect(json.stdout).toContain('\\u001b]0;pwned');
    expect(JSON.parse(json.stdout).problems[0].message).toContain('\u001b[31mBAD');
  });

  it.each([
    ['a missing path', ['check', '/nonexistent/school']],
    ['a binary file', ['check', process.execPath]],
    ['no path at all', ['check']],
    ['an unknown command', ['explode']],
  ])('%s exits 2 with one clear line and no stack trace', (_case, args) => {
    const r = runBuiltCli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).not.toBe('');
    expect(r.stderr).not.toMatch(/\bat .*\.(c?js|ts):\d+/);
  });

  it('a reader that stops early (`check --json | head`) ends the check quietly, with its status', async () => {
    // Some 4 MB of JSON: several of the megabyte chunks the report is written in, so the pipe closes between them.
    const rows = Array.from({ length: 30_000 }, (_, i) => `ПН,9.00-10.00,Учитель ${i},каб. ${i}`);
    const dir = folderWith({ 'График.csv': `День,Время,Ответственный,Кабинет\n${rows.join('\n')}\nПН,9.30-11.00,Учитель 1,каб. 1\n` });
    const child = spawn(process.execPath, [join(BUILD, 'local', 'cli.cjs'), 'check', dir, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    // Like `head -c`: take the first piece of the report, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(status).toBe(1);
  });

  it('says why a workbook cannot be read in the language of the terminal', () => {
    expect(runBuiltCli(['check', '/nonexistent/school'], { LANG: 'ru_RU.UTF-8' }).stderr).toBe('Не удалось прочитать «/nonexistent/school»: нет такого файла или папки\n');
    expect(runBuiltCli(['check', '/nonexistent/school'], { LANG: 'C' }).stderr).toBe('Could not read "/nonexistent/school": no such file or folder\n');
  });

  it('a binary file named .xlsx is unreadable, exit 2', () => {
    const dir = temp();
    const file = join(dir, 'school.xlsx');
    writeFileSync(file, Buffer.from([0, 1, 2, 3, 255, 254]));
    const r = runBuiltCli(['check', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('school.xlsx');
  });

  it('a CSV with NUL bytes is unreadable, exit 2', () => {
    const dir = temp();
    writeFileSync(join(dir, 'График.csv'), Buffer.from('День,Время\u0000\u0001'));
    expect(runBuiltCli(['check', dir]).status).toBe(2);
  });

  it('reads an .xlsx workbook the same as the CSV folder, times typed as times included', async () => {
    const book = new ExcelJS.Workbook();
    for (const tab of readCsvFolder(SAMPLE_SCHOOL).tabs) {
      const sheet = book.addWorksheet(tab.name);
      for (const row of tab.rows) sheet.addRow(row);
    }
    // A start/end pair typed as Sheets time values (Excel stores wall time, 1899-12-30).
    const extra = book.addWorksheet('График 2 корпус');
    extra.addRow(['День', 'Начало', 'Окончание', 'Ответственный', 'Кабинет']);
    extra.addRow(['ПН', new Date(Date.UTC(1899, 11, 30, 9, 0)), new Date(Date.UTC(1899, 11, 30, 10, 30)), 'Орлова Л.М.', 'каб. 3']);
    const dir = temp();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'school.xlsx');
    await book.xlsx.writeFile(file);
    const r = runBuiltCli(['check', file, '--json']);
    expect(r.stderr).toBe('');
    const json = CheckJson.parse(JSON.parse(r.stdout));
    expect(json.conflicts).toHaveLength(2);
    expect(json.slots).toContainEqual({ person: 'Орлова Л.М.', day: 'mon', start: '09:00', end: '10:30', kinds: [], room: 'каб. 3', cell: "'График 2 корпус'!B2" });
  });
});

describe('demo (npm start)', () => {
  it('runs on the built-in sample school and exits 0: check, set-up, an edit, three requests, summaries', () => {
    const r = runBuiltCli(['demo']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('МОУ «СШ №5»');
    expect(r.stdout).toContain('Правка График!E6 → «каб. 22»: пересечений было 2, стало 1');
    expect(r.stdout).toContain('Обращение ЭЖ-2026-0004 (сотрудник): новое, ответственный — Иванова А.Б.');
    expect(r.stdout).toContain('Обращение ЭЖ-2026-0005 (родитель): новое, ответственный — Смирнов И.К.');
    expect(r.stdout).toContain('Обращение ЭЖ-2026-0006 (учащийся): новое, ответственный — Смирнов И.К.');
    expect(r.stdout).toMatch(/Недельные сводки за текущую неделю: 6 писем/);
    expect(r.stdout).toContain('sample-school.xlsx');
  });
});
