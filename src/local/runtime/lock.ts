// LockService: script, document and user locks in an Int32Array over a SharedArrayBuffer, so runtimes in
// several worker threads (or in one thread) contend for real; acquired with compareExchange, waited with Atomics.wait.

import { randomInt } from "node:crypto";
import type { LockServiceSurface, LockSurface } from "../../gas/surface";
import type { CallLog } from "./calls";

export const LOCK_SLOTS = { script: 0, document: 1, user: 2 } as const;
export type LockKind = keyof typeof LOCK_SLOTS;

/** A fresh buffer for the three locks; pass it to every runtime (and worker) that should share them. */
export function createLockBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * 3);
}

export const LOCK_TIMEOUT_MESSAGE = "Lock timeout: another process was holding the lock for too long.";

export class LocalLock implements LockSurface {
  constructor(
    private readonly cells: Int32Array,
    private readonly slot: number,
    private readonly owner: number,
    private readonly log: CallLog,
  ) {}

  private acquire(timeoutInMillis: number): boolean {
    const deadline = Date.now() + Math.max(0, timeoutInMillis);
    for (;;) {
      const seen = Atomics.compareExchange(this.cells, this.slot, 0, this.owner);
      if (seen === 0 || seen === this.owner) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      Atomics.wait(this.cells, this.slot, seen, left);
    }
  }

  tryLock(timeoutInMillis: number): boolean {
    this.log.count("Lock", "tryLock");
    return this.acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    this.log.count("Lock", "waitLock");
    if (!this.acquire(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    this.log.count("Lock", "releaseLock");
    release(this.cells, this.slot, this.owner);
  }
  hasLock(): boolean {
    this.log.count("Lock", "hasLock");
    return Atomics.load(this.cells, this.slot) === this.owner;
  }
}

function release(cells: Int32Array, slot: number, owner: number): void {
  if (Atomics.compareExchange(cells, slot, owner, 0) === owner) Atomics.notify(cells, slot);
}

export class LocalLockService implements LockServiceSurface {
  readonly cells: Int32Array;
  /** This runtime's holder id in the shared buffer (unique across threads with high probability). */
  readonly owner: number;

  constructor(
    readonly buffer: SharedArrayBuffer,
    private readonly log: CallLog,
  ) {
    this.cells = new Int32Array(buffer);
    this.owner = randomInt(1, 2 ** 31 - 1);
  }

  private lock(kind: LockKind): LocalLock {
    return new LocalLock(this.cells, LOCK_SLOTS[kind], this.owner, this.log);
  }

  getScriptLock(): LocalLock {
    this.log.count("LockService", "getScriptLock");
    return this.lock("script");
  }
  getDocumentLock(): LocalLock {
    this.log.count("LockService", "getDocumentLock");
    return this.lock("document");
  }
  getUserLock(): LocalLock {
    this.log.count("LockService", "getUserLock");
    return this.lock("user");
  }

  /** Releases every lock this runtime holds, as Apps Script does when an execution ends. */
  releaseAll(): void {
    for (const slot of Object.values(LOCK_SLOTS)) release(this.cells, slot, this.owner);
  }
}
