/**
 * `summary PATH --week YYYY-MM-DD [--out DIR] [--json]`: that week's e-mails (each duty person's summary
 * and the admins' digest), composed by the real bundle from the workbook at PATH and written as .eml
 * files without sending anything or changing the workbook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutgoingMail } from '../../core/mail-compose';
import { projectRoot } from '../project-root';
import { readWorkbookInItsZone, workbookFormat } from '../workbook-file';
import type { CommandOutput } from './output';

export interface SummaryArgs {
  path: string;
  week: string;
  out?: string;
  json: boolean;
}

export const runSummary = async (args: SummaryArgs): Promise<CommandOutput & { stderr: string }> => {
  const format = workbookFormat(args.path);
  const { workbook, settings } = await readWorkbookInItsZone(args.path);
  const { createLocalRuntime, loadBundle, zonedTime } = await import('../runtime');
  const [y, mo, d] = args.week.split('-').map(Number);
  const outDir = args.out ?? (format === 'csv' ? join(args.path, 'outbox', `summary-${args.week}`) : join(projectRoot(), 'output', `summary-${args.week}`));
  const runtime = createLocalRuntime({
    workbook,
    locale: settings.language === 'ru' ? 'ru_RU' : 'en_US',
    timeZone: settings.timeZone,
    now: zonedTime(settings.timeZone, y!, mo!, d!, settings.summaryHour),
    outboxDir: outDir,
    mailQuota: Number.MAX_SAFE_INTEGER,
  });
  const app = loadBundle(runtime, readFileSync(join(projectRoot(), 'build', 'Code.js'), 'utf8'));
  // A summary for someone with no address is never sent: the Sheet logs it as not sent; nothing to render.
  const mails = (app.call('previewWeeklySummaries', args.week) as OutgoingMail[]).filter((mail) => mail.to.length > 0);
  // The local MailApp only writes .eml files: this is rendering, not sending.
  for (const mail of mails) runtime.globals.MailApp.sendEmail({ to: mail.to.join(','), subject: mail.subject, body: mail.text, htmlBody: mail.html });
  await runtime.mail.flush();
  const emails = runtime.mail.sent.map((s, i) => ({ to: s.to, subject: s.subject, kind: mails[i]!.kind === 'digest' ? 'admin' : 'person', file: s.file }));
  const stdout = args.json ? [`${JSON.stringify({ emails }, null, 2)}\n`] : emails.map((e) => `${e.kind}\t${e.to.join(', ')}\t${e.subject}\t${e.file}\n`);
  return { stdout, stderr: '', status: 0 };
};
