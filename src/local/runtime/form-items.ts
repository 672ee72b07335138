// Form items: the stored question (id, type, title, help text, required, choices) and the views Apps Script
// hands out for it — the generic Item and the typed TextItem, ParagraphTextItem, MultipleChoiceItem, ListItem.

import type {
  FormItemSurface,
  ListItemSurface,
  MultipleChoiceItemSurface,
  ParagraphTextItemSurface,
  TextItemSurface,
} from "../../gas/surface";
import type { CallLog } from "./calls";

// Apps Script enums are objects of named values; plain strings stand in for them.
export const ItemType = {
  CHECKBOX: "CHECKBOX",
  LIST: "LIST",
  MULTIPLE_CHOICE: "MULTIPLE_CHOICE",
  PARAGRAPH_TEXT: "PARAGRAPH_TEXT",
  TEXT: "TEXT",
} as unknown as typeof GoogleAppsScript.Forms.ItemType;

export type ItemKind = "TEXT" | "PARAGRAPH_TEXT" | "MULTIPLE_CHOICE" | "LIST";

/** A question as the form stores it. */
export interface ItemData {
  readonly id: number;
  readonly type: ItemKind;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
}

const CLASS_NAMES: Record<ItemKind, string> = {
  TEXT: "TextItem",
  PARAGRAPH_TEXT: "ParagraphTextItem",
  MULTIPLE_CHOICE: "MultipleChoiceItem",
  LIST: "ListItem",
};

/** What every typed item view has; calls are counted under the Apps Script class name. */
abstract class TypedItem {
  constructor(
    readonly data: ItemData,
    protected readonly log: CallLog,
  ) {}

  protected count(method: string): void {
    this.log.count(CLASS_NAMES[this.data.type], method);
  }
  getId(): number {
    this.count("getId");
    return this.data.id;
  }
  getTitle(): string {
    this.count("getTitle");
    return this.data.title;
  }
  getHelpText(): string {
    this.count("getHelpText");
    return this.data.helpText;
  }
  isRequired(): boolean {
    this.count("isRequired");
    return this.data.required;
  }
  setTitle(title: string): this {
    this.count("setTitle");
    this.data.title = String(title);
    return this;
  }
  setHelpText(text: string): this {
    this.count("setHelpText");
    this.data.helpText = String(text);
    return this;
  }
  setRequired(enabled: boolean): this {
    this.count("setRequired");
    this.data.required = Boolean(enabled);
    return this;
  }
}

export class LocalTextItem extends TypedItem implements TextItemSurface {}
export class LocalParagraphTextItem extends TypedItem implements ParagraphTextItemSurface {}

/** MultipleChoiceItem and ListItem: a single answer picked from the choices. */
export class LocalChoiceItem extends TypedItem implements MultipleChoiceItemSurface, ListItemSurface {
  setChoiceValues(values: string[]): this {
    this.count("setChoiceValues");
    if (!Array.isArray(values) || values.length === 0) throw new Error("Invalid argument: values");
    this.data.choices = values.map(String);
    return this;
  }
}

/** The generic Item, as Form.getItems() returns: id, title, type, and conversion to the typed item. */
export class LocalItem implements FormItemSurface {
  constructor(
    readonly data: ItemData,
    private readonly log: CallLog,
  ) {}

  private count(method: string): void {
    this.log.count("Item", method);
  }
  private as(method: string, type: ItemKind): ItemData {
    this.count(method);
    if (this.data.type !== type) throw new Error(`Invalid conversion for item type: ${this.data.type}.`);
    return this.data;
  }
  getId(): number {
    this.count("getId");
    return this.data.id;
  }
  getTitle(): string {
    this.count("getTitle");
    return this.data.title;
  }
  getHelpText(): string {
    this.count("getHelpText");
    return this.data.helpText;
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    this.count("getType");
    return this.data.type as unknown as GoogleAppsScript.Forms.ItemType;
  }
  asTextItem(): LocalTextItem {
    return new LocalTextItem(this.as("asTextItem", "TEXT"), this.log);
  }
  asParagraphTextItem(): LocalParagraphTextItem {
    return new LocalParagraphTextItem(this.as("asParagraphTextItem", "PARAGRAPH_TEXT"), this.log);
  }
  asMultipleChoiceItem(): LocalChoiceItem {
    return new LocalChoiceItem(this.as("asMultipleChoiceItem", "MULTIPLE_CHOICE"), this.log);
  }
  asListItem(): LocalChoiceItem {
    return new LocalChoiceItem(this.as("asListItem", "LIST"), this.log);
  }
}
