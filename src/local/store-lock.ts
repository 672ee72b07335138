/**
 * One workbook file is one spreadsheet: in Apps Script every execution reads and writes the same live
 * Sheet, so locally two commands on one workbook must not read a stale copy. A lock file beside the
 * workbook serialises read → run → write across processes, standing in for the Sheet's own storage.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';

/** Another command held the workbook for the whole wait. */
export class StoreBusyError extends Error {}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export interface StoreLockTiming {
  /** Give up waiting after this long. */
  timeoutMs: number;
  /** A lock not touched for this long was left by a killed process and is taken over. */
  staleMs: number;
  /** A live holder touches its lock this often, so a long job is never taken for a dead one. */
  heartbeatMs: number;
}

const TIMING: StoreLockTiming = { timeoutMs: 300_000, staleMs: 120_000, heartbeatMs: 10_000 };
/** Taking over is itself done under a short lock; one left by a killed process is cleared after this. */
const TAKEOVER_STALE_MS = 10_000;

/** Creates `path` holding `token`; false when it exists. */
const create = (path: string, token: string): boolean => {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, token);
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
};

const ageMs = (path: string): number | null => {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return null;
  }
};

const owner = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** Removes `path` only while it still holds `token`: never someone else's lock. */
const removeIfOwned = (path: string, token: string): void => {
  if (owner(path) === token) rmSync(path, { force: true });
};

/**
 * Clears a stale lock. Only one waiter at a time may do it (the takeover lock), and it looks again under
 * that lock: two waiters that both saw the lock stale must not remove the fresh one a third took meanwhile.
 */
const clearIfStale = (lockPath: string, token: string, staleMs: number): void => {
  const takeover = `${lockPath}.takeover`;
  if ((ageMs(takeover) ?? 0) > TAKEOVER_STALE_MS) rmSync(takeover, { force: true });
  if (!create(takeover, token)) return;
  try {
    const stale = owner(lockPath);
    if (stale !== null && (ageMs(lockPath) ?? 0) > staleMs) removeIfOwned(lockPath, stale);
  } finally {
    removeIfOwned(takeover, token);
  }
};

export const withStoreLock = async <T>(lockPath: string, job: () => Promise<T>, timing: Partial<StoreLockTiming> = {}): Promise<T> => {
  const { timeoutMs, staleMs, heartbeatMs } = { ...TIMING, ...timing };
  const token = `${process.pid}:${randomUUID()}`;
  const started = Date.now();
  while (!create(lockPath, token)) {
    if ((ageMs(lockPath) ?? 0) > staleMs) clearIfStale(lockPath, token, staleMs);
    if (Date.now() - started > timeoutMs) throw new StoreBusyError(`the workbook is busy (${lockPath})`);
    sleep(20 + Math.floor(Math.random() * 30));
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    if (owner(lockPath) === token) utimesSync(lockPath, now, now);
  }, heartbeatMs);
  heartbeat.unref();
  try {
    return await job();
  } finally {
    clearInterval(heartbeat);
    removeIfOwned(lockPath, token);
  }
};
