// FormApp in the local runtime: forms with unique ids, items, openById and getItemById as Apps Script answers
// for missing ids, the responses sheet Google adds (name and header by locale), and responses in order.

import { createLocalRuntime, NO_SUCH_FORM } from "../../../src/local/runtime";

const MORNING = new Date("2024-09-02T07:00:00Z");

function requestForm(locale = "ru_RU") {
  const rt = createLocalRuntime({ now: MORNING, locale });
  const app = rt.globals.FormApp;
  const form = app.create("Заявка в службу поддержки");
  const name = form.addTextItem().setTitle("Имя").setRequired(true);
  const room = form.addListItem().setTitle("Кабинет").setChoiceValues(["101", "204"]).setHelpText("Где проблема");
  const kind = form.addMultipleChoiceItem().setTitle("Что случилось").setChoiceValues(["Проектор", "Компьютер"]);
  const details = form.addParagraphTextItem().setTitle("Подробности");
  return { rt, app, form, ids: { name: name.getId(), room: room.getId(), kind: kind.getId(), details: details.getId() } };
}

test("created forms have unique ids and open again by id", () => {
  const { rt, app, form } = requestForm();
  const other = app.create("Другая");
  expect(other.getId()).not.toBe(form.getId());
  expect(app.openById(form.getId()).getTitle()).toBe("Заявка в службу поддержки");
  expect(form.getPublishedUrl()).toMatch(new RegExp(`^https://.*${form.getId()}`));
  expect(rt.calls.get("FormApp.create")).toBe(2);
  expect(rt.calls.get("FormApp.openById")).toBe(1);
});

test("openById throws as Apps Script does for an unknown id", () => {
  const rt = createLocalRuntime();
  expect(() => rt.globals.FormApp.openById("nope")).toThrow(
    new Error("No item with the given ID could be found, or you do not have permission to access it."),
  );
  expect(NO_SUCH_FORM).toMatch(/^No item with the given ID/);
});

test("items keep their ids, titles, types and order; getItemById is null for a missing id", () => {
  const { form, ids } = requestForm();
  const items = form.getItems();
  expect(items.map((i) => [i.getId(), i.getTitle(), String(i.getType())])).toEqual([
    [ids.name, "Имя", "TEXT"],
    [ids.room, "Кабинет", "LIST"],
    [ids.kind, "Что случилось", "MULTIPLE_CHOICE"],
    [ids.details, "Подробности", "PARAGRAPH_TEXT"],
  ]);
  expect(new Set(Object.values(ids)).size).toBe(4);
  expect(form.getItemById(ids.room)?.asListItem().getTitle()).toBe("Кабинет");
  expect(() => form.getItemById(ids.room)?.asTextItem()).toThrow("Invalid conversion for item type: LIST.");
  expect(form.getItemById(123)).toBeNull();
});

test("a test can delete an item, as someone editing the form would", () => {
  const { rt, form, ids } = requestForm();
  expect(rt.forms.get(form.getId()).removeItem(ids.kind)).toBe(true);
  expect(form.getItemById(ids.kind)).toBeNull();
  expect(form.getItems().map((i) => i.getTitle())).toEqual(["Имя", "Кабинет", "Подробности"]);
});

test("setDestination adds 'Ответы на форму (1)' once, headed by the timestamp and the item titles", () => {
  const { rt, form } = requestForm("ru_RU");
  const id = rt.spreadsheet.id;
  form.setDestination(rt.globals.FormApp.DestinationType.SPREADSHEET, id);
  form.setDestination(rt.globals.FormApp.DestinationType.SPREADSHEET, id);
  expect(form.getDestinationId()).toBe(id);
  expect(rt.spreadsheet.sheets.map((s) => s.data.name)).toEqual(["Лист1", "Ответы на форму (1)"]);
  const sheet = rt.spreadsheet.sheet("Ответы на форму (1)")!;
  expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([["Отметка времени", "Имя", "Кабинет", "Что случилось", "Подробности"]]);
  const second = rt.globals.FormApp.create("Ещё одна");
  second.addTextItem().setTitle("Вопрос");
  second.setDestination(rt.globals.FormApp.DestinationType.SPREADSHEET, id);
  expect(rt.spreadsheet.sheet("Ответы на форму (2)")).not.toBeNull();
});

test("in an English spreadsheet the sheet is 'Form Responses 1' with a 'Timestamp' column", () => {
  const { rt, form } = requestForm("en_US");
  form.setDestination(rt.globals.FormApp.DestinationType.SPREADSHEET, rt.spreadsheet.id);
  const sheet = rt.spreadsheet.sheet("Form Responses 1")!;
  expect(sheet.getRange("A1:B1").getValues()).toEqual([["Timestamp", "Имя"]]);
});

test("setDestination to a spreadsheet the runtime does not hold throws; getDestinationId throws before one is set", () => {
  const { rt, form } = requestForm();
  expect(() => form.getDestinationId()).toThrow("no response destination");
  expect(() => form.setDestination(rt.globals.FormApp.DestinationType.SPREADSHEET, "other-id")).toThrow(NO_SUCH_FORM);
});

test("getResponses returns responses in order with their timestamps and answered items only", () => {
  const { rt, form } = requestForm();
  rt.respondToForm(form.getId(), { Имя: "Петров", Кабинет: "204" });
  rt.clock.advance(60000);
  rt.respondToForm(form.getId(), { Имя: "Иванова", Кабинет: "101", "Что случилось": "Проектор", Подробности: "Не включается" });
  const responses = rt.globals.FormApp.openById(form.getId()).getResponses();
  expect(responses.map((r) => r.getTimestamp().getTime())).toEqual([MORNING.getTime(), MORNING.getTime() + 60000]);
  expect(new Set(responses.map((r) => r.getId())).size).toBe(2);
  const answers = responses.map((r) => r.getItemResponses().map((ir) => [ir.getItem().getTitle(), ir.getResponse()]));
  expect(answers).toEqual([
    [["Имя", "Петров"], ["Кабинет", "204"]],
    [["Имя", "Иванова"], ["Кабинет", "101"], ["Что случилось", "Проектор"], ["Подробности", "Не включается"]],
  ]);
  expect(rt.calls.get("Form.getResponses")).toBe(1);
});

test("respondToForm refuses what the form itself would not accept", () => {
  const { rt, form } = requestForm();
  expect(() => rt.respondToForm(form.getId(), { Кабинет: "204" })).toThrow('Required question "Имя"');
  expect(() => rt.respondToForm(form.getId(), { Имя: "П", Кабинет: "999" })).toThrow("not a choice");
  expect(() => rt.respondToForm(form.getId(), { Имя: "П", Класс: "5А" })).toThrow('no question titled "Класс"');
  expect(() => rt.respondToForm("nope", {})).toThrow(NO_SUCH_FORM);
  expect(form.getResponses()).toHaveLength(0);
});
