/**
 * `npm start`: the main job on the built-in sample school. Checks the schedule and prints the report;
 * always exits 0 on the sample (its two room overlaps are there on purpose, to be found).
 */
import { join } from 'node:path';
import { projectRoot } from '../project-root';
import { runCheck } from './check';
import type { CommandOutput } from './output';

export const SAMPLE_SCHOOL = join(projectRoot(), 'src', 'local', 'sample-school');

export const runDemo = async (path = SAMPLE_SCHOOL): Promise<CommandOutput> => {
  const check = await runCheck(path, false);
  return { stdout: check.stdout, status: 0 };
};
