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
  requests: ['id', 'received', 'channel', 'role', 'name', 'class', 'email', 'kind', 'description', 'assignee', 'status', 'updated', 'resolved', 'contact', 'note', 'responseKey'],
  rollout: ['no', 'task', 'deadline', 'due', 'responsible', 'status'],
  mailLog: ['time', 'to', 'subject', 'kind', 'key', 'status', 'error', 'attempts', 'nextAttempt', 'payload'],
  report: ['what', 'where', 'details'],
} as const satisfies Record<TabKey, readonly string[]>;

/**
 * Other headers schools give the columns of the tabs the desk writes row by row (besides each column's own
 * title in either language): a log kept before the desk, an English Sheet's `Email`, `Role`, `Assigned to`.
 * Found by these, a column is used where it is, not added again beside it.
 */
export const COLUMN_SYNONYMS: Partial<Record<TabKey, Record<string, readonly string[]>>> = {
  requests: {
    id: ['номер', 'номер обращения', 'id', 'request id', 'ticket', 'ticket id'],
    received: ['получено', 'дата обращения', 'received at', 'submitted', 'date received', 'timestamp'],
    channel: ['канал', 'источник', 'source'],
    role: ['кто обратился', 'кто обращается', 'role', 'requester role', 'requester type'],
    name: ['фио', 'имя', 'name', 'full name', 'requester', 'requester name'],
    class: ['класс', 'class', 'form', 'grade', 'year group'],
    email: ['e-mail', 'email', 'email address', 'e-mail address', 'почта', 'электронная почта', 'e-mail для ответа'],
    kind: ['вид помощи', 'kind', 'kind of help', 'type of help', 'help type'],
    description: ['описание', 'что случилось', 'проблема', 'problem', 'issue', 'description', 'details'],
    assignee: ['ответственный', 'исполнитель', 'assigned to', 'assignee', 'owner'],
    status: ['статус', 'status', 'state'],
    updated: ['обновлено', 'updated', 'last updated'],
    resolved: ['решено', 'resolved', 'resolved at', 'date resolved'],
    contact: ['как связаться', 'contact', 'preferred contact'],
    note: ['примечание', 'note', 'notes', 'comment', 'comments'],
  },
  staff: {
    name: ['фио', 'сотрудник', 'фио сотрудника', 'ф и о', 'имя', 'name', 'full name', 'person', 'staff member', 'staff name', 'member of staff'],
    position: ['должность', 'position', 'job', 'role', 'job title'],
    email: ['e-mail', 'email', 'почта', 'электронная почта', 'адрес', 'email address', 'e-mail address'],
    kinds: ['вид помощи', 'виды помощи', 'тип помощи', 'kinds of help', 'kind of help', 'help', 'help type', 'type of help', 'support type', 'type of support'],
    admin: ['администратор', 'админ', 'admin', 'administrator', 'is admin'],
    active: ['активен', 'работает', 'active', 'is active'],
  },
};

export type ColumnOf<T extends TabKey> = (typeof TAB_COLUMNS)[T][number];

/** Tabs the script writes and people should not edit by hand: protected with a warning. */
export const GENERATED_TABS: readonly TabKey[] = ['mailLog', 'report'];

/**
 * Tabs whose rows the script writes and rewrites itself: their merged ranges are not asked for (a value
 * spread into a merged range's hidden cells would be written back there).
 */
export const SCRIPT_ROW_TABS: readonly TabKey[] = ['requests', 'mailLog', 'report'];

export const STATUSES = ['new', 'inProgress', 'waiting', 'resolved', 'closed', 'invalid'] as const;
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

export const MAIL_STATUSES = ['queued', 'sent', 'failed', 'gaveUp'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const MAIL_KINDS = ['ack', 'assigned', 'resolved', 'invalid', 'summary', 'digest'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const CONTACTS = ['email', 'phone', 'inPerson'] as const;
export type ContactWay = (typeof CONTACTS)[number];

/** The Google Form's questions, in order. */
export const FORM_ITEMS = ['role', 'name', 'class', 'email', 'kind', 'description', 'contact'] as const;
export type FormItemKey = (typeof FORM_ITEMS)[number];
