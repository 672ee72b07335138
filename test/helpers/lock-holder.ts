/** Another execution, in another thread, holding the script lock for `ms` (the lock is cell 0 of the buffer). */
import { Worker } from 'node:worker_threads';

export const holdScriptLockInWorker = async (buffer: SharedArrayBuffer, ms: number): Promise<Worker> => {
  const script = `
    const { workerData, parentPort } = require('node:worker_threads');
    const cells = new Int32Array(workerData.buffer);
    Atomics.compareExchange(cells, 0, 0, 7);
    parentPort.postMessage('held');
    Atomics.wait(cells, 2, 0, workerData.ms);
    Atomics.store(cells, 0, 0);
    Atomics.notify(cells, 0);
  `;
  const worker = new Worker(script, { eval: true, workerData: { buffer, ms } });
  await new Promise((resolve) => worker.once('message', resolve));
  return worker;
};
