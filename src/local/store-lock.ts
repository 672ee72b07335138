/**
 * One workbook file is one spreadsheet: in Apps Script every execution reads and writes the same live
 * Sheet, so locally two commands on one workbook must not read a stale copy. A lock file beside the
 * workbook serialises read → run → write across processes, standing in for the Sheet's own storage.
 */
import { closeSync, openSync, rmSync, statSync } from 'node:fs';

/** Another command held the workbook for the whole wait. */
export class StoreBusyError extends Error {}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** A lock left by a killed process is taken over after this long. */
const STALE_MS = 120_000;

export const withStoreLock = async <T>(lockPath: string, job: () => Promise<T>, timeoutMs = 300_000): Promise<T> => {
  const started = Date.now();
  for (;;) {
    try {
      closeSync(openSync(lockPath, 'wx'));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(lockPath).mtimeMs > STALE_MS) rmSync(lockPath, { force: true });
      } catch {
        // it was released meanwhile
      }
      if (Date.now() - started > timeoutMs) throw new StoreBusyError(`the workbook is busy (${lockPath})`);
      sleep(20 + Math.floor(Math.random() * 30));
    }
  }
  try {
    return await job();
  } finally {
    rmSync(lockPath, { force: true });
  }
};
