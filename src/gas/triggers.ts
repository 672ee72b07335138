/**
 * Installable triggers, one of each kind: created only when missing, duplicates removed, and the uid of
 * ours remembered so that events from a foreign or duplicate trigger are ignored.
 */
import type { Services, TriggerSurface } from './surface';

export type TriggerKind = 'formSubmit' | 'edit';

const HANDLERS: Record<TriggerKind, string> = { formSubmit: 'handleFormSubmit', edit: 'handleRequestEdit' };
const uidKey = (kind: TriggerKind) => `trigger:${kind}`;

const documentProperties = (svc: Services) => svc.PropertiesService.getDocumentProperties() ?? svc.PropertiesService.getScriptProperties();

const matches = (svc: Services, t: TriggerSurface, kind: TriggerKind): boolean =>
  t.getHandlerFunction() === HANDLERS[kind] &&
  t.getEventType() === (kind === 'formSubmit' ? svc.ScriptApp.EventType.ON_FORM_SUBMIT : svc.ScriptApp.EventType.ON_EDIT);

/** Makes sure exactly one trigger of this kind exists for this user; returns its uid. */
export const ensureTrigger = (svc: Services, kind: TriggerKind, spreadsheetId: string): string => {
  const ours = svc.ScriptApp.getProjectTriggers().filter((t) => matches(svc, t, kind));
  for (const extra of ours.slice(1)) svc.ScriptApp.deleteTrigger(extra);
  const builder = svc.ScriptApp.newTrigger(HANDLERS[kind]).forSpreadsheet(spreadsheetId);
  const trigger = ours[0] ?? (kind === 'formSubmit' ? builder.onFormSubmit() : builder.onEdit()).create();
  documentProperties(svc).setProperty(uidKey(kind), trigger.getUniqueId());
  return trigger.getUniqueId();
};

/** An event is ours unless it names a trigger other than the one we installed. */
export const isOurTrigger = (svc: Services, kind: TriggerKind, uid: string | undefined): boolean => {
  if (!uid) return true;
  const known = documentProperties(svc).getProperty(uidKey(kind));
  return known === null || known === uid;
};
