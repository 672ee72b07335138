/**
 * The sidebar's own words: labels, buttons, hints and statuses. `sidebar-ru.ts` and `sidebar-en.ts` each
 * implement it in full, so a key missing from either language does not compile. Field error sentences are
 * not here: they come from the main catalogue through the zod schemas in `forms.ts`.
 */

export interface SidebarMessages {
  // Page
  title(): string;
  loading(): string;
  loadFailed(reason: string): string;
  tabSlot(): string;
  tabRequest(): string;
  tabTask(): string;
  tabHealth(): string;
  tabsLabel(): string;
  // Shared
  choose(): string;
  optional(): string;
  save(): string;
  saving(): string;
  saved(): string;
  saveFailed(reason: string): string;
  fixErrors(count: number): string;
  // Duty slot
  slotHeading(): string;
  slotPerson(): string;
  slotNoStaff(): string;
  slotDay(): string;
  slotTime(): string;
  slotTimeHint(): string;
  slotKind(): string;
  slotRoom(): string;
  slotRoomHint(): string;
  slotChecking(): string;
  slotConflictsHeading(count: number): string;
  slotConflictsNote(): string;
  slotSave(): string;
  // Help request
  requestHeading(): string;
  requestChannel(): string;
  channelName(channel: 'phone' | 'email' | 'walk-in'): string;
  requestRole(): string;
  roleName(role: 'staff' | 'parent' | 'student'): string;
  requestName(): string;
  requestClass(): string;
  requestClassHint(): string;
  requestEmail(): string;
  requestKind(): string;
  requestDescription(): string;
  requestDescriptionHint(): string;
  requestSave(): string;
  // Rollout task
  taskHeading(): string;
  taskTask(): string;
  taskDeadline(): string;
  taskDeadlineHint(): string;
  taskResponsible(): string;
  taskResponsibleHint(): string;
  taskStatus(): string;
  /** Suggestions for the status field (free text is allowed). */
  taskStatuses(): string[];
  taskSave(): string;
  // Health (triggers and mail); the report's sentences come from the server in the Sheet's language
  healthHeading(): string;
  healthIntro(): string;
  healthChecking(): string;
  healthCheckFailed(reason: string): string;
  /** Above the report when something is wrong (the server lists problems first). */
  healthProblems(): string;
  healthRepair(): string;
  healthRepairHint(): string;
  healthRepairing(): string;
  healthRepaired(): string;
  healthRepairedPartly(): string;
  healthRepairFailed(reason: string): string;
}
