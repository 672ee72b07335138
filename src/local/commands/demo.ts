/**
 * `npm start`: the main job on the built-in sample school. Checks the schedule and prints the report, then
 * runs the real build/Code.js on a copy of the school in the local Apps Script runtime: set-up, a check,
 * an edit that ends an overlap, the request form with three requests (staff, parent, student) routed and
 * mailed, and this week's summaries; everything is saved to output/. The clock is pinned so the sample's
 * substitutions show; it always exits 0 on the sample (its two room overlaps are there on purpose).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalogue } from '../../core/i18n';
import type { OutgoingMail } from '../../core/mail-compose';
import { readRequestRows } from '../../core/request-log';
import { projectRoot } from '../project-root';
import { readWorkbook } from '../workbook-file';
import { runCheck } from './check';
import type { CommandOutput } from './output';

export const SAMPLE_SCHOOL = join(projectRoot(), 'src', 'local', 'sample-school');

/** Tuesday 24 November 2026, 10:15 in Moscow: one of the sample's substitutions is on that day. */
export const DEMO_NOW = new Date('2026-11-24T07:15:00Z');

/** The edit the demo makes: Сидоренко Д.Е. moves to another room, which ends Tuesday's overlap. */
const DEMO_EDIT = { tab: 'График', cell: 'E6', value: 'каб. 22' };

const DEMO_REQUESTS: Record<string, string>[] = [
  { 'Кто обращается': 'сотрудник', ФИО: 'Лебедева Т.С.', 'E-mail для ответа': 'lebedeva@school5.example.org', 'Вид помощи': 'методическая', 'Что случилось': 'Как перенести оценки из бумажного журнала за первую четверть?' },
  { 'Кто обращается': 'родитель', ФИО: 'Васильева О.П.', Класс: '7А', 'E-mail для ответа': 'vasilieva.parent@example.org', 'Вид помощи': 'техническая', 'Что случилось': 'Не приходит код для входа в электронный дневник.' },
  { 'Кто обращается': 'учащийся', ФИО: 'Орлов П.', Класс: '9Б', 'E-mail для ответа': 'orlov.student@example.org', 'Вид помощи': 'техническая', 'Что случилось': 'В дневнике не видно домашнего задания по алгебре.' },
];

export const runDemo = async (path = SAMPLE_SCHOOL, outDir = join(projectRoot(), 'output')): Promise<CommandOutput> => {
  const check = await runCheck(path, false);
  // Loaded here, not at start-up: the runtime brings exceljs, which `check` alone does not need.
  const { createLocalRuntime, loadBundle, saveXlsx } = await import('../runtime');
  const outbox = join(outDir, 'outbox');
  rmSync(outbox, { recursive: true, force: true });
  mkdirSync(outbox, { recursive: true });
  const runtime = createLocalRuntime({
    workbook: await readWorkbook(path),
    locale: 'ru_RU',
    timeZone: 'Europe/Moscow',
    now: DEMO_NOW,
    outboxDir: outbox,
    htmlDir: join(projectRoot(), 'build'),
  });
  const app = loadBundle(runtime, readFileSync(join(projectRoot(), 'build', 'Code.js'), 'utf8'));
  const m = catalogue('ru');
  const show = (file: string | null) => (file ? relative(process.cwd(), file) || file : '-');

  runtime.open();
  const setUp = app.call('setUp') as { created: string[]; columnsAdded: number };
  const before = app.call('checkSchedule') as { conflicts: number; gaps: number };
  runtime.userEdit(DEMO_EDIT.tab, DEMO_EDIT.cell, DEMO_EDIT.value);
  const after = app.call('checkSchedule') as { conflicts: number };
  const lines = [
    '',
    m.demoHeading(),
    `  ${m.demoClock(runtime.globals.Utilities.formatDate(DEMO_NOW, 'Europe/Moscow', 'dd.MM.yyyy HH:mm'))}`,
    `  ${m.demoSetUp(setUp.created, setUp.columnsAdded)}`,
    `  ${m.demoChecked(before.conflicts, before.gaps)}`,
    `  ${m.demoEdit(`${DEMO_EDIT.tab}!${DEMO_EDIT.cell}`, DEMO_EDIT.value, before.conflicts, after.conflicts)}`,
  ];

  const { url } = app.call('createRequestForm') as { url: string };
  lines.push(`  ${m.demoForm(url)}`);
  const formId = runtime.forms.all[0]!.id;
  for (const answers of DEMO_REQUESTS) {
    const already = runtime.mail.sent.length;
    runtime.respondToForm(formId, answers);
    const { requests } = readRequestRows({ name: 'Обращения', rows: runtime.spreadsheet.getSheetByName('Обращения')!.getDataRange().getValues() });
    const last = requests[requests.length - 1]!;
    lines.push(`  ${m.demoRequest(last.id, answers['Кто обращается']!, last.statusText, last.assignee || '—')}`);
    for (const mail of runtime.mail.sent.slice(already)) lines.push(m.demoMail(mail.to.join(', '), mail.subject, '…'));
  }
  await runtime.mail.flush();
  // The file names are known once the mail is composed: fill them in.
  let at = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.endsWith('→ …')) lines[i] = lines[i]!.replace(/…$/, show(runtime.mail.sent[at++]?.file ?? null));

  const week = runtime.globals.Utilities.formatDate(new Date(DEMO_NOW.getTime() - 86_400_000), 'Europe/Moscow', 'yyyy-MM-dd');
  const summaries = app.call('previewWeeklySummaries', week) as OutgoingMail[];
  const summaryDir = join(outDir, 'summary');
  rmSync(summaryDir, { recursive: true, force: true });
  const writer = createLocalRuntime({ outboxDir: summaryDir, mailQuota: Number.MAX_SAFE_INTEGER, now: DEMO_NOW });
  for (const mail of summaries) writer.globals.MailApp.sendEmail({ to: mail.to.join(','), subject: mail.subject, body: mail.text, htmlBody: mail.html });
  await writer.mail.flush();
  lines.push(`  ${m.demoSummaries(summaries.length, show(summaryDir))}`);

  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'sample-school.xlsx');
  await saveXlsx(runtime, file);
  lines.push(`  ${m.demoSaved(show(file))}`, '');
  return { stdout: [...check.stdout, lines.join('\n')], status: 0 };
};
