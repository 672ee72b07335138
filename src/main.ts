/**
 * The Apps Script surface: every export becomes a top-level function in build/Code.js that menus, triggers
 * and `google.script.run` find by name. Each entry turns the event into plain data and calls a use case.
 */
import * as z from 'zod';
import type { SaveResult, SidebarData, SlotPreview } from './core/sidebar-contract';
import { type CheckSummary, checkSchedule as runCheck } from './gas/check';
import { handleEdit } from './gas/edit';
import { buildMenu, openSidebar as showSidebar } from './gas/menu';
import { liveServices } from './gas/services';
import { setUp as runSetUp, type SetUpResult } from './gas/setup';
import * as sidebar from './gas/sidebar';
import type { EditEventSurface } from './gas/surface';

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
