// Services other than the spreadsheet: Utilities.formatDate in time zones, properties, cache expiry on the
// runtime clock, real lock exclusion with time-outs, the trigger registry and its limit, call counting.

import { holdScriptLockInWorker } from "../../helpers/lock-holder";
import {
  createLocalRuntime,
  createLockBuffer,
  loadBundle,
  LOCK_TIMEOUT_MESSAGE,
  MAX_TRIGGERS_PER_USER,
  TOO_MANY_TRIGGERS,
} from "../../../src/local/runtime";

describe("Utilities.formatDate", () => {
  const at = new Date("2024-03-10T21:30:05Z"); // Sunday evening in UTC, Monday 00:30 in Moscow
  const { Utilities } = createLocalRuntime().globals;

  test("formats in Europe/Moscow and UTC differently", () => {
    expect(Utilities.formatDate(at, "Europe/Moscow", "dd.MM.yyyy HH:mm:ss")).toBe("11.03.2024 00:30:05");
    expect(Utilities.formatDate(at, "UTC", "dd.MM.yyyy HH:mm:ss")).toBe("10.03.2024 21:30:05");
  });

  test("supports day names, short forms, offsets and quoted text", () => {
    expect(Utilities.formatDate(at, "Europe/Moscow", "EEE EEEE d M yy H")).toBe("Mon Monday 11 3 24 0");
    expect(Utilities.formatDate(at, "Europe/Moscow", "Z XXX")).toBe("+0300 +03:00");
    expect(Utilities.formatDate(at, "UTC", "Z XXX")).toBe("+0000 Z");
    expect(Utilities.formatDate(at, "UTC", "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe("2024-03-10T21:30:05Z");
    expect(Utilities.formatDate(at, "UTC", "'o''clock' H")).toBe("o'clock 21");
  });

  test("getUuid returns distinct RFC 4122 ids", () => {
    const a = Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Utilities.getUuid()).not.toBe(a);
  });
});

describe("properties, cache, session", () => {
  test("property stores are separate, seeded and return null for a missing key", () => {
    const rt = createLocalRuntime({ properties: { script: { a: "1" } } });
    const { PropertiesService } = rt.globals;
    expect(PropertiesService.getScriptProperties().getProperty("a")).toBe("1");
    expect(PropertiesService.getUserProperties().getProperty("a")).toBeNull();
    PropertiesService.getDocumentProperties()?.setProperty("b", "2").setProperty("c", "3").deleteProperty("c");
    expect(PropertiesService.getDocumentProperties()?.getProperties()).toEqual({ b: "2" });
    expect(PropertiesService.getDocumentProperties()?.getKeys()).toEqual(["b"]);
  });

  test("cache entries expire against the runtime clock", () => {
    const rt = createLocalRuntime({ now: 0 });
    const cache = rt.globals.CacheService.getScriptCache()!;
    cache.put("k", "v", 60);
    rt.clock.advance(59_000);
    expect(cache.get("k")).toBe("v");
    rt.clock.advance(1_000);
    expect(cache.get("k")).toBeNull();
    cache.put("k", "v", 60);
    cache.remove("k");
    expect(cache.get("k")).toBeNull();
  });

  test("Session reports the script time zone and the user's language", () => {
    const { Session } = createLocalRuntime({ locale: "ru_RU", timeZone: "Europe/Moscow" }).globals;
    expect([Session.getScriptTimeZone(), Session.getActiveUserLocale()]).toEqual(["Europe/Moscow", "ru"]);
  });
});

describe("LockService", () => {
  test("a lock is exclusive across two runtimes sharing the buffer, and tryLock times out", () => {
    const buffer = createLockBuffer();
    const a = createLocalRuntime({ lockBuffer: buffer }).globals.LockService;
    const b = createLocalRuntime({ lockBuffer: buffer }).globals.LockService;
    expect(a.getScriptLock().tryLock(0)).toBe(true);
    expect(a.getScriptLock().tryLock(0)).toBe(true); // re-entrant for the holder
    const started = Date.now();
    expect(b.getScriptLock().tryLock(100)).toBe(false);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(95);
    expect(waited).toBeLessThan(1000);
    expect(b.getScriptLock().hasLock()).toBe(false);
    expect(b.getUserLock().tryLock(0)).toBe(true); // a different lock is free
    expect(() => b.getScriptLock().waitLock(10)).toThrow(LOCK_TIMEOUT_MESSAGE);
    a.getScriptLock().releaseLock();
    expect(b.getScriptLock().tryLock(0)).toBe(true);
    expect(b.getScriptLock().hasLock()).toBe(true);
    expect(a.getScriptLock().hasLock()).toBe(false);
  });

  test("a lock held in a worker thread blocks this thread until the worker releases it", async () => {
    const buffer = createLockBuffer();
    const worker = await holdScriptLockInWorker(buffer, 300, { untilLetGo: true });
    const lock = createLocalRuntime({ lockBuffer: buffer }).globals.LockService.getScriptLock();
    expect(lock.tryLock(50)).toBe(false);
    // From here the worker keeps the lock 300 ms more, while this thread waits in tryLock.
    worker.letGo();
    const started = Date.now();
    expect(lock.tryLock(5000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(4000);
    await worker.terminate();
  });
});

describe("ScriptApp triggers", () => {
  test("triggers have unique ids, handler, type, source and source id", () => {
    const rt = createLocalRuntime({ id: "sheet-1" });
    const { ScriptApp } = rt.globals;
    const edit = ScriptApp.newTrigger("onEditInstalled").forSpreadsheet("sheet-1").onEdit().create();
    const weekly = ScriptApp.newTrigger("weekly")
      .timeBased()
      .onWeekDay(ScriptApp.WeekDay.MONDAY)
      .atHour(7)
      .inTimezone("Europe/Moscow")
      .everyWeeks(1)
      .create();
    const once = ScriptApp.newTrigger("later").timeBased().after(60_000).create();
    expect(new Set([edit, weekly, once].map((t) => t.getUniqueId())).size).toBe(3);
    expect([edit.getHandlerFunction(), String(edit.getEventType()), String(edit.getTriggerSource()), edit.getTriggerSourceId()]).toEqual([
      "onEditInstalled",
      "ON_EDIT",
      "SPREADSHEETS",
      "sheet-1",
    ]);
    expect([String(weekly.getEventType()), String(weekly.getTriggerSource())]).toEqual(["CLOCK", "CLOCK"]);
    expect(rt.triggers[1]?.schedule).toEqual({ weekDay: "MONDAY", hour: 7, timeZone: "Europe/Moscow", everyWeeks: 1 });
    ScriptApp.deleteTrigger(once);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(2);
  });

  test("getProjectTriggers returns only the current user's triggers", () => {
    const rt = createLocalRuntime();
    const { ScriptApp } = rt.globals;
    rt.user = "a@school.example";
    ScriptApp.newTrigger("f").timeBased().after(1).create();
    rt.user = "b@school.example";
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    ScriptApp.newTrigger("g").timeBased().after(1).create();
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(["g"]);
    expect(rt.triggers.map((t) => t.owner)).toEqual(["a@school.example", "b@school.example"]);
  });

  test("a user may have at most 20 triggers per script", () => {
    const rt = createLocalRuntime();
    const { ScriptApp } = rt.globals;
    for (let i = 0; i < MAX_TRIGGERS_PER_USER; i++) ScriptApp.newTrigger(`f${i}`).timeBased().after(1000).create();
    expect(() => ScriptApp.newTrigger("one-more").timeBased().after(1000).create()).toThrow(TOO_MANY_TRIGGERS);
    rt.user = "other@school.example";
    expect(() => ScriptApp.newTrigger("theirs").timeBased().after(1000).create()).not.toThrow();
  });

  test("runTrigger runs a time-driven handler as its owner", () => {
    const rt = createLocalRuntime({ user: "owner@school.example" });
    loadBundle(rt, "function weekly(e) { return [e.triggerUid, ScriptApp.getProjectTriggers().length]; }");
    const t = rt.globals.ScriptApp.newTrigger("weekly").timeBased().after(1).create();
    rt.user = "someone@school.example";
    expect(rt.runTrigger(rt.triggers[0]!)).toEqual([t.getUniqueId(), 1]);
  });
});

describe("call counting and the clock", () => {
  test("every service call is counted, with reads and writes per sheet", () => {
    const rt = createLocalRuntime({ workbook: { tabs: [{ name: "A", rows: [["x"]] }, { name: "B", rows: [] }] } });
    const ss = rt.globals.SpreadsheetApp.getActiveSpreadsheet();
    const a = ss.getSheetByName("A")!;
    a.getDataRange().getValues();
    a.getRange(1, 1).getNotes();
    a.getRange(2, 1, 1, 2).setValues([["y", "z"]]);
    ss.getSheetByName("B")!.appendRow(["q"]);
    expect(rt.calls.get("Range.getValues")).toBe(1);
    expect(rt.calls.get("Sheet.getRange")).toBe(2);
    expect(rt.calls.get("Spreadsheet.getSheetByName")).toBe(2);
    expect(rt.calls.get("SpreadsheetApp.getActiveSpreadsheet")).toBe(1);
    const io = rt.io();
    expect([io.get("A")?.reads, io.get("A")?.writes]).toEqual([2, 1]);
    expect([io.get("B")?.reads, io.get("B")?.writes]).toEqual([0, 1]);
    rt.resetCalls();
    expect(rt.calls.size).toBe(0);
  });

  test("the clock can be set, advanced, and advanced per call of a named method", () => {
    const rt = createLocalRuntime({ now: new Date("2024-01-01T00:00:00Z"), executionLimitMs: 6 * 60_000 });
    rt.clock.advance(1000);
    expect(rt.clock.date().toISOString()).toBe("2024-01-01T00:00:01.000Z");
    rt.clock.set(new Date("2024-02-01T00:00:00Z"));
    rt.clock.autoAdvance("Range.getValues", 60_000);
    loadBundle(rt, `function slow() { var s = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
      for (var i = 0; i < 10; i++) s.getRange(1, 1).getValues(); return Date.now(); }`);
    expect(() => rt.bundle!.call("slow")).toThrow("Exceeded maximum execution time");
    rt.clock.autoAdvance("Range.getValues", 1000);
    expect(() => rt.bundle!.call("slow")).not.toThrow();
  });
});
