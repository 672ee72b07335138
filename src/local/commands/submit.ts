/**
 * `submit PATH --role … --name … [--class …] --email … --kind … --text … [--at …] [--json]`: one help
 * request as the Google Form would deliver it. The answer is appended to the responses sheet, the event a
 * sheet-bound form trigger gets is built from that row, and the real `handleFormSubmit` runs in the local
 * runtime. The workbook is written back in its own format and the mail goes to PATH's outbox folder.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { catalogue, type Language } from '../../core/i18n';
import type { SubmitOutcome } from '../../gas/intake';
import type { FormItemKey } from '../../core/tabs';
import { findRequestsTab, requestColumns } from '../../core/request-log';
import type { Workbook } from '../../core/workbook';
import { deliverFormAnswer } from '../form-delivery';
import { projectRoot } from '../project-root';
import { readWorkbookInItsZone, workbookFormat } from '../workbook-file';
import { withStoreLock } from '../store-lock';
import type { CommandOutput } from './output';

/** What the form trigger says of an answer it did not log: blank, a duplicate, a Sheet busy, …. */
type SubmitStatus = Exclude<SubmitOutcome, object>;

export interface SubmitArgs {
  path: string;
  answers: Partial<Record<FormItemKey, string>>;
  /** `2026-11-24T10:15`: the school's wall clock (its time zone from Settings). */
  at?: string;
  json: boolean;
}

export const runSubmit = (args: SubmitArgs): Promise<CommandOutput & { stderr: string }> => {
  const format = workbookFormat(args.path);
  const lock = format === 'csv' ? join(args.path, '.helpdesk.lock') : `${args.path}.lock`;
  return withStoreLock(lock, () => submitLocked(args, format));
};

const submitLocked = async (args: SubmitArgs, format: 'csv' | 'xlsx'): Promise<CommandOutput & { stderr: string }> => {
  const { workbook, settings } = await readWorkbookInItsZone(args.path);
  const language: Language = settings.language;
  const { createLocalRuntime, loadBundle, saveCsvFolder, saveXlsx, zonedTime } = await import('../runtime');
  let now = new Date();
  if (args.at) {
    // The command line checked it is a real moment, YYYY-MM-DDTHH:MM.
    const [y, mo, d, h, mi] = args.at.split(/[-T:]/).map(Number);
    now = zonedTime(settings.timeZone, y!, mo!, d!, h!, mi!);
  }
  const outboxDir = format === 'csv' ? join(args.path, 'outbox') : join(dirname(args.path), 'outbox');
  const runtime = createLocalRuntime({
    workbook,
    locale: language === 'ru' ? 'ru_RU' : 'en_US',
    timeZone: settings.timeZone,
    now,
    outboxDir,
    htmlDir: join(projectRoot(), 'build'),
  });
  const app = loadBundle(runtime, readFileSync(join(projectRoot(), 'build', 'Code.js'), 'utf8'));

  const outcome = deliverFormAnswer(runtime, app, language, args.answers) as string | { id: string; status: 'new' | 'invalid'; assignee: string | null };
  // The workbook first: if it cannot be saved, no mail has gone to the outbox for a request never logged.
  if (format === 'csv') saveCsvFolder(runtime.toWorkbook(true), args.path, settings.timeZone);
  else await saveXlsx(runtime, args.path);
  await runtime.mail.flush();

  const request = typeof outcome === 'string' ? { id: null, status: outcome as SubmitStatus, assignee: null } : outcome;
  const m = catalogue(language);
  const emails = runtime.mail.sent.map((s) => ({ to: s.to, subject: s.subject, file: s.file }));
  const invalid = request.status !== 'new';
  const stdout = args.json
    ? [`${JSON.stringify({ request, emails }, null, 2)}\n`]
    : [
        `${request.id ?? '-'}: ${m.cliRequestOutcome(request.status)}${request.assignee ? ` → ${request.assignee}` : ''}\n`,
        ...emails.map((e) => `  ${e.to} — ${e.subject}${e.file ? ` (${e.file})` : ''}\n`),
      ];
  const notes = invalid && typeof outcome !== 'string' ? invalidNote(runtime.toWorkbook(), request.id) : '';
  return { stdout, stderr: notes ? `${notes}\n` : '', status: invalid ? 1 : 0 };
};

/** The reasons an invalid request was not accepted, as the log's note column says them. */
const invalidNote = (workbook: Workbook, id: string | null): string => {
  const tab = findRequestsTab(workbook);
  if (!tab) return '';
  const columns = requestColumns(tab.rows[0] ?? []);
  const row = tab.rows.find((r) => r[columns.id] === id);
  return row && columns.note >= 0 ? String(row[columns.note] ?? '') : '';
};
