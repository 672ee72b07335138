/**
 * Another execution, in another thread, holding the script lock for `ms` (the lock is cell 0 of the buffer).
 * `released()` is when it let go (0 before), so a test can tell a run waited without timing it.
 */
import { Worker } from 'node:worker_threads';

export const holdScriptLockInWorker = async (buffer: SharedArrayBuffer, ms: number): Promise<Worker & { released: () => number }> => {
  const releasedAt = new Float64Array(new SharedArrayBuffer(8));
  const script = `
    const { workerData, parentPort } = require('node:worker_threads');
    const cells = new Int32Array(workerData.buffer);
    Atomics.compareExchange(cells, 0, 0, 7);
    parentPort.postMessage('held');
    Atomics.wait(cells, 2, 0, workerData.ms);
    new Float64Array(workerData.releasedAt)[0] = Date.now();
    Atomics.store(cells, 0, 0);
    Atomics.notify(cells, 0);
  `;
  const worker = new Worker(script, { eval: true, workerData: { buffer, ms, releasedAt: releasedAt.buffer } });
  await new Promise((resolve) => worker.once('message', resolve));
  return Object.assign(worker, { released: () => releasedAt[0]! });
};
