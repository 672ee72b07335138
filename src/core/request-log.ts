/**
 * The request log (Обращения / Requests) read by header: each row a help request with its status as a
 * code, whichever language the Sheet writes it in.
 */
import { cellText, foldText } from './cells';
import { findTab } from './headers';
import { en } from './i18n/en';
import type { Messages } from './i18n/messages';
import type { CellMark } from './marks';
import { ru } from './i18n/ru';
import { parseKinds, type Kind } from './kinds';
import { findColumn } from './rows';
import { STATUSES, type RequestStatus, TAB_ALIASES, TAB_COLUMNS } from './tabs';
import type { CellValue, Tab, Workbook } from './workbook';

export type RequestColumn = (typeof TAB_COLUMNS.requests)[number];

export interface LoggedRequest {
  /** 0-based row in the tab. */
  row: number;
  id: string;
  received: CellValue;
  status: RequestStatus | null;
  statusText: string;
  assignee: string;
  email: string;
  kind: Kind | null;
  role: string;
  name: string;
  className: string;
  description: string;
  updated: CellValue;
  resolved: CellValue;
  responseKey: string;
}

// Other words people type for a status, besides the dropdown's own in either language.
const STATUS_WORDS: Record<RequestStatus, readonly string[]> = {
  new: ['новая', 'новый', 'open', 'opened'],
  inProgress: ['в процессе', 'выполняется', 'in-progress', 'in work', 'working', 'working on it'],
  waiting: ['ожидание', 'ждем', 'pending', 'on hold', 'waiting'],
  resolved: ['решена', 'решен', 'выполнено', 'сделано', 'done', 'completed', 'complete', 'fixed', 'solved'],
  closed: ['закрыта', 'закрыт', 'отменено', 'cancelled', 'canceled'],
  invalid: ['некорректная', 'ошибка'],
};

export const parseStatus = (text: string): RequestStatus | null => {
  const t = foldText(text);
  if (t === '') return null;
  return STATUSES.find((s) => foldText(ru.statusName(s)) === t || foldText(en.statusName(s)) === t || STATUS_WORDS[s].includes(t)) ?? null;
};

export type RequestColumns = Record<RequestColumn, number>;

/** Column indexes by header (-1 where the column is missing). */
export const requestColumns = (header: readonly CellValue[]): RequestColumns =>
  Object.fromEntries(TAB_COLUMNS.requests.map((c) => [c, findColumn(header, 'requests', c)])) as RequestColumns;

export const readRequestRows = (tab: Tab): { columns: RequestColumns; requests: LoggedRequest[] } => {
  const columns = requestColumns(tab.rows[0] ?? []);
  const at = (row: readonly CellValue[], c: RequestColumn): CellValue => (columns[c] < 0 ? '' : (row[columns[c]] ?? ''));
  const text = (row: readonly CellValue[], c: RequestColumn): string => cellText(at(row, c)).trim();
  const requests: LoggedRequest[] = [];
  tab.rows.forEach((row, r) => {
    if (r === 0 || row.every((v) => cellText(v).trim() === '')) return;
    const kinds = parseKinds(text(row, 'kind'));
    requests.push({
      row: r,
      id: text(row, 'id'),
      received: at(row, 'received'),
      status: parseStatus(text(row, 'status')),
      statusText: text(row, 'status'),
      assignee: text(row, 'assignee'),
      email: text(row, 'email'),
      kind: kinds.ok && kinds.value.length === 1 ? kinds.value[0]! : null,
      role: text(row, 'role'),
      name: text(row, 'name'),
      className: text(row, 'class'),
      description: text(row, 'description'),
      updated: at(row, 'updated'),
      resolved: at(row, 'resolved'),
      responseKey: text(row, 'responseKey'),
    });
  });
  return { columns, requests };
};

export const findRequestsTab = (workbook: Workbook): Tab | undefined => findTab(workbook.tabs, TAB_ALIASES.requests);

/**
 * A status the workflow cannot read (`решена` for `решено`) does nothing: no time, no mail. Its cell is
 * marked, naming the statuses it knows, so the person sees why.
 */
export const statusMarks = (requests: readonly LoggedRequest[], columns: RequestColumns, m: Messages): CellMark[] =>
  columns.status < 0
    ? []
    : requests
        .filter((r) => r.statusText !== '' && r.status === null)
        .map((r) => ({ row: r.row, column: columns.status, kind: 'warning' as const, text: m.statusUnknown(r.statusText, STATUSES.map((s) => m.statusName(s)).join(', ')) }));
