/**
 * The sidebar's server side: validate again with the same schemas, take the document lock, append one
 * row, answer with what was written. Nothing reaches a cell without passing the write boundary.
 */
import { cellRef } from '../core/cells';
import { findConflicts } from '../core/conflicts';
import { requestSchema, type SlotInput, slotSchema, taskSchema, validate } from '../core/forms';
import { tabHeaderRow } from '../core/header-rows';
import type { Messages } from '../core/i18n';
import { findColumn } from '../core/rows';
import { dueWrittenKey, ROLLOUT_SYNONYMS } from '../core/rollout';
import type { DutySlot } from '../core/schedule';
import { placeSlot } from '../core/slot-placement';
import { taskRow } from '../core/task-row';
import type { SaveResult, SidebarData, SlotPreview } from '../core/sidebar-contract';
import { parseTimeRange } from '../core/time-range';
import { loadContext, tabOf } from './context';
import { readDueRecord, writeDueRecord } from './due-record';
import { refreshMarks } from './edit';
import { holding, NEEDED as INTAKE, sendQueued, tryScriptLock } from './intake';
import { enqueueMail } from './outbox';
import { type Intake, recordRequest } from './requests';
import { appendRows, ensureTab, findSheet, readTab, tabMatcher } from './sheets';
import type { LockSurface, Services } from './surface';

const SCHEDULE = tabMatcher(['schedule', 'settings', 'substitutions', 'staff']);
const LOCK_WAIT_MS = 10_000;

export const sidebarData = (svc: Services): SidebarData => {
  const ctx = loadContext(svc, SCHEDULE);
  const staff = ctx.analysis.staff.filter((s) => s.active).map((s) => s.name);
  // As a person reads them: `каб. 2` before `каб. 10`, capitals and small letters together.
  const rooms = [...new Set(ctx.analysis.slots.map((s) => s.room).filter((r): r is string => !!r))].sort((a, b) =>
    a.localeCompare(b, ctx.analysis.settings.language, { numeric: true, sensitivity: 'base' }),
  );
  return { language: ctx.analysis.settings.language, staff, rooms, schoolDays: ctx.analysis.settings.schoolDays };
};

const candidateSlot = (input: SlotInput): DutySlot => {
  const parsed = parseTimeRange(input.time);
  if (!parsed.ok) throw new Error('validated slot has no time');
  return {
    person: input.person,
    role: null,
    day: input.day,
    range: parsed.value.range,
    kinds: input.kind ? [input.kind] : [],
    anyKind: input.kind === '',
    room: input.room || null,
    note: '',
    tab: '',
    cell: '',
    row: -1,
    column: -1,
  };
};

/** The overlaps a new slot would create, as sentences naming the slot already there. */
const overlapsOf = (slots: readonly DutySlot[], input: SlotInput, m: Messages): string[] => {
  const candidate = candidateSlot(input);
  const sentences = findConflicts([...slots, candidate])
    .filter((c) => c.slots.includes(candidate))
    .map((c) => {
      const other = c.slots[0] === candidate ? c.slots[1] : c.slots[0];
      return m.slotConflictWarning(other.person, m.timeRange(other.range), other.room);
    });
  return [...new Set(sentences)];
};

export const previewSlot = (svc: Services, input: unknown): SlotPreview => {
  const ctx = loadContext(svc, SCHEDULE);
  const checked = validate(slotSchema(ctx.m), input, ctx.m);
  if (!checked.ok) return { errors: checked.errors, conflicts: [] };
  return { errors: [], conflicts: overlapsOf(ctx.analysis.slots, checked.value, ctx.m) };
};

const documentLock = (svc: Services): LockSurface => svc.LockService.getDocumentLock() ?? svc.LockService.getScriptLock();

/** Runs `write` holding the document lock; a busy Sheet is a message, not a failure. */
const underLock = (svc: Services, m: Messages, write: () => SaveResult): SaveResult => {
  const lock = documentLock(svc);
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, errors: [{ field: '', message: m.busyTryAgain() }] };
  return holding(svc, lock, write);
};

const missingTab = (m: Messages, tab: Parameters<Messages['tabTitle']>[0]): SaveResult => ({
  ok: false,
  errors: [{ field: '', message: m.tabMissing(m.tabTitle(tab)) }],
});

export const saveSlot = (svc: Services, input: unknown): SaveResult => {
  const ctx = loadContext(svc, SCHEDULE);
  const { m } = ctx;
  const checked = validate(slotSchema(m), input, m);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const slot = checked.value;
  const result = underLock(svc, m, () => {
    // Read again under the lock: someone may have added a row since the form was opened.
    const tabs = [...ctx.sheets].filter(([n]) => SCHEDULE(n)).map(([, sheet]) => readTab(sheet));
    const place = placeSlot(tabs, slot, m);
    if (!place) return missingTab(m, 'schedule');
    if (place.kind === 'refused') return { ok: false, errors: [{ field: place.field, message: place.message }] };
    const sheet = ctx.sheets.get(place.tab)!;
    let row: number;
    let column: number;
    if (place.kind === 'append') {
      sheet.appendRow(place.row);
      row = sheet.getLastRow() - 1;
      column = place.column;
    } else {
      sheet.getRange(place.row + 1, place.column + 1).setValue(place.value);
      row = place.row;
      column = place.column;
    }
    const cell = cellRef(place.tab, row, column);
    return { ok: true, message: m.savedSlot(place.tab, row + 1), tab: place.tab, row: row + 1, cell, conflicts: overlapsOf(ctx.analysis.slots, slot, m) };
  });
  if (result.ok) {
    // The slot is saved: marks that fail to refresh now are refreshed by the next edit or check, and a
    // save reported as failed would be made twice.
    try {
      refreshMarks(svc, result.tab, { top: result.row - 1, left: 0, bottom: result.row - 1, right: 50 });
    } catch (e) {
      console.error(e);
    }
  }
  return result;
};

export const saveRequest = (svc: Services, input: unknown, now: Date): SaveResult => {
  const first = loadContext(svc, tabMatcher(['settings']));
  const checked = validate(requestSchema(first.m), input, first.m);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const r = checked.value;
  // Under the script lock: the same path as a form answer (id, route, row, mail), so both are logged alike.
  const held = tryScriptLock(
    svc,
    () => {
      const ctx = loadContext(svc, INTAKE);
      const sheet = ensureTab(ctx.spreadsheet, 'requests', ctx.m);
      const intake: Intake = {
        channel: r.channel,
        input: r,
        errors: [],
        raw: { role: r.role, name: r.name, class: r.class, email: r.email, kind: r.kind, description: r.description },
        contact: '',
        responseKey: '',
      };
      const recorded = recordRequest(svc, ctx, sheet, tabOf(ctx, sheet), intake, now);
      appendRows(sheet, [recorded.values]);
      enqueueMail(ctx.spreadsheet, recorded.mails, now, ctx.m);
      const cell = cellRef(sheet.getName(), recorded.row - 1, 0);
      const saved: SaveResult = { ok: true, message: ctx.m.savedRequest(recorded.id!), tab: sheet.getName(), row: recorded.row, cell, conflicts: [] };
      return { ctx, saved };
    },
    LOCK_WAIT_MS,
  );
  if (held === null) return { ok: false, errors: [{ field: '', message: first.m.busyTryAgain() }] };
  sendQueued(svc, held.value.ctx);
  return held.value.saved;
};

export const saveTask = (svc: Services, input: unknown): SaveResult => {
  const ctx = loadContext(svc, tabMatcher(['settings']));
  const { m } = ctx;
  const checked = validate(taskSchema(m), input, m);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const t = checked.value;
  const sheet = findSheet(ctx.spreadsheet, 'rollout');
  if (!sheet) return missingTab(m, 'rollout');
  return underLock(svc, m, () => {
    const tab = readTab(sheet);
    const headerRow = tabHeaderRow(tab, 'rollout');
    const header = tab.rows[headerRow] ?? [];
    const made = taskRow(sheet.getName(), header, tab.rows.slice(headerRow + 1), t, m);
    if (!made.ok) return made;
    sheet.appendRow(made.row);
    // The due date written with the task is ours: when the deadline later loses its date, it is cleared.
    if (made.due) {
      const before = readDueRecord(svc, sheet);
      writeDueRecord(svc, sheet, [...before, dueWrittenKey(t.task, made.due)], before);
    }
    const at = sheet.getLastRow();
    const taskColumn = findColumn(header, 'rollout', 'task', ROLLOUT_SYNONYMS.task);
    const cell = cellRef(sheet.getName(), at - 1, Math.max(0, taskColumn));
    return { ok: true, message: m.savedTask(sheet.getName(), at), tab: sheet.getName(), row: at, cell, conflicts: [] };
  });
};
