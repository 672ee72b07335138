/**
 * The tabs the help desk keeps, their columns in the order a new tab gets them, and the words a tab may
 * be called by. Titles and headers in each language come from the catalogue.
 */
import type { Language } from './i18n/messages';

export const TAB_KEYS = ['settings', 'staff', 'schedule', 'coverage', 'substitutions', 'requests', 'rollout', 'mailLog', 'report'] as const;
export type TabKey = (typeof TAB_KEYS)[number];

export const TAB_COLUMNS = {
  settings: ['key', 'value'],
  staff: ['name', 'position', 'email', 'kinds', 'admin', 'active'],
  schedule: ['day', 'time', 'kind', 'person', 'room', 'note'],
  coverage: ['kind', 'days', 'time'],
  substitutions: ['date', 'person', 'substitute', 'time', 'reason'],
  requests: ['id', 'received', 'channel', 'role', 'name', 'class', 'email', 'kind', 'description', 'assignee', 'status', 'updated', 'resolved'],
  rollout: ['no', 'task', 'deadline', 'due', 'responsible', 'status'],
  mailLog: ['time', 'to', 'subject', 'kind', 'key', 'status', 'error'],
  report: ['what', 'where', 'details'],
} as const satisfies Record<TabKey, readonly string[]>;

export type ColumnOf<T extends TabKey> = (typeof TAB_COLUMNS)[T][number];

/** Tabs the script writes and people should not edit by hand: protected with a warning. */
export const GENERATED_TABS: readonly TabKey[] = ['mailLog', 'report'];

export const STATUSES = ['new', 'inProgress', 'waiting', 'resolved', 'closed'] as const;
export type RequestStatus = (typeof STATUSES)[number];

/** Both languages' titles of a tab, for finding it whichever language the Sheet was set up in. */
export type TabTitles = Record<Language, string>;

/** Every name a tab may have: its title in both languages, and the older words people use. */
export const TAB_ALIASES: Record<TabKey, readonly string[]> = {
  settings: ['Настройки', 'Settings'],
  staff: ['Сотрудники', 'Staff'],
  schedule: ['График', 'Schedule'],
  coverage: ['Покрытие', 'Coverage'],
  substitutions: ['Замены', 'Substitutions'],
  requests: ['Обращения', 'Requests'],
  rollout: ['План внедрения', 'Rollout', 'Rollout plan'],
  mailLog: ['Журнал писем', 'Mail log'],
  report: ['Отчёт о проверке', 'Отчет о проверке', 'Check report'],
};
