/**
 * Installable triggers, one of each kind: created only when missing, duplicates removed, the weekly one
 * re-made when the day or hour in Settings changed, and the uid of ours remembered so that events from a
 * foreign or duplicate trigger are ignored.
 */
import { DAYS, type Day } from '../core/days';
import { documentProperties } from './jobs';
import type { Services, TriggerSurface } from './surface';

export const TRIGGER_KINDS = ['formSubmit', 'edit', 'change', 'weekly'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

export const HANDLERS: Record<TriggerKind, string> = {
  formSubmit: 'handleFormSubmit',
  edit: 'handleRequestEdit',
  change: 'handleRowsChange',
  weekly: 'sendWeeklySummaries',
};
const uidKey = (kind: TriggerKind) => `trigger:${kind}`;
const INSTALLER = 'trigger:installer';
const WEEKLY_AT = 'trigger:weekly:at';
/** When the weekly trigger now installed was made: a trigger that never ran is stale from then. */
export const WEEKLY_SINCE = 'trigger:weekly:since';

export interface WeeklySchedule {
  day: Day;
  hour: number;
  timeZone: string;
}

const weeklyAt = (w: WeeklySchedule): string => `${w.day}|${w.hour}|${w.timeZone}`;


const eventOf = (svc: Services, kind: TriggerKind) =>
  ({ formSubmit: svc.ScriptApp.EventType.ON_FORM_SUBMIT, edit: svc.ScriptApp.EventType.ON_EDIT, change: svc.ScriptApp.EventType.ON_CHANGE, weekly: svc.ScriptApp.EventType.CLOCK })[kind];

export const triggersOf = (svc: Services, kind: TriggerKind): TriggerSurface[] =>
  svc.ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === HANDLERS[kind] && t.getEventType() === eventOf(svc, kind));

const WEEKDAY: Record<Day, keyof typeof GoogleAppsScript.Base.Weekday> = {
  mon: 'MONDAY',
  tue: 'TUESDAY',
  wed: 'WEDNESDAY',
  thu: 'THURSDAY',
  fri: 'FRIDAY',
  sat: 'SATURDAY',
  sun: 'SUNDAY',
};

const create = (svc: Services, kind: TriggerKind, spreadsheetId: string, weekly?: WeeklySchedule): TriggerSurface => {
  const builder = svc.ScriptApp.newTrigger(HANDLERS[kind]);
  if (kind === 'weekly') {
    const w = weekly!;
    return builder.timeBased().onWeekDay(svc.ScriptApp.WeekDay[WEEKDAY[w.day]]).atHour(w.hour).inTimezone(w.timeZone).everyWeeks(1).create();
  }
  const sheet = builder.forSpreadsheet(spreadsheetId);
  return (kind === 'formSubmit' ? sheet.onFormSubmit() : kind === 'change' ? sheet.onChange() : sheet.onEdit()).create();
};

/** Makes sure exactly one trigger of this kind exists for this user; returns its uid. */
export const ensureTrigger = (svc: Services, kind: TriggerKind, spreadsheetId: string, weekly?: WeeklySchedule, remake = false): string => {
  const props = documentProperties(svc);
  let ours = triggersOf(svc, kind);
  const at = weekly ? weeklyAt(weekly) : '';
  // A trigger cannot be asked its day and hour: remember what it was made with, and re-make it on a change.
  if (kind === 'weekly' && ours.length > 0 && props.getProperty(WEEKLY_AT) !== at) remake = true;
  if (remake) {
    for (const t of ours) svc.ScriptApp.deleteTrigger(t);
    ours = [];
  }
  for (const extra of ours.slice(1)) svc.ScriptApp.deleteTrigger(extra);
  const trigger = ours[0] ?? create(svc, kind, spreadsheetId, weekly);
  if (kind === 'weekly' && ours[0] === undefined) props.setProperty(WEEKLY_SINCE, new Date().toISOString());
  props.setProperty(uidKey(kind), trigger.getUniqueId());
  if (kind === 'weekly') props.setProperty(WEEKLY_AT, at);
  props.setProperty(INSTALLER, svc.Session.getTemporaryActiveUserKey());
  return trigger.getUniqueId();
};

/** The weekday the weekly trigger was made for, as recorded when it was made; null before any. */
export const weeklyTriggerDay = (svc: Services): Day | null => {
  const day = documentProperties(svc).getProperty(WEEKLY_AT)?.split('|')[0];
  return DAYS.find((d) => d === day) ?? null;
};

/** Whether the weekly trigger was made for another day, hour or zone than Settings now name. */
export const weeklyTriggerOutdated = (svc: Services, wanted: WeeklySchedule): boolean => {
  const at = documentProperties(svc).getProperty(WEEKLY_AT);
  return at !== null && at !== weeklyAt(wanted);
};

/** An event is ours unless it names a trigger other than the one we installed. */
export const isOurTrigger = (svc: Services, kind: TriggerKind, uid: string | undefined): boolean => {
  if (!uid) return true;
  const known = documentProperties(svc).getProperty(uidKey(kind));
  return known === null || known === uid;
};

/** Whether the triggers were installed by someone other than the user looking (theirs are invisible here). */
export const installedByOther = (svc: Services): boolean => {
  const props = documentProperties(svc);
  const installer = props.getProperty(INSTALLER);
  if (installer === null || installer === svc.Session.getTemporaryActiveUserKey()) return false;
  // The key of one person changes every 30 days: a trigger we recorded that this user can see is theirs.
  const visible = new Set(svc.ScriptApp.getProjectTriggers().map((t) => t.getUniqueId()));
  return !TRIGGER_KINDS.some((kind) => visible.has(props.getProperty(uidKey(kind)) ?? ''));
};
