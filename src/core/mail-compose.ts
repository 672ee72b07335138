/**
 * The help desk's e-mails, plain text and HTML with inline styles that read on a phone. Everything a
 * person typed is HTML-escaped; subjects carry ids and kinds, never a requester's name or class.
 */
import { trimChars } from './cells';
import type { FieldError } from './forms';
import type { Messages } from './i18n/messages';
import type { Kind } from './kinds';
import type { Route } from './routing';
import type { MailKind } from './tabs';

export interface OutgoingMail {
  /** Request id + event + version: a key already in the Mail log is never sent again. */
  key: string;
  kind: MailKind;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export interface MailTable {
  heading: string;
  header: string[];
  rows: string[][];
  /** Shown instead of an empty table. */
  empty?: string;
  /** Lines above the table. */
  lines?: string[];
}

export interface MailBody {
  /** The language of the text (`ru`, `en`): screen readers and hyphenation need it. */
  lang?: string;
  /** The document title: the subject. */
  title?: string;
  paragraphs: string[];
  details?: [label: string, value: string][];
  tables?: MailTable[];
  signature: string;
}

const STYLE = {
  page: 'margin:0;padding:0;background:#f4f4f4',
  card: 'max-width:600px;margin:0 auto;padding:16px;background:#ffffff;font:16px/1.5 Arial,Helvetica,sans-serif;color:#222222;overflow-wrap:anywhere;word-break:break-word',
  p: 'margin:0 0 12px 0',
  label: 'margin:12px 0 0 0;font-size:13px;color:#666666',
  value: 'margin:0;white-space:pre-wrap',
  signature: 'margin:20px 0 0 0;font-size:13px;color:#666666',
  h: 'margin:20px 0 8px 0;font-size:17px',
  // Columns sized by their content; words break only where a word is too long for a phone.
  table: 'width:100%;border-collapse:collapse;font-size:14px',
  th: 'text-align:left;border-bottom:2px solid #cccccc;color:#555555;overflow-wrap:break-word',
  // A digest's tables have hundreds of cells, and a queued message must fit one Sheet cell (50,000
  // characters): what every cell shares is said once, on the table (`cellpadding`) and the row (`valign`).
  td: 'border-bottom:1px solid #eee;overflow-wrap:anywhere',
  short: 'border-bottom:1px solid #eee',
};

/** A cell short enough to keep on one line (`nowrap`) at 375 px: `ВТ 24.11.2026`, `10.30–13.30`, `ЭЖ-2026-0004`. */
const isShort = (text: string): boolean => text.length <= 13;

const tableText = (t: MailTable): string[] => [
  '',
  t.heading,
  ...(t.lines ?? []),
  ...(t.rows.length === 0 ? (t.empty ? [t.empty] : []) : [t.header.join(' | '), ...t.rows.map((r) => trimChars(r.join(' | '), /[\s|]/, true))]),
];

const cellHtml = (c: string): string => (isShort(c) ? `<td nowrap style="${STYLE.short}">${escapeHtml(c)}</td>` : `<td style="${STYLE.td}">${escapeHtml(c)}</td>`);

const tableHtml = (t: MailTable): string =>
  `<h2 style="${STYLE.h}">${escapeHtml(t.heading)}</h2>` +
  (t.lines ?? []).map((l) => `<p style="${STYLE.p}">${escapeHtml(l)}</p>`).join('') +
  (t.rows.length === 0
    ? t.empty
      ? `<p style="${STYLE.p}">${escapeHtml(t.empty)}</p>`
      : ''
    : `<table cellpadding="4" style="${STYLE.table}"><thead><tr>${t.header.map((h) => `<th style="${STYLE.th}">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>` +
      t.rows.map((r) => `<tr valign="top">${r.map(cellHtml).join('')}</tr>`).join('') +
      '</tbody></table>');

/** Both bodies of one message from the same parts, so the text and the HTML never say different things. */
export const renderMail = (body: MailBody): { text: string; html: string } => {
  const details = body.details ?? [];
  const tables = body.tables ?? [];
  const text = [...body.paragraphs, ...details.map(([l, v]) => `${l}: ${v}`), ...tables.flatMap(tableText), '', `-- `, body.signature].join('\n');
  const html =
    `<!DOCTYPE html><html${body.lang ? ` lang="${escapeHtml(body.lang)}"` : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `${body.title ? `<title>${escapeHtml(body.title)}</title>` : ''}</head>` +
    `<body style="${STYLE.page}"><div style="${STYLE.card}">` +
    body.paragraphs.map((p) => `<p style="${STYLE.p}">${escapeHtml(p)}</p>`).join('') +
    details.map(([l, v]) => `<p style="${STYLE.label}">${escapeHtml(l)}</p><p style="${STYLE.value}">${escapeHtml(v)}</p>`).join('') +
    tables.map(tableHtml).join('') +
    `<p style="${STYLE.signature}">${escapeHtml(body.signature)}</p></div></body></html>`;
  return { text, html };
};

/** One message: its key, kind and recipients, and both bodies rendered in the catalogue's language. */
export const composeMail = (m: Messages, key: string, kind: MailKind, to: string[], subject: string, body: Omit<MailBody, 'lang' | 'title'>): OutgoingMail => ({
  key,
  kind,
  to,
  subject,
  ...renderMail({ ...body, lang: m.language(), title: subject }),
});

/** What the e-mails need to know about a request. */
export interface RequestFacts {
  id: string;
  kind: Kind;
  role: string;
  name: string;
  className: string;
  email: string;
  description: string;
  contact: string;
}

export interface MailContext {
  m: Messages;
  school: string;
}

const where = (m: Messages, route: Route): string => {
  if (route.kind === 'admins') return m.mailAckAdmins();
  const s = route.slot;
  if (route.kind === 'onDuty') return m.mailAckOnDuty(s.person, m.time(s.range.end), s.room);
  return m.mailAckNext(s.person, `${m.dayName(s.day)} ${m.date(s.date)}, ${m.timeRange(s.range)}`, s.room);
};

const requestDetails = (m: Messages, r: RequestFacts): [string, string][] =>
  (
    [
      [m.mailFieldLabel('role'), r.role],
      [m.mailFieldLabel('name'), r.name],
      [m.mailFieldLabel('class'), r.className],
      [m.mailFieldLabel('email'), r.email],
      [m.mailFieldLabel('contact'), r.contact],
      [m.mailFieldLabel('description'), r.description],
    ] as [string, string][]
  ).filter(([, v]) => v !== '');

/** To the requester: received, and who helps when and where. */
export const acknowledgementMail = ({ m, school }: MailContext, r: RequestFacts, route: Route): OutgoingMail =>
  composeMail(m, `${r.id}|ack`, 'ack', [r.email], m.mailAckSubject(r.id), {
    paragraphs: [m.mailGreeting(), m.mailAckReceived(r.id, m.kindName(r.kind)), where(m, route)],
    signature: m.mailSignature(school),
  });

/** To the person the request is assigned to (or the admins), with everything the requester wrote. */
/** `sequence`: how many assignments were mailed before, so A → B → A mails A again, once. */
export const assignmentMail = ({ m, school }: MailContext, r: RequestFacts, to: string[], assignee: string, route: Route | null, sequence = 0): OutgoingMail =>
  composeMail(m, `${r.id}|assigned|${assignee}|${sequence}`, 'assigned', to, m.mailAssignedSubject(r.id, m.kindName(r.kind)), {
    paragraphs: [m.mailGreeting(), m.mailAssignedIntro(r.id), ...(route ? [where(m, route)] : [])],
    details: requestDetails(m, r),
    signature: m.mailSignature(school),
  });

/** To the requester when the request is resolved; `version` tells one resolution from a later one. */
export const resolvedMail = ({ m, school }: MailContext, r: Pick<RequestFacts, 'id' | 'email'>, version: string): OutgoingMail =>
  composeMail(m, `${r.id}|resolved|${version}`, 'resolved', [r.email], m.mailResolvedSubject(r.id), {
    paragraphs: [m.mailGreeting(), m.mailResolvedBody(r.id)],
    signature: m.mailSignature(school),
  });

/** To the admins: an answer that failed validation, with the reasons and what was sent. */
const reasons = (m: Messages, errors: FieldError[]): string[] => errors.map((e) => `${e.field ? `${m.mailFieldLabel(e.field)}: ` : ''}${e.message}`);

export const invalidMail = ({ m, school }: MailContext, key: string, admins: string[], errors: FieldError[], answers: [string, string][]): OutgoingMail =>
  composeMail(m, `${key}|invalid`, 'invalid', admins, m.mailInvalidSubject(), {
    paragraphs: [m.mailInvalidIntro(), ...reasons(m, errors)],
    details: answers.filter(([, v]) => v !== ''),
    signature: m.mailSignature(school),
  });

/** To a requester whose answer could not be accepted, saying what to fix. */
export const rejectedMail = ({ m, school }: MailContext, key: string, to: string, errors: FieldError[]): OutgoingMail =>
  composeMail(m, `${key}|rejected`, 'invalid', [to], m.mailRejectedSubject(), {
    paragraphs: [m.mailGreeting(), m.mailRejectedIntro(), ...reasons(m, errors)],
    signature: m.mailSignature(school),
  });
