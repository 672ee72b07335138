/**
 * The weekly e-mails on a phone: the sample school's summaries and the admins' digest, composed by the real
 * bundle (build/Code.js in the local runtime), read back from the .eml files with mailparser, and each HTML
 * body laid out by headless Chromium at 375 px. None may scroll sideways, and the HTML body must state the
 * same facts as the text body.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { createLocalRuntime, loadBundleFile } from '../../src/local/runtime';
import { readCsvFolder } from '../../src/local/workbook-file';
import { BUILD, ROOT } from '../helpers/build';
import { ARTIFACTS, type Harness, startHarness } from './harness';

jest.setTimeout(30_000);

const PHONE = 375;

interface Mail {
  /** 1, 2, … in the outbox's order: the n of test-artifacts/summary-<n>.png. */
  n: number;
  file: string;
  parsed: ParsedMail;
  to: string;
}

let harness: Harness;
let outbox: string;
let mails: Mail[];

beforeAll(async () => {
  outbox = mkdtempSync(join(tmpdir(), 'weekly-outbox-'));
  const runtime = createLocalRuntime({
    workbook: readCsvFolder(join(ROOT, 'src/local/sample-school')),
    locale: 'ru_RU',
    timeZone: 'Europe/Moscow',
    // Monday 23 November 2026, 7:00 in Moscow: the sample's substitutions fall in this week.
    now: new Date('2026-11-23T04:00:00Z'),
    outboxDir: outbox,
  });
  const app = loadBundleFile(runtime, join(BUILD, 'Code.js'));
  app.call('sendWeeklySummaries');
  await runtime.mail.flush();
  const files = readdirSync(outbox).filter((f) => f.endsWith('.eml')).sort();
  mails = await Promise.all(
    files.map(async (file, i) => {
      const parsed = await simpleParser(readFileSync(join(outbox, file)));
      const to = [parsed.to ?? []].flat().map((a) => a.text).join(', ');
      return { n: i + 1, file, parsed, to };
    }),
  );
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
  if (outbox) rmSync(outbox, { recursive: true, force: true });
});

const isDigest = (m: Mail): boolean => /сводка службы помощи/i.test(m.parsed.subject ?? '');
const personOf = (email: string): Mail => mails.find((m) => !isDigest(m) && m.to === email)!;

/** A page 375 px wide showing `html` as a mail client would (no script runs, nothing is fetched). */
const render = async (html: string): Promise<Page> => {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: PHONE, height: 700 });
  // Anything the mail would load from the network (images, fonts) is refused: the test sees what it sends.
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
  return page;
};

const layout = (page: Page): Promise<{ scrollWidth: number; clientWidth: number; widest: { tag: string; right: number; text: string } }> =>
  page.evaluate(`(() => {
    const root = document.documentElement;
    let widest = { tag: '', right: 0, text: '' };
    for (const e of document.querySelectorAll('body *')) {
      const right = e.getBoundingClientRect().right;
      if (right > widest.right) widest = { tag: e.tagName, right, text: (e.textContent || '').slice(0, 60) };
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  })()`);

/** What the HTML body shows, as a person reads it (line breaks and table cells as Chromium lays them out). */
const shownText = (page: Page): Promise<string> => page.evaluate('document.body.innerText');

/** The facts a summary states: dates, times, rooms, request numbers, names, and the numbers in the counts. */
const facts = (text: string): Record<'dates' | 'times' | 'rooms' | 'requests' | 'people' | 'cells', string[]> => {
  const all = (re: RegExp): string[] => [...text.matchAll(re)].map((m) => m[0].replace(/\s+/g, ' ')).sort();
  return {
    dates: all(/\d{2}\.\d{2}\.\d{4}/g),
    times: all(/\d{1,2}[.:]\d{2}\s*[–-]\s*\d{1,2}[.:]\d{2}/g),
    rooms: all(/каб\.\s*\d+/g),
    requests: all(/ЭЖ-\d{4}-\d{4}/g),
    people: all(/[А-ЯЁ][а-яё]+ [А-ЯЁ]\.[А-ЯЁ]\./g),
    cells: all(/График!B\d+/g),
  };
};

test('the outbox holds the person summaries and the admins’ digest', () => {
  expect(mails.length).toBeGreaterThanOrEqual(2);
  expect(mails.filter(isDigest)).toHaveLength(1);
  expect(personOf('petrov@school5.example.org')).toBeDefined();
  for (const m of mails) {
    expect(typeof m.parsed.html).toBe('string');
    expect(m.parsed.text?.trim()).not.toBe('');
  }
});

test('every e-mail fits a 375 px phone screen: no sideways scrolling', async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const wide: string[] = [];
  for (const m of mails) {
    const page = await render(m.parsed.html as string);
    const { scrollWidth, clientWidth, widest } = await layout(page);
    await page.screenshot({ path: join(ARTIFACTS, `summary-${m.n}.png`), fullPage: true });
    expect(clientWidth).toBe(PHONE);
    if (scrollWidth > PHONE || widest.right > PHONE + 0.5) wide.push(`${m.n} ${m.file}: scrollWidth ${scrollWidth}, widest ${widest.tag} to ${widest.right} px «${widest.text}»`);
    await page.close();
  }
  expect(wide).toEqual([]);
  // The digest is the widest mail (most tables); it is among those checked.
  const digest = mails.find(isDigest)!;
  expect((digest.parsed.html as string).length).toBe(Math.max(...mails.map((m) => (m.parsed.html as string).length)));
});

test.each([
  ['a person summary (Petrov, with a substitution)', () => personOf('petrov@school5.example.org')],
  ['the admins’ digest', () => mails.find(isDigest)!],
])('%s: the text and HTML bodies state the same facts', async (_, pick) => {
  const m = pick();
  const page = await render(m.parsed.html as string);
  const html = await shownText(page);
  await page.close();
  const text = m.parsed.text as string;
  expect(facts(html)).toEqual(facts(text));
  // Not vacuous: there are dates to compare.
  expect(facts(text).dates.length).toBeGreaterThan(0);
});

test('Petrov’s summary lists his four duty days and the substitution in both bodies', async () => {
  const m = personOf('petrov@school5.example.org');
  const page = await render(m.parsed.html as string);
  const html = await shownText(page);
  await page.close();
  for (const body of [m.parsed.text as string, html]) {
    for (const day of ['23.11.2026', '24.11.2026', '26.11.2026', '27.11.2026']) expect(body).toContain(day);
    expect(body).not.toContain('25.11.2026');
    expect(body).toContain('вас заменяет Смирнов И.К.');
  }
});
