/**
 * `npm start`: the main job on the built-in sample school. Checks the schedule and prints the report, then
 * runs the real build/Code.js on a copy of the school in the local Apps Script runtime (set-up, a check,
 * an edit that ends an overlap) and saves the result to output/. Always exits 0 on the sample (its two
 * room overlaps are there on purpose, to be found).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalogue } from '../../core/i18n';
import { projectRoot } from '../project-root';
import { readWorkbook } from '../workbook-file';
import { runCheck } from './check';
import type { CommandOutput } from './output';

export const SAMPLE_SCHOOL = join(projectRoot(), 'src', 'local', 'sample-school');

/** The edit the demo makes: Сидоренко Д.Е. moves to another room, which ends Tuesday's overlap. */
const DEMO_EDIT = { tab: 'График', cell: 'E6', value: 'каб. 22' };

export const runDemo = async (path = SAMPLE_SCHOOL, outDir = join(projectRoot(), 'output')): Promise<CommandOutput> => {
  const check = await runCheck(path, false);
  // Loaded here, not at start-up: the runtime brings exceljs, which `check` alone does not need.
  const { createLocalRuntime, loadBundle, saveXlsx } = await import('../runtime');
  const runtime = createLocalRuntime({ workbook: await readWorkbook(path), locale: 'ru_RU', timeZone: 'Europe/Moscow', htmlDir: join(projectRoot(), 'build') });
  const app = loadBundle(runtime, readFileSync(join(projectRoot(), 'build', 'Code.js'), 'utf8'));
  runtime.open();
  const setUp = app.call('setUp') as { created: string[]; columnsAdded: number };
  const before = app.call('checkSchedule') as { conflicts: number; gaps: number; language?: string };
  const m = catalogue((app.call('sidebarData') as { language: 'ru' | 'en' }).language);
  runtime.userEdit(DEMO_EDIT.tab, DEMO_EDIT.cell, DEMO_EDIT.value);
  const after = app.call('checkSchedule') as { conflicts: number };
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'sample-school.xlsx');
  await saveXlsx(runtime, file);
  const lines = [
    '',
    m.demoHeading(),
    `  ${m.demoSetUp(setUp.created, setUp.columnsAdded)}`,
    `  ${m.demoChecked(before.conflicts, before.gaps)}`,
    `  ${m.demoEdit(`${DEMO_EDIT.tab}!${DEMO_EDIT.cell}`, DEMO_EDIT.value, before.conflicts, after.conflicts)}`,
    `  ${m.demoSaved(relative(process.cwd(), file) || file)}`,
    '',
  ];
  return { stdout: [...check.stdout, lines.join('\n')], status: 0 };
};
