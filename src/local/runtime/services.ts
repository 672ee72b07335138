// Session, Utilities, Logger and console for the vm context; log lines are recorded and optionally echoed.

import { randomUUID } from "node:crypto";
import type { SessionSurface, UtilitiesSurface } from "../../gas/surface";
import type { CallLog } from "./calls";
import type { Clock } from "./clock";
import { formatDate } from "./format-date";

export interface LogLine {
  level: "log" | "info" | "warn" | "error";
  text: string;
}

export class LocalSession implements SessionSurface {
  constructor(
    private readonly log: CallLog,
    private readonly timeZone: string,
    private readonly userLocale: string,
    private readonly user: () => string = () => "admin@school.example",
  ) {}

  getTemporaryActiveUserKey(): string {
    this.log.count("Session", "getTemporaryActiveUserKey");
    // Opaque like Apps Script's: stable for a user, not the address itself.
    return `key-${Buffer.from(this.user()).toString("base64url")}`;
  }

  getScriptTimeZone(): string {
    this.log.count("Session", "getScriptTimeZone");
    return this.timeZone;
  }
  getActiveUserLocale(): string {
    this.log.count("Session", "getActiveUserLocale");
    return this.userLocale;
  }
}

export class LocalUtilities implements UtilitiesSurface {
  constructor(
    private readonly log: CallLog,
    private readonly clock: Clock,
  ) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    this.log.count("Utilities", "formatDate");
    return formatDate(date, timeZone, format);
  }
  getUuid(): string {
    this.log.count("Utilities", "getUuid");
    return randomUUID();
  }
  /** Sleeping does not wait in real time: it advances the runtime clock. */
  sleep(milliseconds: number): void {
    this.log.count("Utilities", "sleep");
    this.clock.advance(milliseconds);
  }
}

function text(args: unknown[]): string {
  return args
    .map((a) => (typeof a === "string" ? a : a instanceof Error ? (a.stack ?? a.message) : safeJson(a)))
    .join(" ");
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Logger and console objects that record into `lines` and echo to the host console when asked. */
export function makeLogging(log: CallLog, lines: LogLine[], echo: boolean) {
  const emit = (level: LogLine["level"], args: unknown[]): void => {
    lines.push({ level, text: text(args) });
    if (echo) console[level](...(args as [unknown]));
  };
  const logger = {
    log(...args: unknown[]) {
      log.count("Logger", "log");
      emit("log", args);
      return logger;
    },
  };
  const vmConsole = {
    log: (...args: unknown[]) => emit("log", args),
    info: (...args: unknown[]) => emit("info", args),
    warn: (...args: unknown[]) => emit("warn", args),
    error: (...args: unknown[]) => emit("error", args),
  };
  return { Logger: logger, console: vmConsole };
}
