/** Reading the project's test fixtures (copied from the shared fixtures, so tests do not depend on them). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import type { CellValue, Tab, Workbook } from '../../src/core/workbook';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const SAMPLE_SCHOOL = join(__dirname, '..', '..', 'src', 'local', 'sample-school');

/** Rows of a fixture TSV, comments dropped, each row padded to `width` columns. */
export const tsvRows = (file: string, width: number): string[][] =>
  readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const cells = line.split('\t');
      return Array.from({ length: width }, (_, i) => cells[i] ?? '');
    });

export const csvTab = (name: string, text: string): Tab => ({ name, rows: csvParseRows(text) as CellValue[][] });

export const tab = (name: string, rows: CellValue[][]): Tab => ({ name, rows });

export const workbook = (...tabs: Tab[]): Workbook => ({ tabs });
