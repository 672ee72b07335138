/**
 * Recording a help request, whichever way it came (the form, a missed form answer, the sidebar): a stable
 * id, one appended row, the route to the person on duty, and the e-mails to queue. The caller holds the
 * script lock; an answer that fails validation is still logged, as "invalid", with its reasons.
 * The row is pushed onto the caller's `tab`, which stays a true copy of the log; the caller appends it.
 */
import { CELL_LIMIT, type Channel, type FieldError, type RequestInput, TYPED_TEXT_LIMIT } from '../core/forms';
import { acknowledgementMail, assignmentMail, invalidMail, type OutgoingMail, rejectedMail, type RequestFacts } from '../core/mail-compose';
import { highestSequence, nextRequestId } from '../core/request-id';
import { readRequestRows } from '../core/request-log';
import { type Route, routeRequest } from '../core/routing';
import { rowForHeader } from '../core/rows';
import { readBackOf } from '../core/safe-text';
import { isEmail } from '../core/settings';
import { adminAddresses, emailOf } from '../core/staff';
import type { ContactWay } from '../core/tabs';
import type { CellValue, Tab } from '../core/workbook';
import { type JobContext, schoolTime } from './context';
import { ensureColumns } from './sheets';
import type { Services, SheetSurface } from './surface';
import { documentProperties } from './jobs';

export interface Intake {
  channel: Channel;
  /** Validated input, or null when the answer failed (see `errors`). */
  input: RequestInput | null;
  errors: FieldError[];
  /** The answers as typed, kept whatever happens. */
  raw: { role: string; name: string; class: string; email: string; kind: string; description: string };
  contact: ContactWay | '';
  /** For form answers: the fingerprint that makes a second delivery of the same answer a no-op. */
  responseKey: string;
  /** The key earlier versions gave the same answer (the whole row's): a row logged under it is the same answer. */
  formerKey?: string;
}

export interface Recorded {
  id: string | null;
  duplicate: boolean;
  route: Route | null;
  mails: OutgoingMail[];
  /** The row to append (the caller appends, so a batch is one write), and its 1-based number once appended. */
  values: CellValue[];
  row: number;
}

/** A cell holds 50,000 characters: longer text is kept up to that with a visible mark, never cut silently. */
const fitCell = (text: string): string => (text.length <= TYPED_TEXT_LIMIT ? text : `${text.slice(0, CELL_LIMIT - 20)} […${text.length}]`);

/**
 * `received`: when the request came in (a form answer's own timestamp when it is imported late); routing
 * uses `now`, since the acknowledgement names the help hours from the moment it is sent.
 */
export const recordRequest = (svc: Services, ctx: JobContext, sheet: SheetSurface, tab: Tab, intake: Intake, now: Date, received: Date = now): Recorded => {
  const { analysis, m } = ctx;
  const { requests } = readRequestRows(tab);
  const keys = [intake.responseKey, intake.formerKey].filter((k): k is string => Boolean(k));
  if (requests.some((r) => keys.includes(r.responseKey))) {
    return { id: null, duplicate: true, route: null, mails: [], values: [], row: -1 };
  }
  const settings = analysis.settings;
  const { staff } = analysis;
  const admins = adminAddresses(settings, staff);
  const header = ensureColumns(sheet, tab.rows[0] ?? [], 'requests', m);
  tab.rows[0] = header;
  // The year the request came in: an answer of 31 December imported after midnight is last year's.
  const year = Number(svc.Utilities.formatDate(received, settings.timeZone, 'yyyy'));
  const props = documentProperties(svc);
  const counterKey = `requestSequence:${settings.requestIdPrefix}:${year}`;
  const used = highestSequence(
    requests.map((r) => r.id),
    settings.requestIdPrefix,
    year,
  );
  const { id, sequence } = nextRequestId(settings.requestIdPrefix, year, used, Number(props.getProperty(counterKey) ?? 0));
  const common = {
    id,
    received,
    channel: m.channelName(intake.channel),
    name: fitCell(intake.raw.name),
    class: fitCell(intake.raw.class),
    email: fitCell(intake.raw.email),
    updated: now,
    contact: intake.contact ? m.contactName(intake.contact) : '',
    responseKey: intake.responseKey,
  };
  const mails: OutgoingMail[] = [];
  let route: Route | null = null;
  let values: Record<string, unknown>;
  if (intake.input) {
    const r = intake.input;
    route = routeRequest(analysis.slots, analysis.substitutions, r.kind, schoolTime(svc, now, settings.timeZone), staff);
    const assigneeEmail = route.assignee ? emailOf(staff, route.assignee) : '';
    const facts: RequestFacts = {
      id,
      kind: r.kind,
      role: m.roleName(r.role),
      name: r.name,
      className: r.class,
      email: r.email,
      description: r.description,
      contact: common.contact,
    };
    values = { ...common, role: m.roleName(r.role), kind: m.kindName(r.kind), description: r.description, assignee: route.assignee ?? '', status: m.statusName('new') };
    if (r.email) mails.push(acknowledgementMail({ m, school: settings.schoolName }, facts, route));
    const to = assigneeEmail ? [assigneeEmail] : admins;
    mails.push(assignmentMail({ m, school: settings.schoolName }, facts, to, route.assignee ?? 'admins', route, 0));
  } else {
    const reasons = intake.errors.map((e) => `${e.field ? `${m.mailFieldLabel(e.field)}: ` : ''}${e.message}`);
    values = {
      ...common,
      role: fitCell(intake.raw.role),
      kind: fitCell(intake.raw.kind),
      description: fitCell(intake.raw.description),
      status: m.statusName('invalid'),
      note: fitCell(m.invalidNote(reasons)),
    };
    const answers: [string, string][] = (['role', 'name', 'class', 'email', 'kind', 'description'] as const).map((f) => [m.mailFieldLabel(f), intake.raw[f]]);
    mails.push(invalidMail({ m, school: settings.schoolName }, id, admins, intake.errors, answers));
    if (isEmail(intake.raw.email)) mails.push(rejectedMail({ m, school: settings.schoolName }, id, intake.raw.email, intake.errors));
  }
  const { row } = rowForHeader(header, 'requests', values as Record<string, string | Date>);
  // Keep the caller's copy of the log current, so a batch (reconciliation) needs one read, not one per row:
  // as the Sheet will read it back, without the apostrophes that keep typed text as text.
  tab.rows.push(row.map(readBackOf));
  props.setProperty(counterKey, String(sequence));
  return { id, duplicate: false, route, mails, values: row, row: tab.rows.length };
};
