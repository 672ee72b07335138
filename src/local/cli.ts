/**
 * The command line: `check PATH [--json]` and `demo` (what `npm start` runs). Unusable input or usage
 * exits with status 2 and one clear line on stderr, never a stack trace.
 */
import { catalogue } from '../core/i18n';
import { runCheck } from './commands/check';
import { runDemo } from './commands/demo';
import type { CommandOutput } from './commands/output';
import { UnreadableWorkbookError } from './workbook-file';

const language = () => (/^ru/i.test(process.env.LANG ?? '') ? 'ru' : 'en');

export const runCli = async (argv: readonly string[]): Promise<CommandOutput & { stderr: string }> => {
  const m = catalogue(language());
  const [command, ...rest] = argv;
  const flags = rest.filter((a) => a.startsWith('--'));
  const args = rest.filter((a) => !a.startsWith('--'));
  const usage = { stdout: [], stderr: `${m.cliUsage()}\n`, status: 2 as const };
  try {
    if (command === 'check' && args.length === 1 && flags.every((f) => f === '--json')) {
      return { ...(await runCheck(args[0]!, flags.includes('--json'))), stderr: '' };
    }
    if (command === 'demo' && args.length <= 1) return { ...(await runDemo(args[0])), stderr: '' };
    return usage;
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) return { stdout: [], stderr: `${m.cliUnreadable(args[0] ?? '', e.message)}\n`, status: 2 };
    throw e;
  }
};

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (out) => {
      for (const chunk of out.stdout) process.stdout.write(chunk);
      process.stderr.write(out.stderr);
      process.exitCode = out.status;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
