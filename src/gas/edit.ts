/**
 * The simple `onEdit` trigger: checks what was edited. A schedule edit re-finds overlaps across every
 * schedule tab and refreshes their marks; a new problem mark appears only in the edited rows, and a mark
 * no longer wanted is cleared wherever it is. Budget per affected tab: its values, merged ranges, backgrounds
 * and notes read once, backgrounds and notes written once.
 */
import { foldText } from '../core/cells';
import { isScheduleTab } from '../core/headers';
import { freshRows, marksForTab, type Rect } from '../core/marks';
import { TAB_ALIASES, type TabKey } from '../core/tabs';
import { syncDueDates } from './check';
import { loadContext, tabOf } from './context';
import { tryScriptLock } from './intake';
import { applyMarks } from './marks';
import { tabMatcher } from './sheets';
import type { EditEventSurface, Services } from './surface';

const NOWHERE: Rect = { top: -1, left: -1, bottom: -2, right: -2 };

/** The tabs whose edits are checked, and the tabs each needs read for that. */
const CHECKED: readonly TabKey[] = ['settings', 'coverage', 'substitutions', 'rollout', 'staff'];

const keyOf = (name: string): TabKey | 'schedule' | null =>
  isScheduleTab(name) ? 'schedule' : (CHECKED.find((k) => TAB_ALIASES[k].some((a) => foldText(a) === foldText(name))) ?? null);

/** How long an edit waits for another run to finish; past that its marks wait for the next edit or check. */
const EDIT_LOCK_WAIT_MS = 10_000;

export const handleEdit = (svc: Services, e: EditEventSurface): void => {
  const name = e.range.getSheet().getName();
  if (keyOf(name) === null) return;
  // The whole rows edited: a row's cells are read together (a time typed makes the row's person missing).
  const scope: Rect = {
    top: e.range.getRow() - 1,
    left: 0,
    bottom: e.range.getRow() + e.range.getNumRows() - 2,
    right: Math.max(e.range.getColumn() + e.range.getNumColumns() - 2, e.range.getSheet().getLastColumn() - 1),
  };
  const typed: Rect = { ...scope, left: e.range.getColumn() - 1, right: e.range.getColumn() + e.range.getNumColumns() - 2 };
  // Two quick edits run as two executions: one at a time, each reading what the other wrote, so a mark
  // one of them sets is never overwritten by the other's older reading.
  tryScriptLock(svc, () => refreshMarks(svc, name, scope, typed), EDIT_LOCK_WAIT_MS);
};

/**
 * Re-checks after a change to `edited` within `scope` (also used after the sidebar writes a row). `typed`:
 * the cells a person typed in, when known, so a row they fill in after inserting it loses Sheets' copy of
 * the marks above it.
 */
export const refreshMarks = (svc: Services, edited: string, scope: Rect, typed: Rect | null = null): void => {
  const key = keyOf(edited);
  if (key === null) return;
  // Marks on the schedule tabs (overlaps, the staff list's warnings) and on the substitutions (a row that
  // replaces nothing) depend on every schedule tab, the substitutions, the staff list and Settings.
  const touchesSchedule = key === 'schedule' || key === 'substitutions' || key === 'settings' || key === 'staff';
  // The plan's responsible people are checked against the staff list: an edit of either re-marks the plan.
  const touchesPlan = key === 'rollout' || key === 'staff';
  const needed: (TabKey | 'schedule')[] = touchesSchedule ? ['schedule', 'settings', 'substitutions', 'staff'] : ['settings', key];
  if (touchesPlan) needed.push('rollout', 'staff');
  const ctx = loadContext(svc, tabMatcher(needed));
  // Nobody is typing in the schedule while the staff list is edited: the warnings that edit causes there
  // (someone marked inactive, a name no longer on the list) appear at once, wherever they are.
  const elsewhere = key === 'staff' ? null : NOWHERE;
  for (const [name, sheet] of ctx.sheets) {
    const affected = name === edited || (touchesSchedule && (isScheduleTab(name) || keyOf(name) === 'substitutions')) || (key === 'staff' && keyOf(name) === 'rollout');
    if (!affected) continue;
    const tab = tabOf(ctx, sheet);
    const fresh = freshRows(tab.rows, name === edited ? typed : null);
    applyMarks(svc, sheet, marksForTab(name, ctx.analysis, ctx.m), { scope: name === edited ? scope : elsewhere, fresh, merged: tab.merged });
  }
  if (key === 'rollout') syncDueDates(svc, ctx);
};
