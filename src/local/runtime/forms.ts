// FormApp over an in-memory registry of forms: items, responses, and a responses sheet in the local spreadsheet
// (named and headed as Google does) that gains a column when a question is added and renames it when retitled.

import type { FormAppSurface, FormResponseSurface, FormSurface, ItemResponseSurface } from "../../gas/surface";
import type { CallLog } from "./calls";
import { type ItemData, type ItemKind, ItemType, LocalChoiceItem, LocalItem, LocalParagraphTextItem, LocalTextItem } from "./form-items";
import type { LocalSheet } from "./sheet";
import type { LocalSpreadsheet } from "./spreadsheet";

export const NO_SUCH_FORM = "No item with the given ID could be found, or you do not have permission to access it.";

// Apps Script enums are objects of named values; plain strings stand in for them.
export const DestinationType = { SPREADSHEET: "SPREADSHEET" } as unknown as typeof GoogleAppsScript.Forms.DestinationType;

export interface ResponseData {
  readonly id: string;
  readonly timestamp: Date;
  /** The answered items in item order, with the item as it was stored (a later deletion keeps it here). */
  readonly answers: { item: ItemData; value: string }[];
}

/** Where responses go: a sheet of the local spreadsheet, and the item id shown in each column after the timestamp. */
export interface Destination {
  readonly spreadsheetId: string;
  readonly sheet: LocalSheet;
  readonly columns: number[];
}

export function isRussianLocale(locale: string): boolean {
  return locale.toLowerCase().startsWith("ru");
}

export class LocalItemResponse implements ItemResponseSurface {
  constructor(
    private readonly item: ItemData,
    private readonly value: string,
    private readonly log: CallLog,
  ) {}

  getItem(): LocalItem {
    this.log.count("ItemResponse", "getItem");
    return new LocalItem(this.item, this.log);
  }
  getResponse(): string {
    this.log.count("ItemResponse", "getResponse");
    return this.value;
  }
}

export class LocalFormResponse implements FormResponseSurface {
  constructor(
    readonly data: ResponseData,
    private readonly log: CallLog,
  ) {}

  getId(): string {
    this.log.count("FormResponse", "getId");
    return this.data.id;
  }
  getTimestamp(): Date {
    this.log.count("FormResponse", "getTimestamp");
    return new Date(this.data.timestamp.getTime());
  }
  /** Only the answered items, in item order, as Apps Script returns. */
  getItemResponses(): LocalItemResponse[] {
    this.log.count("FormResponse", "getItemResponses");
    return this.data.answers.map((a) => new LocalItemResponse(a.item, a.value, this.log));
  }
}

export class LocalForm implements FormSurface {
  readonly items: ItemData[] = [];
  readonly responses: ResponseData[] = [];
  description = "";
  confirmationMessage = "";
  destination: Destination | null = null;

  constructor(
    readonly id: string,
    public title: string,
    private readonly registry: FormRegistry,
    private readonly log: CallLog,
  ) {}

  private count(method: string): void {
    this.log.count("Form", method);
  }
  private addItem(type: ItemKind): ItemData {
    const data: ItemData = { id: this.registry.newItemId(), type, title: "", helpText: "", required: false, choices: [] };
    this.items.push(data);
    return data;
  }

  getId(): string {
    this.count("getId");
    return this.id;
  }
  getTitle(): string {
    this.count("getTitle");
    return this.title;
  }
  setTitle(title: string): this {
    this.count("setTitle");
    this.title = String(title);
    return this;
  }
  setDescription(description: string): this {
    this.count("setDescription");
    this.description = String(description);
    return this;
  }
  setConfirmationMessage(message: string): this {
    this.count("setConfirmationMessage");
    this.confirmationMessage = String(message);
    return this;
  }
  getItems(): LocalItem[] {
    this.count("getItems");
    return this.items.map((d) => new LocalItem(d, this.log));
  }
  getItemById(id: number): LocalItem | null {
    this.count("getItemById");
    const data = this.items.find((d) => d.id === Number(id));
    return data ? new LocalItem(data, this.log) : null;
  }
  addTextItem(): LocalTextItem {
    this.count("addTextItem");
    return new LocalTextItem(this.addItem("TEXT"), this.log);
  }
  addParagraphTextItem(): LocalParagraphTextItem {
    this.count("addParagraphTextItem");
    return new LocalParagraphTextItem(this.addItem("PARAGRAPH_TEXT"), this.log);
  }
  addMultipleChoiceItem(): LocalChoiceItem {
    this.count("addMultipleChoiceItem");
    return new LocalChoiceItem(this.addItem("MULTIPLE_CHOICE"), this.log);
  }
  addListItem(): LocalChoiceItem {
    this.count("addListItem");
    return new LocalChoiceItem(this.addItem("LIST"), this.log);
  }
  /** Links the form to the local spreadsheet; the first time, a responses sheet is added holding earlier responses. */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): this {
    this.count("setDestination");
    if (String(type) !== "SPREADSHEET") throw new Error("Invalid argument: type");
    const spreadsheet = this.registry.spreadsheet;
    if (id !== spreadsheet.id) throw new Error(NO_SUCH_FORM);
    if (this.destination?.spreadsheetId === id) return this;
    const sheet = spreadsheet.addSheet(responsesSheetName(spreadsheet), []);
    sheet.data.frozenRows = 1;
    this.destination = { spreadsheetId: id, sheet, columns: [] };
    this.syncColumns();
    for (const r of this.responses) this.registry.appendRow(sheet, r.timestamp, this.rowAnswers(r));
    return this;
  }
  getDestinationId(): string {
    this.count("getDestinationId");
    if (!this.destination) throw new Error("The form currently has no response destination.");
    return this.destination.spreadsheetId;
  }
  getPublishedUrl(): string {
    this.count("getPublishedUrl");
    return `https://docs.google.com/forms/d/e/${this.id}/viewform`;
  }
  getResponses(): LocalFormResponse[] {
    this.count("getResponses");
    return this.responses.map((r) => new LocalFormResponse(r, this.log));
  }

  /** For tests: someone deletes a question in the form editor (its sheet column stays). False when missing. */
  removeItem(itemId: number): boolean {
    const i = this.items.findIndex((d) => d.id === itemId);
    if (i < 0) return false;
    this.items.splice(i, 1);
    return true;
  }

  /** The item with that title (the first, when titles repeat), without counting. */
  itemTitled(title: string): ItemData | undefined {
    return this.items.find((d) => d.title === title);
  }

  /**
   * Records a response as a respondent's browser would submit it: only known questions, required ones answered,
   * choice questions answered with one of their choices.
   */
  record(answers: Record<string, string>, timestamp: Date): ResponseData {
    for (const title of Object.keys(answers)) {
      if (!this.itemTitled(title)) throw new Error(`Form "${this.title}" has no question titled "${title}"`);
    }
    const list: ResponseData["answers"] = [];
    for (const item of this.items) {
      const value = Object.hasOwn(answers, item.title) ? String(answers[item.title]) : "";
      if (value === "") {
        if (item.required) throw new Error(`Required question "${item.title}" is unanswered`);
        continue;
      }
      if (item.choices.length > 0 && !item.choices.includes(value)) {
        throw new Error(`"${value}" is not a choice of question "${item.title}"`);
      }
      list.push({ item, value });
    }
    const response: ResponseData = { id: this.registry.newResponseId(), timestamp: new Date(timestamp.getTime()), answers: list };
    this.responses.push(response);
    return response;
  }

  /** Adds columns for new questions, renames headers of retitled ones; returns the destination or null. */
  syncColumns(): Destination | null {
    const dest = this.destination;
    if (!dest) return null;
    const data = dest.sheet.data;
    if (data.cell(1, 1)?.value === undefined || data.cell(1, 1)?.value === "") {
      data.ensureCell(1, 1).value = isRussianLocale(dest.sheet.ctx.locale) ? "Отметка времени" : "Timestamp";
    }
    for (const item of this.items) if (!dest.columns.includes(item.id)) dest.columns.push(item.id);
    dest.columns.forEach((itemId, i) => {
      const item = this.items.find((d) => d.id === itemId);
      if (item) data.ensureCell(1, i + 2).value = item.title;
    });
    return dest;
  }

  /** A response's answers in the destination's column order ('' for unanswered or deleted questions). */
  rowAnswers(response: ResponseData): string[] {
    const columns = this.destination?.columns ?? [];
    return columns.map((itemId) => response.answers.find((a) => a.item.id === itemId)?.value ?? "");
  }
}

/** 'Ответы на форму (1)' or 'Form Responses 1', numbered past the names already taken. */
function responsesSheetName(spreadsheet: LocalSpreadsheet): string {
  const ru = isRussianLocale(spreadsheet.ctx.locale);
  for (let n = 1; ; n++) {
    const name = ru ? `Ответы на форму (${n})` : `Form Responses ${n}`;
    if (!spreadsheet.sheet(name)) return name;
  }
}

/** Every form of the runtime, by id; item and response ids are unique across forms. */
export class FormRegistry {
  readonly all: LocalForm[] = [];
  private nextForm = 1;
  private nextItem = 1000000001;
  private nextResponse = 1;

  constructor(
    readonly spreadsheet: LocalSpreadsheet,
    private readonly log: CallLog,
    /** Writes a response row (timestamp, then answers) to a sheet; supplied by the runtime. */
    readonly appendRow: (sheet: LocalSheet, timestamp: Date, answers: string[]) => number,
  ) {}

  create(title: string): LocalForm {
    const form = new LocalForm(`local-form-${String(this.nextForm++).padStart(4, "0")}`, String(title), this, this.log);
    this.all.push(form);
    return form;
  }
  find(id: string): LocalForm | null {
    return this.all.find((f) => f.id === id) ?? null;
  }
  /** The form with that id; throws as FormApp.openById does when there is none. */
  get(id: string): LocalForm {
    const form = this.find(id);
    if (!form) throw new Error(NO_SUCH_FORM);
    return form;
  }
  newItemId(): number {
    return this.nextItem++;
  }
  newResponseId(): string {
    return `local-response-${String(this.nextResponse++).padStart(6, "0")}`;
  }
}

export class LocalFormApp implements FormAppSurface {
  readonly DestinationType = DestinationType;
  readonly ItemType = ItemType;

  constructor(
    private readonly registry: FormRegistry,
    private readonly log: CallLog,
  ) {}

  create(title: string): LocalForm {
    this.log.count("FormApp", "create");
    return this.registry.create(title);
  }
  openById(id: string): LocalForm {
    this.log.count("FormApp", "openById");
    return this.registry.get(id);
  }
}
