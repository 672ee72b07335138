/**
 * The sidebar's conversation with the server through `google.script.run`: the function names and what
 * crosses (plain objects, strings and numbers only: a Date would fail the call).
 */
import type { Day } from './days';
import type { FieldError } from './forms';
import type { Language } from './i18n/messages';

/** What the sidebar needs to draw its forms. */
export interface SidebarData {
  language: Language;
  /** Active staff names from the Staff tab, for the person list. */
  staff: string[];
  /** Rooms already in the schedule, offered as suggestions. */
  rooms: string[];
  schoolDays: Day[];
}

/** Before saving a slot: field problems and the overlaps it would create, as sentences. */
export interface SlotPreview {
  errors: FieldError[];
  conflicts: string[];
}

export type SaveResult =
  | { ok: true; message: string; tab: string; row: number; cell: string; conflicts: string[] }
  | { ok: false; errors: FieldError[] };

/** Trigger and mail health, for the sidebar's health section: sentences to show, problems first. */
export interface HealthSummary {
  ok: boolean;
  lines: string[];
}

/** The server functions the sidebar calls, by their global names in build/Code.js. */
export interface SidebarApi {
  sidebarData(): SidebarData;
  previewSlot(input: unknown): SlotPreview;
  saveSlot(input: unknown): SaveResult;
  saveRequest(input: unknown): SaveResult;
  saveTask(input: unknown): SaveResult;
  sidebarHealth(): HealthSummary;
  repairTriggers(): HealthSummary;
}

export const SIDEBAR_FUNCTIONS = ['sidebarData', 'previewSlot', 'saveSlot', 'saveRequest', 'saveTask', 'sidebarHealth', 'repairTriggers'] as const satisfies readonly (keyof SidebarApi)[];
