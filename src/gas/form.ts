/**
 * «Create or repair the request form»: a Google Form in the school's language, linked to this
 * spreadsheet. Its questions are remembered by id, not by title, so running it again repairs the same
 * form (a deleted question comes back, titles and choices are restored) instead of making a second one.
 */
import { KINDS } from '../core/kinds';
import { ROLES } from '../core/forms';
import type { Messages } from '../core/i18n';
import { CONTACTS, FORM_ITEMS, type FormItemKey } from '../core/tabs';
import type { FormSurface, Services } from './surface';
import { ensureTrigger } from './triggers';
import { documentProperties } from './jobs';

const FORM_ID = 'form:id';
const itemKey = (item: FormItemKey) => `form:item:${item}`;

type Shape = 'text' | 'paragraph' | 'choice';
const SHAPES: Record<FormItemKey, Shape> = { role: 'choice', name: 'text', class: 'text', email: 'text', kind: 'choice', description: 'paragraph', contact: 'choice' };
const REQUIRED: readonly FormItemKey[] = ['role', 'name', 'kind', 'description'];

const choicesOf = (item: FormItemKey, m: Messages): string[] => {
  if (item === 'role') return ROLES.map((r) => m.roleName(r));
  if (item === 'kind') return KINDS.map((k) => m.kindName(k));
  return CONTACTS.map((c) => m.contactName(c));
};

/** Finds the remembered question or adds it again, then sets its title, help, choices and whether it is required. */
const repairItem = (form: FormSurface, item: FormItemKey, knownId: string | null, m: Messages): number => {
  const existing = knownId === null ? null : form.getItemById(Number(knownId));
  const shape = SHAPES[item];
  const title = m.formItemTitle(item);
  const help = m.formItemHelp(item);
  const required = REQUIRED.includes(item);
  if (shape === 'choice') {
    const q = existing ? existing.asMultipleChoiceItem() : form.addMultipleChoiceItem();
    q.setTitle(title).setHelpText(help).setRequired(required).setChoiceValues(choicesOf(item, m));
    return q.getId();
  }
  const q = shape === 'paragraph' ? (existing ? existing.asParagraphTextItem() : form.addParagraphTextItem()) : existing ? existing.asTextItem() : form.addTextItem();
  q.setTitle(title).setHelpText(help).setRequired(required);
  return q.getId();
};

export const createRequestForm = (svc: Services, m: Messages, school: string): { url: string; created: boolean } => {
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const props = documentProperties(svc);
  const knownId = props.getProperty(FORM_ID);
  let form: FormSurface | null = null;
  if (knownId) {
    try {
      form = svc.FormApp.openById(knownId);
    } catch {
      form = null; // deleted or no longer ours: make a new one
    }
  }
  const created = form === null;
  if (!form) {
    form = svc.FormApp.create(m.formTitle(school));
    form.setDestination(svc.FormApp.DestinationType.SPREADSHEET, ss.getId());
    props.setProperty(FORM_ID, form.getId());
    for (const item of FORM_ITEMS) props.deleteProperty(itemKey(item));
  }
  form.setTitle(m.formTitle(school)).setDescription(m.formDescription()).setConfirmationMessage(m.formConfirmation());
  for (const item of FORM_ITEMS) props.setProperty(itemKey(item), String(repairItem(form, item, props.getProperty(itemKey(item)), m)));
  ensureTrigger(svc, 'formSubmit', ss.getId());
  ensureTrigger(svc, 'edit', ss.getId());
  return { url: form.getPublishedUrl(), created };
};
