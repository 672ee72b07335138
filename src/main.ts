/**
 * The Apps Script surface: every export becomes a top-level function in build/Code.js that menus, triggers
 * and `google.script.run` find by name. Each entry turns the event into plain data and calls a use case.
 */
import * as z from 'zod';
import type { SaveResult, SidebarData, SlotPreview } from './core/sidebar-contract';
import { type CheckSummary, checkSchedule as runCheck, handleRowsChange as runRowsChange } from './gas/check';
import { handleEdit } from './gas/edit';
import { buildMenu, openSidebar as showSidebar } from './gas/menu';
import { liveServices } from './gas/services';
import { setUp as runSetUp, type SetUpResult } from './gas/setup';
import * as sidebar from './gas/sidebar';
import { createRequestForm as runCreateForm } from './gas/form';
import { catchUpFormAnswers as runCatchUp, handleFormSubmit as runFormSubmit, reconcileRequests as runReconcile, type SubmitOutcome } from './gas/intake';
import { sheetMessages, sheetSettings } from './gas/menu';
import { type HealthReport, installTriggers as runInstallTriggers, repairTriggers as runRepairTriggers, triggerHealth as runTriggerHealth } from './gas/health';
import type { ChangeEventSurface, EditEventSurface, FormSubmitEventSurface, Services } from './gas/surface';
import { continueWeeklySummaries as runContinueWeekly, previewWeek as runPreviewWeek, sendWeeklySummaries as runWeekly, type WeeklyOutcome } from './gas/weekly';
import type { OutgoingMail } from './core/mail-compose';
import { handleRequestEdit as runRequestEdit } from './gas/workflow';

// zod's JIT builds code with `new Function` in syntax newer than the es2019 the bundle is lowered to.
z.config({ jitless: true });

// --- Menu and simple triggers -------------------------------------------------------------------------

export function onOpen(): void {
  buildMenu(liveServices());
}

/** Installed as an add-on: the same menu. */
export function onInstall(): void {
  onOpen();
}

/** Simple trigger: checks what was just edited (no mail here: simple triggers may not send it). */
export function onEdit(e: EditEventSurface): void {
  if (!e?.range) return;
  handleEdit(liveServices(), e);
}

// --- Menu items ---------------------------------------------------------------------------------------

export function setUp(): SetUpResult {
  return runSetUp(liveServices());
}

export function openSidebar(): void {
  showSidebar(liveServices());
}

export function checkSchedule(): CheckSummary {
  return runCheck(liveServices(), new Date());
}

/** Menu: makes the Google Form (or repairs it) and installs its triggers. */
export function createRequestForm(): { url: string; created: boolean } {
  const svc = liveServices();
  const { m, settings } = sheetSettings(svc);
  const result = runCreateForm(svc, m, settings.schoolName || svc.SpreadsheetApp.getActiveSpreadsheet().getName());
  const ui = svc.SpreadsheetApp.getUi();
  ui.alert(m.menuCreateForm(), m.formReady(result.url, result.created), ui.ButtonSet.OK);
  return result;
}

/** Menu, and the weekly job: imports form answers whose trigger never ran. */
export function reconcileRequests(): number {
  const svc = liveServices();
  const { imported, ctx } = runReconcile(svc, new Date());
  const ui = svc.SpreadsheetApp.getUi();
  ui.alert(ctx.m.menuReconcile(), ctx.m.reconciled(imported), ui.ButtonSet.OK);
  return imported;
}

/** Menu: one trigger of each kind (form submit, request edits, rows changed, weekly summary), however often it runs. */
export function installTriggers(): string[] {
  const svc = liveServices();
  runInstallTriggers(svc);
  return showHealth(svc, runTriggerHealth(svc, new Date()), sheetMessages(svc).triggersInstalled());
}

/** Menu and sidebar: what is installed, what is missing or silent, mail quota, last runs. */
export function triggerHealth(): HealthReport {
  const svc = liveServices();
  const report = runTriggerHealth(svc, new Date());
  showHealth(svc, report);
  return report;
}

/** Sidebar: the same report, without a dialog. */
export function sidebarHealth(): HealthReport {
  return runTriggerHealth(liveServices(), new Date());
}

/** Sidebar: repairs what can be repaired and answers with the new report. */
export function repairTriggers(): HealthReport {
  return runRepairTriggers(liveServices(), new Date());
}

// --- Installable triggers -------------------------------------------------------------------------------

/** On form submit (installed by createRequestForm). */
export function handleFormSubmit(e: FormSubmitEventSurface): SubmitOutcome {
  return runFormSubmit(liveServices(), e ?? {}, new Date());
}

/** Installable edit trigger: the request status workflow, which may send mail (a simple onEdit may not). */
export function handleRequestEdit(e: EditEventSurface): number {
  if (!e?.range) return 0;
  return runRequestEdit(liveServices(), e, new Date());
}

/** Installable change trigger: rows or tabs inserted, deleted or moved, which onEdit never sees. */
export function handleRowsChange(e: ChangeEventSurface): boolean {
  return runRowsChange(liveServices(), e ?? {});
}

/** Weekly time trigger (and the menu): the duty summaries and the admins' digest, once per ISO week. */
export function sendWeeklySummaries(): WeeklyOutcome {
  return runWeekly(liveServices(), new Date());
}

/** One-off run after a form answer found the Sheet busy (the weekly send held it): imports what waits. */
export function catchUpFormAnswers(): number {
  return runCatchUp(liveServices(), new Date());
}

/** One-off run that sends what the Mail log still holds: a run short of time or quota, or a failed send's retry. */
export function continueWeeklySummaries(): void {
  runContinueWeekly(liveServices(), new Date());
}

/** For the `summary` command: the e-mails of the week holding `date` (YYYY-MM-DD), composed and not sent. */
export function previewWeeklySummaries(date: string, today?: string): OutgoingMail[] {
  return runPreviewWeek(liveServices(), date, today ?? date);
}

// --- Sidebar API (google.script.run): plain objects in and out ----------------------------------------

export function sidebarData(): SidebarData {
  return sidebar.sidebarData(liveServices());
}

export function previewSlot(input: unknown): SlotPreview {
  return sidebar.previewSlot(liveServices(), input);
}

export function saveSlot(input: unknown): SaveResult {
  return sidebar.saveSlot(liveServices(), input);
}

export function saveRequest(input: unknown): SaveResult {
  return sidebar.saveRequest(liveServices(), input, new Date());
}

export function saveTask(input: unknown): SaveResult {
  return sidebar.saveTask(liveServices(), input);
}

// --- Helpers of the entries above -------------------------------------------------------------------------

function showHealth(svc: Services, report: HealthReport, heading?: string): string[] {
  const m = sheetMessages(svc);
  const ui = svc.SpreadsheetApp.getUi();
  const lines = heading ? [heading, ...report.lines] : report.lines;
  ui.alert(m.healthTitle(), lines.join('\n'), ui.ButtonSet.OK);
  return lines;
}
