// Counts every service method call ('Range.getValues', 'Sheet.getRange', …) overall and per sheet,
// so tests can assert read/write budgets per affected tab.

import type { Clock } from "./clock";

/** Range/Sheet methods that read cell contents in one call. */
export const READ_METHODS = new Set([
  "getValues",
  "getDisplayValues",
  "getNotes",
  "getBackgrounds",
  "getFormulas",
  "getDataValidations",
  "getValue",
  "getFontWeights",
  "getMergedRanges",
]);

/** True for methods that write cells or sheets: set*, appendRow, clear*, insertSheet. */
export function isWriteMethod(method: string): boolean {
  return /^(set|clear)/.test(method) || method === "appendRow" || method === "insertSheet";
}

export interface SheetIo {
  reads: number;
  writes: number;
  /** The calls counted for this sheet, keyed like `calls`. */
  calls: Map<string, number>;
}

export class CallLog {
  readonly calls = new Map<string, number>();
  readonly bySheet = new Map<string, Map<string, number>>();
  /** While an execution runs with a time limit: the clock time after which any service call throws. */
  deadline: number | null = null;

  constructor(private readonly clock: Clock) {}

  /** Records one call of `Type.method`, attributed to `sheet` when the call concerns one sheet. */
  count(type: string, method: string, sheet?: string): void {
    const key = `${type}.${method}`;
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
    if (sheet !== undefined) {
      let m = this.bySheet.get(sheet);
      if (!m) {
        m = new Map();
        this.bySheet.set(sheet, m);
      }
      m.set(key, (m.get(key) ?? 0) + 1);
    }
    this.clock.onCall(key);
    if (this.deadline !== null && this.clock.now() > this.deadline) {
      throw new Error("Exceeded maximum execution time");
    }
  }

  get(key: string): number {
    return this.calls.get(key) ?? 0;
  }

  reset(): void {
    this.calls.clear();
    this.bySheet.clear();
  }

  /** Reads and writes of cell contents per sheet name (only Range and Sheet methods, plus insertSheet). */
  io(): Map<string, SheetIo> {
    const out = new Map<string, SheetIo>();
    for (const [sheet, calls] of this.bySheet) {
      let reads = 0;
      let writes = 0;
      for (const [key, n] of calls) {
        const [type, method = ""] = key.split(".");
        if (type !== "Range" && type !== "Sheet" && type !== "Spreadsheet") continue;
        if (READ_METHODS.has(method)) reads += n;
        else if (isWriteMethod(method)) writes += n;
      }
      out.set(sheet, { reads, writes, calls: new Map(calls) });
    }
    return out;
  }

  /** Total calls whose key matches `pattern` (a key or a RegExp). */
  total(pattern?: RegExp): number {
    let n = 0;
    for (const [key, c] of this.calls) if (!pattern || pattern.test(key)) n += c;
    return n;
  }
}
