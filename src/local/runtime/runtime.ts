// createLocalRuntime: every local service wired together over one spreadsheet, clock, call log and lock buffer,
// with the records tests read (menus, alerts, sidebars, toasts, logs, triggers) and the user actions.

import { resolve } from "node:path";
import type { CellValue, Workbook } from "../../core/workbook";
import type { Services } from "../../gas/surface";
import { CallLog, type SheetIo } from "./calls";
import { Clock, makeClockDate } from "./clock";
import { type EditOutcome, fireOpen, type RowChange, runTrigger, userChangeRows, userEdit } from "./events";
import {
  appendResponseRow,
  type FormAnswers,
  type FormOutcome,
  fireFormSubmit,
  type RespondOptions,
  type ResponseOutcome,
  respondToForm,
  submitForm,
} from "./form-submit";
import { FormRegistry, LocalFormApp } from "./forms";
import type { BundleHandle } from "./load";
import { createLockBuffer, LocalLockService } from "./lock";
import { LocalMail, LocalMailApp } from "./mail";
import { toWorkbook } from "./persist";
import { type LogLine, LocalSession, LocalUtilities, makeLogging } from "./services";
import { LocalSpreadsheet, LocalSpreadsheetApp, type SpreadsheetOptions } from "./spreadsheet";
import { LocalCacheService, LocalPropertiesService, type PropertySeeds } from "./stores";
import { LocalScriptApp, type LocalTrigger, TriggerRegistry } from "./triggers";
import { LocalHtmlService, LocalUi } from "./ui";

export interface LocalRuntimeOptions extends SpreadsheetOptions {
  workbook?: Workbook;
  /** Start time of the clock (default: the real now). */
  now?: Date | number;
  /** The e-mail of the user acting (default 'admin@school.example'). */
  user?: string;
  /** Script time zone (default: the spreadsheet's). */
  scriptTimeZone?: string;
  /** Session.getActiveUserLocale() (default: the language of the spreadsheet locale, e.g. 'ru'). */
  userLocale?: string;
  /** Share one buffer between runtimes (or workers) so their locks contend (default: a fresh buffer). */
  lockBuffer?: SharedArrayBuffer;
  /** Folder of NAME.html files for HtmlService (default: build/ under the working directory). */
  htmlDir?: string;
  properties?: PropertySeeds;
  /** Echo Logger/console output to the host console (default false; always recorded in `logs`). */
  echoLogs?: boolean;
  /** Execution time limit in clock milliseconds (Apps Script: 6 min); off by default. */
  executionLimitMs?: number;
  /** MailApp recipients per day (default 100, a consumer account; Workspace: 1500). */
  mailQuota?: number;
  /** Folder that receives every sent message as NNNN-subject.eml (default: MIME text kept in memory only). */
  outboxDir?: string;
}

export interface TriggerFailure {
  handler: string;
  error: unknown;
}

export interface LocalGlobals extends Services {
  Logger: { log(...args: unknown[]): unknown };
  console: Pick<Console, "log" | "info" | "warn" | "error">;
  Date: DateConstructor;
}

export class LocalRuntime {
  readonly clock: Clock;
  readonly log: CallLog;
  readonly spreadsheet: LocalSpreadsheet;
  readonly ui: LocalUi;
  readonly spreadsheetApp: LocalSpreadsheetApp;
  readonly properties: LocalPropertiesService;
  readonly caches: LocalCacheService;
  readonly locks: LocalLockService;
  readonly registry: TriggerRegistry;
  /** Sent mail, quota and injected failures behind MailApp. */
  readonly mail: LocalMail;
  /** The forms behind FormApp; `forms.get(id)` gives tests a form to edit outside the surface. */
  readonly forms: FormRegistry;
  readonly logs: LogLine[] = [];
  readonly failures: TriggerFailure[] = [];
  readonly globals: LocalGlobals;
  readonly executionLimitMs: number | null;
  user: string;
  bundle: BundleHandle | null = null;

  constructor(options: LocalRuntimeOptions = {}) {
    this.clock = new Clock(options.now ?? Date.now());
    this.log = new CallLog(this.clock);
    this.user = options.user ?? "admin@school.example";
    this.executionLimitMs = options.executionLimitMs ?? null;
    this.spreadsheet = new LocalSpreadsheet(options.workbook ?? { tabs: [] }, options, this.log);
    this.ui = new LocalUi(this.log);
    this.spreadsheetApp = new LocalSpreadsheetApp(this.spreadsheet, this.ui, this.log);
    this.properties = new LocalPropertiesService(this.log, options.properties);
    this.caches = new LocalCacheService(this.log, this.clock);
    this.locks = new LocalLockService(options.lockBuffer ?? createLockBuffer(), this.log);
    this.registry = new TriggerRegistry(this.log, () => this.user);
    const { locale, timeZone } = this.spreadsheet.ctx;
    const scriptTimeZone = options.scriptTimeZone ?? timeZone;
    this.mail = new LocalMail(this.clock, { quota: options.mailQuota, outboxDir: options.outboxDir, timeZone: scriptTimeZone });
    this.forms = new FormRegistry(this.spreadsheet, this.log, appendResponseRow);
    const logging = makeLogging(this.log, this.logs, options.echoLogs ?? false);
    this.globals = {
      SpreadsheetApp: this.spreadsheetApp,
      HtmlService: new LocalHtmlService(options.htmlDir ?? resolve("build"), this.log),
      PropertiesService: this.properties,
      LockService: this.locks,
      CacheService: this.caches,
      Session: new LocalSession(this.log, scriptTimeZone, options.userLocale ?? locale.split("_")[0] ?? locale, () => this.user),
      Utilities: new LocalUtilities(this.log, this.clock),
      ScriptApp: new LocalScriptApp(this.registry, () => this.user, this.log),
      MailApp: new LocalMailApp(this.mail, () => this.user, this.clock, this.log),
      FormApp: new LocalFormApp(this.forms, this.log),
      Logger: logging.Logger,
      console: logging.console,
      Date: makeClockDate(this.clock),
    };
  }

  /** Every service call so far, keyed like 'Range.getValues'. */
  get calls(): Map<string, number> {
    return this.log.calls;
  }
  resetCalls(): void {
    this.log.reset();
  }
  /** Reads and writes of cell contents per sheet name since the last reset. */
  io(): Map<string, SheetIo> {
    return this.log.io();
  }
  get menus() {
    return this.ui.menus;
  }
  get alerts() {
    return this.ui.alerts;
  }
  get sidebars() {
    return this.ui.sidebars;
  }
  get toasts() {
    return this.spreadsheet.toasts;
  }
  get flushes(): number {
    return this.spreadsheetApp.flushes;
  }
  /** Every registered trigger of every user (ScriptApp.getProjectTriggers shows only the current user's). */
  get triggers(): LocalTrigger[] {
    return this.registry.all;
  }

  /** The user opens the spreadsheet: simple onOpen(e), then installable ON_OPEN triggers. */
  open(): void {
    fireOpen(this);
  }
  /** The user types `values` (one value, or a grid matching the range) into `a1` of a sheet. */
  userEdit(sheetName: string, a1: string, values: CellValue | CellValue[][]): EditOutcome {
    return userEdit(this, sheetName, a1, values);
  }
  /** The user inserts or deletes rows of a sheet: the rows move, then ON_CHANGE triggers fire. */
  userChangeRows(sheetName: string, change: RowChange): Record<string, unknown> {
    return userChangeRows(this, sheetName, change);
  }
  /** A form response arrives in a sheet linked to a form: a row is appended and ON_FORM_SUBMIT triggers fire. */
  submitForm(sheetName: string, answers: FormAnswers): FormOutcome {
    return submitForm(this, sheetName, answers);
  }
  /**
   * A person submits form `formId` (answers by question title): the response is recorded, a row appended to the
   * destination sheet, and (unless `fireTriggers: false`) every ON_FORM_SUBMIT trigger runs with the sheet's event.
   */
  respondToForm(formId: string, answers: Record<string, string>, options?: RespondOptions): ResponseOutcome {
    return respondToForm(this, formId, answers, options);
  }
  /** Delivers a hand-made form-submit event (a duplicate, a blank one) to every ON_FORM_SUBMIT trigger. */
  fireFormSubmit(event: Record<string, unknown>): Record<string, unknown>[] {
    return fireFormSubmit(this, event);
  }
  /** Runs a trigger's handler with `event` (default: a time-driven event at the clock's time). */
  runTrigger(trigger: LocalTrigger, event?: Record<string, unknown>): unknown {
    return runTrigger(this, trigger, event);
  }
  /** The sheets as a Workbook, values as getValues gives them. */
  /** With `formulas`, a formula cell as its formula text, as a CSV file keeps it. */
  toWorkbook(formulas = false): Workbook {
    return toWorkbook(this.spreadsheet, formulas);
  }
}

export function createLocalRuntime(options: LocalRuntimeOptions = {}): LocalRuntime {
  return new LocalRuntime(options);
}
