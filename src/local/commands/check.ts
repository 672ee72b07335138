/** `check PATH [--json]`: reads a workbook, finds conflicts, gaps and problems, prints them. */
import { analyseWorkbook, checkFailed, checkJsonChunks } from '../../core/check-report';
import { formatCheckText } from '../../core/check-text';
import { catalogue } from '../../core/i18n';
import { readWorkbookInItsZone } from '../workbook-file';
import type { CommandOutput } from './output';

export const runCheck = async (path: string, json: boolean): Promise<CommandOutput> => {
  const { workbook } = await readWorkbookInItsZone(path);
  const analysis = analyseWorkbook(workbook);
  const m = catalogue(analysis.settings.language);
  const stdout = json ? checkJsonChunks(analysis, m) : [formatCheckText(analysis, m)];
  return { stdout, status: checkFailed(analysis) ? 1 : 0 };
};
