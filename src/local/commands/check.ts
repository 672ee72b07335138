/** `check PATH [--json]`: reads a workbook, finds conflicts, gaps and problems, prints them. */
import { analyseWorkbook, checkFailed, checkJsonChunks } from '../../core/check-report';
import { formatCheckText } from '../../core/check-text';
import { catalogue } from '../../core/i18n';
import { readSettings } from '../../core/settings';
import { readWorkbook } from '../workbook-file';
import type { CommandOutput } from './output';

export const runCheck = async (path: string, json: boolean): Promise<CommandOutput> => {
  // Settings never hold dates, so a first reading tells the zone that an xlsx file's times are read in.
  const first = await readWorkbook(path);
  const zone = readSettings(first).settings.timeZone;
  const workbook = zone === 'Europe/Moscow' ? first : await readWorkbook(path, zone);
  const analysis = analyseWorkbook(workbook);
  const m = catalogue(analysis.settings.language);
  const stdout = json ? checkJsonChunks(analysis, m) : [formatCheckText(analysis, m)];
  return { stdout, status: checkFailed(analysis) ? 1 : 0 };
};
