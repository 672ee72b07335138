/**
 * Another execution, in another thread, holding the script lock for `ms` (the lock is cell 0 of the buffer).
 * `released()` is when it let go (0 before), so a test can tell a run waited without timing it. With
 * `untilLetGo` the `ms` start only at `letGo()`: a busy machine may hand this thread the worker's "held" late,
 * and a lock let go by then would prove nothing.
 */
import { Worker } from 'node:worker_threads';

export const holdScriptLockInWorker = async (
  buffer: SharedArrayBuffer,
  ms: number,
  { untilLetGo = false } = {},
): Promise<Worker & { released: () => number; letGo: () => void }> => {
  const shared = new SharedArrayBuffer(16);
  const releasedAt = new Float64Array(shared, 0, 1);
  const go = new Int32Array(shared, 8, 1);
  const script = `
    const { workerData, parentPort } = require('node:worker_threads');
    const cells = new Int32Array(workerData.buffer);
    const go = new Int32Array(workerData.shared, 8, 1);
    Atomics.compareExchange(cells, 0, 0, 7);
    parentPort.postMessage('held');
    if (workerData.untilLetGo) Atomics.wait(go, 0, 0, 60000);
    Atomics.wait(cells, 2, 0, workerData.ms);
    new Float64Array(workerData.shared, 0, 1)[0] = Date.now();
    Atomics.store(cells, 0, 0);
    Atomics.notify(cells, 0);
  `;
  const worker = new Worker(script, { eval: true, workerData: { buffer, ms, shared, untilLetGo } });
  await new Promise((resolve) => worker.once('message', resolve));
  const letGo = (): void => {
    Atomics.store(go, 0, 1);
    Atomics.notify(go, 0);
  };
  return Object.assign(worker, { released: () => releasedAt[0]!, letGo });
};
