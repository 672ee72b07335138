// Loads the real bundle (build/Code.js: a plain script, no modules) into a fresh vm context whose globals are
// exactly the local services, and calls its global functions by name, each call being one execution.

import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import type { LocalRuntime } from "./runtime";

export interface BundleHandle {
  /** The vm context (its global object). */
  readonly context: Record<string, unknown>;
  /** Whether the bundle defines a global function of that name. */
  has(name: string): boolean;
  /** The names of the global functions the bundle defines. */
  functions(): string[];
  /** Runs a global function as one execution (locks released and time limit checked at its end). */
  call(name: string, ...args: unknown[]): unknown;
  /** Runs it as another user (installable triggers run as their owner). */
  callAs(user: string, name: string, ...args: unknown[]): unknown;
}

const SERVICE_NAMES = new Set([
  "SpreadsheetApp",
  "HtmlService",
  "PropertiesService",
  "LockService",
  "CacheService",
  "Session",
  "Utilities",
  "ScriptApp",
  "MailApp",
  "FormApp",
  "Logger",
  "console",
  "Date",
]);

/** Evaluates `code` as a plain script in a fresh context and attaches the handle to the runtime. */
export function loadBundle(runtime: LocalRuntime, code: string, filename = "Code.js"): BundleHandle {
  const context = createContext({ ...runtime.globals }) as Record<string, unknown>;
  runInContext(code, context, { filename });

  const execute = (user: string, name: string, args: unknown[]): unknown => {
    const fn = context[name];
    if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
    const previousUser = runtime.user;
    const limit = runtime.executionLimitMs;
    runtime.user = user;
    runtime.log.deadline = limit === null ? null : runtime.clock.now() + limit;
    try {
      const result = (fn as (...a: unknown[]) => unknown).apply(context, args);
      const deadline = runtime.log.deadline;
      if (deadline !== null && runtime.clock.now() > deadline) throw new Error("Exceeded maximum execution time");
      return result;
    } finally {
      runtime.log.deadline = null;
      runtime.user = previousUser;
      runtime.locks.releaseAll();
    }
  };

  const handle: BundleHandle = {
    context,
    has: (name) => typeof context[name] === "function",
    functions: () => Object.keys(context).filter((k) => !SERVICE_NAMES.has(k) && typeof context[k] === "function"),
    call: (name, ...args) => execute(runtime.user, name, args),
    callAs: (user, name, ...args) => execute(user, name, args),
  };
  runtime.bundle = handle;
  return handle;
}

/** Reads and loads a bundle file (default build/Code.js). */
export function loadBundleFile(runtime: LocalRuntime, path = "build/Code.js"): BundleHandle {
  return loadBundle(runtime, readFileSync(path, "utf8"), path);
}

export function requireBundle(runtime: LocalRuntime): BundleHandle {
  if (!runtime.bundle) throw new Error("No bundle loaded: call loadBundle(runtime, code) first.");
  return runtime.bundle;
}
