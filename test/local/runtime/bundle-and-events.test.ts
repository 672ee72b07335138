// Loading a bundle into a vm context with the local services as globals, and user actions firing triggers:
// onOpen menus, onEdit value/oldValue only for single cells, script writes never fire onEdit, installable triggers.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalRuntime, loadBundle, type LocalRuntime } from "../../../src/local/runtime";

// A bundle shaped like build/Code.js: an IIFE hiding the app, plus top-level wrapper functions.
const CODE = `
var __app = (function () {
  var edits = [];
  function onOpen(e) {
    SpreadsheetApp.getUi().createMenu('Help desk').addItem('Open sidebar', 'showSidebar').addSeparator()
      .addItem('Check', 'check').addToUi();
  }
  function onEdit(e) {
    edits.push({ a1: e.range.getA1Notation(), hasValue: 'value' in e, hasOld: 'oldValue' in e,
      value: e.value, oldValue: e.oldValue, authMode: e.authMode, uid: e.triggerUid });
  }
  function scriptWrite() {
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Log').getRange('A1').setValue('from script');
  }
  function showSidebar() {
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Help desk'));
  }
  function install() {
    return ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet().getId())
      .onEdit().create().getUniqueId();
  }
  function now() { return [new Date().getTime(), Date.now(), new Date(5).getTime(), new Date() instanceof Date]; }
  function isDateValue() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Log').getRange('B1').getValue() instanceof Date; }
  function hasNode() { return [typeof require, typeof module, typeof process, typeof setTimeout]; }
  function getEdits() { return JSON.stringify(edits); }
  function holdLock() { return LockService.getScriptLock().tryLock(0); }
  function hasLock() { return LockService.getScriptLock().hasLock(); }
  return { onOpen: onOpen, onEdit: onEdit, onEditInstalled: onEdit, scriptWrite: scriptWrite, showSidebar: showSidebar,
    install: install, now: now, isDateValue: isDateValue, hasNode: hasNode, getEdits: getEdits, holdLock: holdLock, hasLock: hasLock };
})();
function onOpen(e) { return __app.onOpen.apply(this, arguments); }
function onEdit(e) { return __app.onEdit.apply(this, arguments); }
function onEditInstalled(e) { return __app.onEditInstalled.apply(this, arguments); }
function scriptWrite() { return __app.scriptWrite.apply(this, arguments); }
function showSidebar() { return __app.showSidebar.apply(this, arguments); }
function install() { return __app.install.apply(this, arguments); }
function now() { return __app.now.apply(this, arguments); }
function isDateValue() { return __app.isDateValue.apply(this, arguments); }
function hasNode() { return __app.hasNode.apply(this, arguments); }
function getEdits() { return __app.getEdits.apply(this, arguments); }
function holdLock() { return __app.holdLock.apply(this, arguments); }
function hasLock() { return __app.hasLock.apply(this, arguments); }
`;

interface Edit {
  a1: string;
  hasValue: boolean;
  hasOld: boolean;
  value?: string;
  oldValue?: string;
  authMode: string;
  uid?: string;
}

function setup(htmlDir?: string): { rt: LocalRuntime; edits: () => Edit[] } {
  const rt = createLocalRuntime({
    workbook: { tabs: [{ name: "Log", rows: [["old", new Date("2024-01-01T00:00:00Z")]] }] },
    now: new Date("2024-09-02T09:00:00Z"),
    ...(htmlDir ? { htmlDir } : {}),
  });
  const handle = loadBundle(rt, CODE);
  return { rt, edits: () => JSON.parse(handle.call("getEdits") as string) as Edit[] };
}

test("the bundle sees exactly the services: no require, module, process or timers", () => {
  const { rt } = setup();
  expect(rt.bundle!.call("hasNode")).toEqual(["undefined", "undefined", "undefined", "undefined"]);
  expect(rt.bundle!.functions()).toContain("onOpen");
  expect(() => rt.bundle!.call("nothing")).toThrow("Script function not found: nothing");
});

test("new Date() and Date.now() in the bundle read the runtime clock", () => {
  const { rt } = setup();
  const t = Date.parse("2024-09-02T09:00:00Z");
  expect(rt.bundle!.call("now")).toEqual([t, t, 5, true]);
  rt.clock.advance(60_000);
  expect((rt.bundle!.call("now") as number[])[0]).toBe(t + 60_000);
  expect(rt.bundle!.call("isDateValue")).toBe(true);
});

test("opening the spreadsheet runs onOpen, whose menu is recorded as data", () => {
  const { rt } = setup();
  rt.open();
  expect(rt.menus).toEqual([
    {
      caption: "Help desk",
      items: [
        { kind: "item", caption: "Open sidebar", functionName: "showSidebar" },
        { kind: "separator" },
        { kind: "item", caption: "Check", functionName: "check" },
      ],
    },
  ]);
});

test("a single-cell edit carries value and oldValue", () => {
  const { rt, edits } = setup();
  rt.userEdit("Log", "A1", "new");
  rt.userEdit("Log", "C1", "5");
  expect(edits()).toEqual([
    { a1: "A1", hasValue: true, hasOld: true, value: "new", oldValue: "old", authMode: "LIMITED" },
    { a1: "C1", hasValue: true, hasOld: false, value: "5", authMode: "LIMITED" },
  ]);
  expect(rt.spreadsheet.sheet("Log")?.getRange("C1").getValue()).toBe(5);
});

test("a multi-cell edit has neither value nor oldValue", () => {
  const { rt, edits } = setup();
  rt.userEdit("Log", "A1:B2", [["a", "b"], ["c", "d"]]);
  expect(edits()).toEqual([{ a1: "A1:B2", hasValue: false, hasOld: false, authMode: "LIMITED" }]);
});

test("writes made by script code do not fire onEdit", () => {
  const { rt, edits } = setup();
  rt.bundle!.call("scriptWrite");
  expect(rt.spreadsheet.sheet("Log")?.getRange("A1").getValue()).toBe("from script");
  expect(edits()).toEqual([]);
});

test("an installable ON_EDIT trigger fires with its triggerUid and FULL auth, unless disabled", () => {
  const { rt, edits } = setup();
  const uid = rt.bundle!.call("install") as string;
  rt.userEdit("Log", "A1", "x");
  expect(edits().map((e) => [e.authMode, e.uid])).toEqual([
    ["LIMITED", undefined],
    ["FULL", uid],
  ]);
  rt.triggers[0]!.disabled = true;
  rt.userEdit("Log", "A1", "y");
  expect(edits()).toHaveLength(3);
});

test("a user edit rejected by a strict list validation fires nothing", () => {
  const { rt, edits } = setup();
  const app = rt.globals.SpreadsheetApp;
  rt.spreadsheet.sheet("Log")!.getRange("D1").setDataValidation(
    app.newDataValidation().requireValueInList(["open", "closed"], true).setAllowInvalid(false).build(),
  );
  expect(rt.userEdit("Log", "D1", "maybe").rejected).toBe(true);
  expect(rt.userEdit("Log", "D1", "open").rejected).toBe(false);
  expect(edits()).toHaveLength(1);
});

test("showSidebar records the HTML file's content and title; a missing file throws", () => {
  const dir = mkdtempSync(join(tmpdir(), "html-"));
  writeFileSync(join(dir, "Sidebar.html"), "<p>hi</p>");
  const { rt } = setup(dir);
  rt.bundle!.call("showSidebar");
  expect(rt.sidebars).toEqual([{ title: "Help desk", content: "<p>hi</p>" }]);
  expect(() => rt.globals.HtmlService.createHtmlOutputFromFile("Nope")).toThrow("No HTML file named Nope was found.");
});

test("locks are released when an execution ends", () => {
  const { rt } = setup();
  expect(rt.bundle!.call("holdLock")).toBe(true);
  expect(rt.bundle!.call("hasLock")).toBe(false);
});

test("the form submit event carries values and namedValues as strings", () => {
  const rt = createLocalRuntime({
    workbook: { tabs: [{ name: "Form", rows: [["Отметка времени", "Имя", "Класс"]] }] },
    now: new Date("2024-09-02T09:00:00Z"),
  });
  loadBundle(rt, "var got = []; function onSubmit(e) { got.push(e); } function seen() { return got.length; }");
  rt.globals.ScriptApp.newTrigger("onSubmit").forSpreadsheet(rt.spreadsheet.id).onFormSubmit().create();
  const { row, event } = rt.submitForm("Form", { Имя: "Петров", Класс: "5А" });
  expect(row).toBe(2);
  expect(event.values).toEqual(["02.09.2024 12:00:00", "Петров", "5А"]);
  expect(event.namedValues).toEqual({ "Отметка времени": ["02.09.2024 12:00:00"], Имя: ["Петров"], Класс: ["5А"] });
  expect(rt.bundle!.call("seen")).toBe(1);
});
