// User actions that fire triggers as Apps Script does: opening the spreadsheet, typing into cells (simple onEdit
// and installable ON_EDIT, with value/oldValue only for a single cell), time-driven runs. Forms: form-submit.ts.

import type { CellValue } from "../../core/workbook";
import { serialNumber } from "./cell-input";
import { isDate } from "./clock";
import { requireBundle } from "./load";
import { checkShape, LocalRange } from "./range";
import type { LocalRuntime } from "./runtime";
import type { LocalSheet } from "./sheet";
import type { LocalTrigger } from "./triggers";
import { wallTime } from "./time-zone";

export interface EditOutcome {
  /** The event passed to the handlers (undefined when the edit was rejected). */
  event?: Record<string, unknown>;
  /** True when a validation rule that rejects invalid input refused the edit. */
  rejected: boolean;
}

function userObject(email: string) {
  return { getEmail: () => email, getNickname: () => email.split("@")[0] ?? email, toString: () => email };
}

/** An edit event's value as Apps Script gives it: text; numbers and booleans as typed; dates as serial numbers. */
function eventValue(value: CellValue, timeZone: string): string | undefined {
  if (value === "") return undefined;
  if (isDate(value)) return String(serialNumber(value, timeZone));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

export function triggersFor(runtime: LocalRuntime, eventType: string): LocalTrigger[] {
  return runtime.triggers.filter(
    (t) => !t.disabled && t.eventType === eventType && t.sourceId === runtime.spreadsheet.id,
  );
}

/** Runs the simple trigger (if defined) and the installable ones; handler errors are recorded, then the first rethrown. */
export function fire(
  runtime: LocalRuntime,
  simple: string | null,
  installable: LocalTrigger[],
  makeEvent: (authMode: string) => Record<string, unknown>,
): void {
  const bundle = requireBundle(runtime);
  const errors: unknown[] = [];
  const run = (handler: string, user: string, event: Record<string, unknown>): void => {
    try {
      bundle.callAs(user, handler, event);
    } catch (error) {
      runtime.failures.push({ handler, error });
      errors.push(error);
    }
  };
  if (simple && bundle.has(simple)) run(simple, runtime.user, makeEvent("LIMITED"));
  for (const t of installable) {
    run(t.handler, t.owner, { ...makeEvent("FULL"), triggerUid: t.uid });
  }
  if (errors.length > 0) throw errors[0];
}

export function fireOpen(runtime: LocalRuntime): void {
  const source = runtime.spreadsheet;
  fire(runtime, "onOpen", triggersFor(runtime, "ON_OPEN"), (authMode) => ({
    authMode,
    source,
    user: userObject(runtime.user),
  }));
}

export function sheetOrThrow(runtime: LocalRuntime, name: string): LocalSheet {
  const sheet = runtime.spreadsheet.sheet(name);
  if (!sheet) throw new Error(`No sheet named ${name}`);
  return sheet;
}

export function userEdit(
  runtime: LocalRuntime,
  sheetName: string,
  a1: string,
  values: CellValue | CellValue[][],
): EditOutcome {
  const sheet = sheetOrThrow(runtime, sheetName);
  const box = sheet.rangeA1(a1);
  const { row, column, numRows, numColumns } = box.geometry();
  const grid: unknown[][] = Array.isArray(values)
    ? checkShape(values, numRows, numColumns, "setValues")
    : Array.from({ length: numRows }, () => Array.from({ length: numColumns }, () => values));
  const { locale, timeZone } = sheet.ctx;
  const single = numRows === 1 && numColumns === 1;
  const before = sheet.data.cell(row, column)?.value ?? "";

  for (let r = 0; r < numRows; r++) {
    for (let c = 0; c < numColumns; c++) {
      const rule = sheet.data.cell(row + r, column + c)?.validation;
      const allowed = rule?.listValues();
      const input = grid[r]?.[c];
      if (rule && allowed && !rule.allowInvalid && input !== "" && !allowed.includes(String(input))) {
        return { rejected: true };
      }
    }
  }
  for (let r = 0; r < numRows; r++) {
    for (let c = 0; c < numColumns; c++) {
      LocalRange.writeInput(sheet.data.ensureCell(row + r, column + c), grid[r]?.[c], locale, timeZone);
    }
  }
  runtime.spreadsheet.activate(sheet);

  const after = sheet.data.cell(row, column)?.value ?? "";
  let lastEvent: Record<string, unknown> | undefined;
  fire(runtime, "onEdit", triggersFor(runtime, "ON_EDIT"), (authMode) => {
    const event: Record<string, unknown> = {
      authMode,
      range: box,
      source: runtime.spreadsheet,
      user: userObject(runtime.user),
    };
    if (single) {
      const value = eventValue(after, timeZone);
      const oldValue = eventValue(before, timeZone);
      if (value !== undefined) event.value = value;
      if (oldValue !== undefined) event.oldValue = oldValue;
    }
    lastEvent = event;
    return event;
  });
  return lastEvent ? { event: lastEvent, rejected: false } : { rejected: false };
}

/** What a person can do to a tab's rows that fires ON_CHANGE (and no onEdit): insert or delete them. */
export type RowChange = { insertAfter: number; howMany: number } | { deleteAt: number; howMany: number };

/**
 * A person inserts or deletes rows: the rows move (notes and colours with them, as in Sheets), then the
 * installable ON_CHANGE triggers run. There is no simple trigger for it, and onEdit does not fire.
 */
export function userChangeRows(runtime: LocalRuntime, sheetName: string, change: RowChange): Record<string, unknown> {
  const sheet = sheetOrThrow(runtime, sheetName);
  let changeType: string;
  if ("deleteAt" in change) {
    sheet.deleteRowsUncounted(change.deleteAt, change.howMany);
    changeType = "REMOVE_ROW";
  } else {
    sheet.insertRowsUncounted(change.insertAfter, change.howMany);
    changeType = "INSERT_ROW";
  }
  runtime.spreadsheet.activate(sheet);
  let event: Record<string, unknown> = {};
  fire(runtime, null, triggersFor(runtime, "ON_CHANGE"), (authMode) => {
    event = { authMode, changeType, source: runtime.spreadsheet, user: userObject(runtime.user) };
    return event;
  });
  return event;
}

/** Runs a trigger's handler as its owner; a disabled trigger does not run (returns undefined). */
export function runTrigger(runtime: LocalRuntime, trigger: LocalTrigger, event?: Record<string, unknown>): unknown {
  if (trigger.disabled) return undefined;
  const bundle = requireBundle(runtime);
  return bundle.callAs(trigger.owner, trigger.handler, event ?? clockEvent(runtime, trigger));
}

function clockEvent(runtime: LocalRuntime, trigger: LocalTrigger): Record<string, unknown> {
  const now = runtime.clock.date();
  const w = wallTime(now, "UTC");
  return {
    authMode: "FULL",
    triggerUid: trigger.uid,
    "day-of-month": w.day,
    "day-of-week": w.weekday === 0 ? 7 : w.weekday,
    hour: w.hour,
    minute: w.minute,
    month: w.month,
    second: w.second,
    timezone: "UTC",
    year: w.year,
  };
}
