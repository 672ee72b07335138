// ScriptApp: a registry of installable triggers (spreadsheet and time-driven), owned by the user who created
// them, with unique ids, the 20-per-user limit, deletion, and a flag tests may set to disable one.

import type {
  ClockTriggerBuilderSurface,
  ScriptAppSurface,
  SpreadsheetTriggerBuilderSurface,
  TriggerBuilderSurface,
  TriggerSurface,
} from "../../gas/surface";
import type { CallLog } from "./calls";

// Apps Script enums are objects of named values; plain strings stand in for them.
export const EventType = {
  CLOCK: "CLOCK",
  ON_OPEN: "ON_OPEN",
  ON_EDIT: "ON_EDIT",
  ON_FORM_SUBMIT: "ON_FORM_SUBMIT",
  ON_CHANGE: "ON_CHANGE",
  ON_EVENT_UPDATED: "ON_EVENT_UPDATED",
} as unknown as typeof GoogleAppsScript.Script.EventType;
export const TriggerSource = {
  SPREADSHEETS: "SPREADSHEETS",
  CLOCK: "CLOCK",
  FORMS: "FORMS",
  DOCUMENTS: "DOCUMENTS",
  CALENDAR: "CALENDAR",
} as unknown as typeof GoogleAppsScript.Script.TriggerSource;
export const WeekDay = {
  MONDAY: "MONDAY",
  TUESDAY: "TUESDAY",
  WEDNESDAY: "WEDNESDAY",
  THURSDAY: "THURSDAY",
  FRIDAY: "FRIDAY",
  SATURDAY: "SATURDAY",
  SUNDAY: "SUNDAY",
} as unknown as typeof GoogleAppsScript.Base.Weekday;
export const AuthMode = {
  NONE: "NONE",
  CUSTOM_FUNCTION: "CUSTOM_FUNCTION",
  LIMITED: "LIMITED",
  FULL: "FULL",
} as unknown as typeof GoogleAppsScript.Script.AuthMode;

export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS =
  "This script has too many triggers. Triggers must be deleted from the script before more can be added.";

/** How a time-driven trigger was configured. */
export interface ClockSchedule {
  afterMs?: number;
  weekDay?: string;
  hour?: number;
  timeZone?: string;
  everyWeeks?: number;
}

export class LocalTrigger implements TriggerSurface {
  /** Set by tests: a disabled trigger stays registered but never fires. */
  disabled = false;

  constructor(
    readonly uid: string,
    readonly handler: string,
    readonly eventType: string,
    readonly source: string,
    readonly sourceId: string | null,
    readonly owner: string,
    readonly schedule: ClockSchedule,
    private readonly log: CallLog,
  ) {}

  getUniqueId(): string {
    this.log.count("Trigger", "getUniqueId");
    return this.uid;
  }
  getHandlerFunction(): string {
    this.log.count("Trigger", "getHandlerFunction");
    return this.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    this.log.count("Trigger", "getEventType");
    return this.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.log.count("Trigger", "getTriggerSource");
    return this.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  /** The spreadsheet id; null for a time-driven trigger, as Apps Script returns (its typings say string). */
  getTriggerSourceId(): string {
    this.log.count("Trigger", "getTriggerSourceId");
    return this.sourceId as string;
  }
}

export class TriggerRegistry {
  readonly all: LocalTrigger[] = [];
  private next = 1;

  constructor(
    private readonly log: CallLog,
    private readonly currentUser: () => string,
  ) {}

  add(handler: string, eventType: string, source: string, sourceId: string | null, schedule: ClockSchedule): LocalTrigger {
    const owner = this.currentUser();
    if (this.all.filter((t) => t.owner === owner).length >= MAX_TRIGGERS_PER_USER) throw new Error(TOO_MANY_TRIGGERS);
    const uid = `403412408495${String(this.next++).padStart(7, "0")}`;
    const t = new LocalTrigger(uid, handler, eventType, source, sourceId, owner, schedule, this.log);
    this.all.push(t);
    return t;
  }

  remove(trigger: TriggerSurface): void {
    const i = this.all.findIndex((t) => t === trigger || t.uid === (trigger as LocalTrigger).uid);
    if (i >= 0) this.all.splice(i, 1);
  }
}

class SpreadsheetTriggerBuilder implements SpreadsheetTriggerBuilderSurface {
  private eventType = "";

  constructor(
    private readonly registry: TriggerRegistry,
    private readonly handler: string,
    private readonly key: string,
    private readonly log: CallLog,
  ) {}

  private event(method: string, type: string): this {
    this.log.count("SpreadsheetTriggerBuilder", method);
    this.eventType = type;
    return this;
  }
  onEdit(): this {
    return this.event("onEdit", "ON_EDIT");
  }
  onFormSubmit(): this {
    return this.event("onFormSubmit", "ON_FORM_SUBMIT");
  }
  onOpen(): this {
    return this.event("onOpen", "ON_OPEN");
  }
  onChange(): this {
    return this.event("onChange", "ON_CHANGE");
  }
  create(): LocalTrigger {
    this.log.count("SpreadsheetTriggerBuilder", "create");
    if (!this.eventType) throw new Error("Missing event type for trigger.");
    return this.registry.add(this.handler, this.eventType, "SPREADSHEETS", this.key, {});
  }
}

class ClockTriggerBuilder implements ClockTriggerBuilderSurface {
  private readonly schedule: ClockSchedule = {};

  constructor(
    private readonly registry: TriggerRegistry,
    private readonly handler: string,
    private readonly log: CallLog,
  ) {}

  after(durationMilliseconds: number): this {
    this.log.count("ClockTriggerBuilder", "after");
    this.schedule.afterMs = durationMilliseconds;
    return this;
  }
  atHour(hour: number): this {
    this.log.count("ClockTriggerBuilder", "atHour");
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error("Hour must be between 0 and 23.");
    this.schedule.hour = hour;
    return this;
  }
  everyWeeks(n: number): this {
    this.log.count("ClockTriggerBuilder", "everyWeeks");
    this.schedule.everyWeeks = n;
    return this;
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): this {
    this.log.count("ClockTriggerBuilder", "onWeekDay");
    this.schedule.weekDay = String(day);
    return this;
  }
  inTimezone(timezone: string): this {
    this.log.count("ClockTriggerBuilder", "inTimezone");
    this.schedule.timeZone = timezone;
    return this;
  }
  create(): LocalTrigger {
    this.log.count("ClockTriggerBuilder", "create");
    const s = this.schedule;
    if (s.afterMs === undefined && s.weekDay === undefined && s.everyWeeks === undefined && s.hour === undefined) {
      throw new Error("Missing a recurrence or a time for the time-based trigger.");
    }
    return this.registry.add(this.handler, "CLOCK", "CLOCK", null, { ...s });
  }
}

export class LocalScriptApp implements ScriptAppSurface {
  readonly EventType = EventType;
  readonly WeekDay = WeekDay;
  readonly TriggerSource = TriggerSource;
  readonly AuthMode = AuthMode;

  constructor(
    private readonly registry: TriggerRegistry,
    private readonly currentUser: () => string,
    private readonly log: CallLog,
  ) {}

  newTrigger(functionName: string): TriggerBuilderSurface {
    this.log.count("ScriptApp", "newTrigger");
    const { registry, log } = this;
    return {
      forSpreadsheet(key: string | { getId(): string }) {
        log.count("TriggerBuilder", "forSpreadsheet");
        const id = typeof key === "string" ? key : key.getId();
        return new SpreadsheetTriggerBuilder(registry, functionName, id, log);
      },
      timeBased() {
        log.count("TriggerBuilder", "timeBased");
        return new ClockTriggerBuilder(registry, functionName, log);
      },
    };
  }
  /** Only the current user's triggers, as Apps Script returns. */
  getProjectTriggers(): LocalTrigger[] {
    this.log.count("ScriptApp", "getProjectTriggers");
    const user = this.currentUser();
    return this.registry.all.filter((t) => t.owner === user);
  }
  deleteTrigger(trigger: TriggerSurface): void {
    this.log.count("ScriptApp", "deleteTrigger");
    this.registry.remove(trigger);
  }
}
