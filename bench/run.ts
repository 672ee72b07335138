/**
 * `npm run bench`: findConflicts on 1k-1M synthetic slots against a pairwise baseline, and the whole
 * `check --json` on 50,000- and 500,000-slot workbooks. Figures go into the README; nothing here asserts.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConflicts } from '../src/core/conflicts';
import { overlaps } from '../src/core/time-range';
import type { DutySlot } from '../src/core/schedule';
import { plannedListCsv, syntheticListCsv, syntheticSlots } from './synthetic';

const time = <T>(fn: () => T): { ms: number; value: T } => {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
};

/** The naive way: every pair of slots. Only to show what the sweep saves. */
const pairwise = (slots: readonly DutySlot[]): number => {
  let found = 0;
  for (let i = 0; i < slots.length; i++)
    for (let j = i + 1; j < slots.length; j++) {
      const a = slots[i]!;
      const b = slots[j]!;
      if (a.day === b.day && (a.person === b.person || a.room === b.room) && overlaps(a.range, b.range)) found++;
    }
  return found;
};

const PAIRWISE_LIMIT = 20_000;

console.log('findConflicts (sort and sweep) vs pairwise baseline');
console.log('| slots | findConflicts ms | conflicts | pairwise ms | pairwise / sweep |');
console.log('|---:|---:|---:|---:|---:|');
// Warm the JIT first, so the smallest size is not measuring compilation.
findConflicts(syntheticSlots(20_000, 7));
pairwise(syntheticSlots(2_000, 7));
for (const n of [1_000, 10_000, 100_000, 1_000_000]) {
  const slots = syntheticSlots(n);
  const sweep = time(() => findConflicts(slots));
  const base = n <= PAIRWISE_LIMIT ? time(() => pairwise(slots)) : null;
  const ratio = base ? (base.ms / sweep.ms).toFixed(1) : 'not run (too slow)';
  console.log(`| ${n} | ${sweep.ms.toFixed(1)} | ${sweep.value.length} | ${base ? base.ms.toFixed(1) : '-'} | ${ratio} |`);
}

const cli = join(__dirname, 'cli.cjs');

/** `check --json` as a person runs it: a separate process, wall time best of 3, peak memory where GNU time is. */
const timeCheck = (csv: string): { ms: number; rss: number } => {
  const dir = mkdtempSync(join(tmpdir(), 'helpdesk-bench-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'График.csv'), csv);
  let best = Number.POSITIVE_INFINITY;
  let rss = 0;
  const timed = existsSync('/usr/bin/time');
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(timed ? '/usr/bin/time' : process.execPath, [...(timed ? ['-f', '%M', process.execPath] : []), cli, 'check', dir, '--json'], {
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`check failed: ${r.stderr}`);
    if (timed) rss = Math.max(rss, Number(r.stderr.toString().trim().split('\n').pop()) / 1024);
  }
  rmSync(dir, { recursive: true, force: true });
  return { ms: best, rss };
};

const shapes: [string, (n: number) => string][] = [
  ['planned (each person once a day in their own room; 1 % of slots overlap)', plannedListCsv],
  ['random (n/10 people and rooms at random hours; half the slots overlap)', (n) => syntheticListCsv(n)],
];
for (const [name, make] of shapes) {
  console.log(`\ncheck --json, ${name}: a separate process, wall time, best of 3`);
  console.log('| slots | wall ms | peak RSS MB |');
  console.log('|---:|---:|---:|');
  const results = [50_000, 500_000].map((n) => {
    const r = timeCheck(make(n));
    console.log(`| ${n} | ${r.ms.toFixed(0)} | ${r.rss ? r.rss.toFixed(0) : '-'} |`);
    return r.ms;
  });
  console.log(`10x the slots cost ${(results[1]! / results[0]!).toFixed(2)}x the time`);
}
