/**
 * `npm run bench`: findConflicts on 1k-1M synthetic slots against a pairwise baseline, and the whole
 * `check --json` on 50,000- and 500,000-slot workbooks. Figures go into the README; nothing here asserts.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConflicts } from '../src/core/conflicts';
import { overlaps } from '../src/core/time-range';
import type { DutySlot } from '../src/core/schedule';
import { dailyListCsv, plannedListCsv, syntheticListCsv, syntheticSlots } from './synthetic';

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

const RUNS = 5;

/**
 * One `check --json` as a person runs it: a separate process; wall ms, and where GNU time is, peak memory and
 * CPU seconds (user + system), which a busy spell of this shared machine disturbs less than wall time.
 */
const runCheck = (dir: string): { ms: number; rss: number; cpu: number } => {
  const timed = existsSync('/usr/bin/time');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(timed ? '/usr/bin/time' : process.execPath, [...(timed ? ['-f', '%M %U %S', process.execPath] : []), cli, 'check', dir, '--json'], {
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`check failed: ${r.stderr}`);
  const [rss = 0, user = 0, system = 0] = timed ? (r.stderr.toString().trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
  return { ms, rss: rss / 1024, cpu: user + system };
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

const shapes: [string, (n: number) => string][] = [
  ['by day (a day heading, then everyone on duty that day; 1 % of slots overlap)', dailyListCsv],
  ['by person (each person’s six days in a row)', plannedListCsv],
  ['random (n/10 people and rooms at random hours; half the slots overlap)', (n) => syntheticListCsv(n)],
];
const SIZES = [50_000, 500_000];
for (const [name, make] of shapes) {
  const dirs = SIZES.map((n) => {
    const dir = mkdtempSync(join(tmpdir(), 'helpdesk-bench-'));
    writeFileSync(join(dir, 'График.csv'), make(n));
    return dir;
  });
  // The sizes take turns, so a busy spell on this shared machine falls on both rather than on one.
  const runs = SIZES.map(() => [] as { ms: number; rss: number; cpu: number }[]);
  for (let i = 0; i < RUNS; i++) for (const [k, dir] of dirs.entries()) runs[k]!.push(runCheck(dir));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  console.log(`\ncheck --json, ${name}: a separate process, wall time over ${RUNS} runs`);
  console.log('| slots | best ms | median ms | peak RSS MB | best CPU s |');
  console.log('|---:|---:|---:|---:|---:|');
  const stats = runs.map((r, k) => {
    const ms = r.map((x) => x.ms);
    const best = Math.min(...ms);
    const cpu = Math.min(...r.map((x) => x.cpu));
    console.log(`| ${SIZES[k]} | ${best.toFixed(0)} | ${median(ms).toFixed(0)} | ${Math.max(...r.map((x) => x.rss)).toFixed(0) || '-'} | ${cpu ? cpu.toFixed(2) : '-'} |`);
    return { best, median: median(ms), cpu };
  });
  const [small, large] = stats as [(typeof stats)[0], (typeof stats)[0]];
  const cpu = small.cpu ? `, ${(large.cpu / small.cpu).toFixed(2)}x the CPU time (best)` : '';
  console.log(`10x the slots cost ${(large.best / small.best).toFixed(2)}x the time (best), ${(large.median / small.median).toFixed(2)}x (median)${cpu}`);
}
