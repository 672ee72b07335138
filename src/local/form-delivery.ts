/**
 * A form answer delivered as Google delivers it to a sheet-bound script, without a live form: a row in
 * the responses sheet (created with Google's header when missing), then the form-submit event built from
 * that row. Used by the `submit` command and the tests.
 */
import { catalogue, type Language } from '../core/i18n';
import { FORM_ITEMS, type FormItemKey } from '../core/tabs';
import type { BundleHandle, LocalRuntime } from './runtime';

export const responsesSheetName = (language: Language): string => (language === 'ru' ? 'Ответы на форму (1)' : 'Form Responses 1');

/** Appends the answer and runs `handleFormSubmit` with the event; returns what it returned. */
export const deliverFormAnswer = (runtime: LocalRuntime, app: BundleHandle, language: Language, answers: Partial<Record<FormItemKey, string>>): unknown => {
  const m = catalogue(language);
  const name = responsesSheetName(language);
  const sheet = runtime.spreadsheet.getSheetByName(name) ?? runtime.spreadsheet.insertSheet(name);
  const titles = FORM_ITEMS.map((i) => m.formItemTitle(i));
  if (sheet.getLastRow() === 0) sheet.getRange(1, 1, 1, titles.length + 1).setValues([[language === 'ru' ? 'Отметка времени' : 'Timestamp', ...titles]]);
  const { event } = runtime.submitForm(name, FORM_ITEMS.map((i) => answers[i] ?? ''));
  // With a trigger installed, the runtime already ran the handler; without one, run it as the trigger would.
  const installed = runtime.globals.ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === 'handleFormSubmit');
  return installed ? undefined : app.call('handleFormSubmit', event);
};
