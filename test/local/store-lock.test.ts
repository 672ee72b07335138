import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { ROOT } from '../helpers/build';

/** The lock module as a plain script that separate processes can load. */
const lockModule = (dir: string): string => {
  const file = join(dir, 'store-lock.cjs');
  buildSync({ entryPoints: [join(ROOT, 'src/local/store-lock.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: file, logLevel: 'silent' });
  return file;
};

/** One process: under the lock, read the counter, wait a little, write it plus one. */
const WORKER = `
const { withStoreLock } = require(process.argv[1]);
const fs = require('node:fs');
const [counter, lock] = process.argv.slice(2);
withStoreLock(lock, async () => {
  const n = Number(fs.readFileSync(counter, 'utf8'));
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30);
  fs.writeFileSync(counter, String(n + 1));
}).catch((e) => { console.error(e); process.exitCode = 1; });
`;

describe('the workbook lock between processes', () => {
  it('processes that all find a stale lock (a killed process left it) take turns: no update is lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helpdesk-lock-'));
    const module = lockModule(dir);
    for (let round = 0; round < 3; round++) {
      const counter = join(dir, `counter-${round}`);
      const lock = join(dir, `school-${round}.lock`);
      writeFileSync(counter, '0');
      writeFileSync(lock, 'a process killed long ago');
      const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
      utimesSync(lock, tenMinutesAgo, tenMinutesAgo);
      const codes = await Promise.all(
        Array.from({ length: 8 }, () => new Promise<number | null>((done) => spawn(process.execPath, ['-e', WORKER, module, counter, lock], { stdio: 'ignore' }).on('close', done))),
      );
      expect(codes).toEqual(Array(8).fill(0));
      expect([round, readFileSync(counter, 'utf8')]).toEqual([round, '8']);
    }
  }, 60_000);

  it('a job longer than the stale limit keeps its lock alive: a waiter does not take it over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helpdesk-lock-'));
    const module = lockModule(dir);
    const log = join(dir, 'log');
    writeFileSync(log, '');
    // Each holds the lock 1.2 s, three times the stale limit the test sets; the heartbeat keeps it fresh.
    const holder = `
const { withStoreLock } = require(process.argv[1]);
const fs = require('node:fs');
const [log, lock, name] = process.argv.slice(2);
withStoreLock(lock, async () => {
  fs.appendFileSync(log, name + ' in\\n');
  await new Promise((r) => setTimeout(r, 1200));
  fs.appendFileSync(log, name + ' out\\n');
}, { staleMs: 400, heartbeatMs: 100 }).catch((e) => { console.error(e); process.exitCode = 1; });
`;
    const run = (name: string) => new Promise<number | null>((done) => spawn(process.execPath, ['-e', holder, module, log, join(dir, 'school.lock'), name], { stdio: 'ignore' }).on('close', done));
    const first = run('A');
    await new Promise((r) => setTimeout(r, 300));
    expect(await Promise.all([first, run('B')])).toEqual([0, 0]);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['A in', 'A out', 'B in', 'B out']);
  }, 30_000);
});
