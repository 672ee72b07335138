/**
 * The command line: `check PATH [--json]` and `demo` (what `npm start` runs). Unusable input or usage
 * exits with status 2 and one clear line on stderr, never a stack trace.
 */
import { catalogue } from '../core/i18n';
import { runCheck } from './commands/check';
import { runDemo } from './commands/demo';
import { type CommandOutput, terminalSafe, terminalSafeChunks } from './commands/output';
import { runSubmit, type SubmitArgs } from './commands/submit';
import { runSummary, type SummaryArgs } from './commands/summary';
import type { FormItemKey } from '../core/tabs';
import { StoreBusyError } from './store-lock';
import { UnreadableWorkbookError } from './workbook-file';

const SUBMIT_FLAGS: Record<string, FormItemKey> = { '--role': 'role', '--name': 'name', '--class': 'class', '--email': 'email', '--kind': 'kind', '--text': 'description', '--contact': 'contact' };

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` naming a day (and time) that exists: not 2026-02-30, not 25:99. */
const isRealMoment = (text: string, withTime: boolean): boolean => {
  const m = (withTime ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/ : /^(\d{4})-(\d{2})-(\d{2})$/).exec(text);
  if (!m) return false;
  const [y, mo, d, h = 0, mi = 0] = m.slice(1).map(Number) as [number, number, number, number?, number?];
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d && at.getUTCHours() === h && at.getUTCMinutes() === mi;
};

/** `submit PATH --role staff --name … --text … [--at …] [--json]`; null when the words do not fit. */
export const parseSubmitArgs = (words: readonly string[]): SubmitArgs | null => {
  const [path, ...rest] = words;
  if (!path || path.startsWith('--')) return null;
  const out: SubmitArgs = { path, answers: {}, json: false };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    if (flag === '--json') {
      out.json = true;
      continue;
    }
    const value = rest[i + 1];
    if (value === undefined) return null;
    i++;
    if (flag === '--at') {
      if (!isRealMoment(value, true)) return null;
      out.at = value;
    }
    else if (SUBMIT_FLAGS[flag]) out.answers[SUBMIT_FLAGS[flag]] = value;
    else return null;
  }
  return out;
};

/** `summary PATH --week YYYY-MM-DD [--out DIR] [--json]`; null when the words do not fit. */
export const parseSummaryArgs = (words: readonly string[]): SummaryArgs | null => {
  const [path, ...rest] = words;
  if (!path || path.startsWith('--')) return null;
  const out: Partial<SummaryArgs> & { path: string; json: boolean } = { path, json: false };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    if (flag === '--json') out.json = true;
    else if ((flag === '--week' || flag === '--out') && rest[i + 1] !== undefined) out[flag === '--week' ? 'week' : 'out'] = rest[++i]!;
    else return null;
  }
  return out.week && isRealMoment(out.week, false) ? (out as SummaryArgs) : null;
};

const language = () => (/^ru/i.test(process.env.LANG ?? '') ? 'ru' : 'en');

export const runCli = async (argv: readonly string[]): Promise<CommandOutput & { stderr: string }> => {
  const out = await runCommand(argv);
  // What a person reads in a terminal shows no control characters; JSON escapes them already.
  const json = argv.includes('--json');
  return { ...out, stdout: json ? out.stdout : terminalSafeChunks(out.stdout), stderr: terminalSafe(out.stderr) };
};

const runCommand = async (argv: readonly string[]): Promise<CommandOutput & { stderr: string }> => {
  const m = catalogue(language());
  const [command, ...rest] = argv;
  const flags = rest.filter((a) => a.startsWith('--'));
  const args = command === 'submit' || command === 'summary' ? rest.slice(0, 1) : rest.filter((a) => !a.startsWith('--'));
  const usage = { stdout: [], stderr: `${m.cliUsage()}\n`, status: 2 as const };
  try {
    if (command === 'check' && args.length === 1 && flags.every((f) => f === '--json')) {
      return { ...(await runCheck(args[0]!, flags.includes('--json'))), stderr: '' };
    }
    if (command === 'demo' && args.length <= 1) return { ...(await runDemo(args[0])), stderr: '' };
    if (command === 'summary') {
      const parsed = parseSummaryArgs(rest);
      if (parsed) return await runSummary(parsed);
    }
    if (command === 'submit') {
      const parsed = parseSubmitArgs(rest);
      if (parsed) return await runSubmit(parsed);
    }
    return usage;
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) return { stdout: [], stderr: `${m.cliUnreadable(args[0] ?? '', m.cliUnreadableReason(e.reason, e.detail))}\n`, status: 2 };
    if (e instanceof StoreBusyError) return { stdout: [], stderr: `${m.cliBusy()}\n`, status: 2 };
    throw e;
  }
};

/**
 * A text chunk as UTF-8 in one pass: `write(string)` measures the bytes first and then encodes, twice the
 * work for the tens of megabytes a large school's text report comes to (`--json` comes as bytes already).
 * A fresh buffer each time, as a stream may still hold the last.
 */
const utf8 = (text: string): Buffer => {
  const bytes = Buffer.allocUnsafe(text.length * 3);
  return bytes.subarray(0, bytes.write(text, 'utf8'));
};

if (require.main === module) {
  // A reader that stops early (`check --json | head`) closes the pipe: that is not a failure of the check,
  // so the rest of the report is dropped quietly instead of an unhandled EPIPE and a stack trace.
  let readerGone = false;
  let writeFailed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    readerGone = true;
    if (e.code === 'EPIPE') return;
    writeFailed = true;
    process.stderr.write(`${e.message}\n`);
  });
  runCli(process.argv.slice(2)).then(
    async (out) => {
      for (const chunk of out.stdout) {
        if (readerGone) break;
        // Each chunk is written out (or refused) before the next, so a closed pipe is noticed at once.
        await new Promise<void>((go) => process.stdout.write(typeof chunk === 'string' ? utf8(chunk) : chunk, () => go()));
      }
      process.stderr.write(out.stderr);
      process.exitCode = writeFailed ? 2 : out.status;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
