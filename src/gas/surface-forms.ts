/**
 * The part of the Google Forms API this project calls (the request form and its submit event); the
 * Sheets side of the contract is `surface.ts`, which re-exports this file.
 */
import type { RangeSurface } from "./surface";

interface FormItemBase<Self> {
  getId(): number;
  getTitle(): string;
  setTitle(title: string): Self;
  setHelpText(text: string): Self;
  setRequired(enabled: boolean): Self;
}

export interface TextItemSurface extends FormItemBase<TextItemSurface> {}
export interface ParagraphTextItemSurface extends FormItemBase<ParagraphTextItemSurface> {}
export interface MultipleChoiceItemSurface extends FormItemBase<MultipleChoiceItemSurface> {
  setChoiceValues(values: string[]): MultipleChoiceItemSurface;
}
export interface ListItemSurface extends FormItemBase<ListItemSurface> {
  setChoiceValues(values: string[]): ListItemSurface;
}

export interface FormItemSurface {
  getId(): number;
  getTitle(): string;
  getType(): GoogleAppsScript.Forms.ItemType;
  asTextItem(): TextItemSurface;
  asParagraphTextItem(): ParagraphTextItemSurface;
  asMultipleChoiceItem(): MultipleChoiceItemSurface;
  asListItem(): ListItemSurface;
}

export interface ItemResponseSurface {
  getItem(): FormItemSurface;
  getResponse(): string[][] | string[] | string;
}

export interface FormResponseSurface {
  getId(): string;
  getTimestamp(): GoogleAppsScript.Base.Date;
  getItemResponses(): ItemResponseSurface[];
}

export interface FormSurface {
  getId(): string;
  getTitle(): string;
  setTitle(title: string): FormSurface;
  setDescription(description: string): FormSurface;
  setConfirmationMessage(message: string): FormSurface;
  getItems(): FormItemSurface[];
  getItemById(id: number): FormItemSurface | null;
  addTextItem(): TextItemSurface;
  addParagraphTextItem(): ParagraphTextItemSurface;
  addMultipleChoiceItem(): MultipleChoiceItemSurface;
  addListItem(): ListItemSurface;
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): FormSurface;
  getDestinationId(): string;
  getPublishedUrl(): string;
  getResponses(): FormResponseSurface[];
}

export interface FormAppSurface {
  DestinationType: typeof GoogleAppsScript.Forms.DestinationType;
  create(title: string): FormSurface;
  openById(id: string): FormSurface;
}

/** The sheet-bound form-submit event: answers as strings, `namedValues[title]` always an array. */
export interface FormSubmitEventSurface {
  values?: string[];
  namedValues?: { [title: string]: string[] };
  range?: RangeSurface;
  triggerUid?: string;
}
