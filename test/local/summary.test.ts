import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { runBuiltCli } from '../helpers/build';
import { SAMPLE_SCHOOL } from '../helpers/fixtures';

describe('summary', () => {
  it('renders a week’s e-mails to .eml files without sending, one object with --json', async () => {
    const out = mkdtempSync(join(tmpdir(), 'helpdesk-summary-'));
    const before = readdirSync(SAMPLE_SCHOOL).sort();
    const r = runBuiltCli(['summary', SAMPLE_SCHOOL, '--week', '2026-11-25', '--out', out, '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { emails } = JSON.parse(r.stdout) as { emails: { to: string[]; subject: string; kind: string; file: string }[] };
    expect(emails.map((e) => e.kind)).toEqual(['person', 'person', 'person', 'person', 'person', 'admin']);
    expect(emails.every((e) => e.subject.includes('23.11.2026–29.11.2026'))).toBe(true);
    for (const e of emails) {
      const parsed = await simpleParser(readFileSync(e.file));
      expect(parsed.subject).toBe(e.subject);
      expect(parsed.html).toContain('<table');
    }
    // Nothing was written into the workbook.
    expect(readdirSync(SAMPLE_SCHOOL).sort()).toEqual(before);
  });

  it('a duty person without an e-mail is left out of the rendering, not a failure of the command', () => {
    const school = mkdtempSync(join(tmpdir(), 'helpdesk-noemail-'));
    cpSync(SAMPLE_SCHOOL, school, { recursive: true });
    const staffFile = join(school, 'Сотрудники.csv');
    writeFileSync(staffFile, readFileSync(staffFile, 'utf8').replace('smirnov@school5.example.org', ''));
    const r = runBuiltCli(['summary', school, '--week', '2026-11-25', '--out', mkdtempSync(join(tmpdir(), 'helpdesk-summary-')), '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { emails } = JSON.parse(r.stdout) as { emails: { to: string[]; kind: string }[] };
    expect(emails.map((e) => e.kind)).toEqual(['person', 'person', 'person', 'person', 'admin']);
  });

  it('a bad week is bad usage, a day that does not exist included, and the usage says so', () => {
    expect(runBuiltCli(['summary', SAMPLE_SCHOOL, '--week', 'next']).status).toBe(2);
    expect(runBuiltCli(['summary', SAMPLE_SCHOOL]).status).toBe(2);
    const impossible = runBuiltCli(['summary', SAMPLE_SCHOOL, '--week', '2026-13-45'], { LANG: 'C' });
    expect(impossible.status).toBe(2);
    expect(impossible.stdout).toBe('');
    expect(impossible.stderr).toContain('summary PATH --week YYYY-MM-DD');
  });
});
