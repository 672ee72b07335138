/**
 * The message catalogue's shape: every sentence a person reads. `ru.ts` and `en.ts` each implement it in
 * full, so a key missing from either language does not compile.
 */

import type { CalendarDate } from '../dates';
import type { Channel, RequesterRole } from '../forms';
import type { ContactWay, FormItemKey, MailKind, MailStatus, RequestStatus, TabKey } from '../tabs';

export type Language = 'ru' | 'en';

export interface Messages {
  /** The catalogue's language code, for `lang` attributes. */
  language(): Language;
  // How times and dates are written for people (JSON and sorting keep `HH:MM` and ISO dates)
  /** `9.00` as Russian orders write it; `9:00`. */
  time(minutes: number): string;
  /** `9.00–11.00`; `9:00–11:00`. */
  timeRange(range: { start: number; end: number }): string;
  /** `24.11.2026`; `24 Nov 2026`, which no reader takes for 11 December. */
  date(d: CalendarDate): string;
  /** The same date with a time, as a `Utilities.formatDate` pattern. */
  dateTimePattern(): string;
  // Time ranges
  timeUnreadable(text: string): string;
  timeFormula(text: string): string;
  /** A time typed with a dot that the Sheet turned into a date; `time` is how to type it instead. */
  timeReadAsDate(date: string, time: string): string;
  /** A room that would be read as a time if written into the time cell (`каб. 2-14`). */
  roomReadsAsTime(room: string, tab: string): string;
  slotNotReadBack(tab: string): string;
  slotAlreadyThere(tab: string): string;
  /** The cell a duty would be written into is part of merged cells (`cell`: where). */
  slotInMergedCell(cell: string): string;
  timeOnlyOneTime(text: string): string;
  timeNoSuchHour(text: string, hour: number): string;
  timeNoSuchMinute(text: string, minute: number): string;
  timeEmptyRange(text: string): string;
  timeEndBeforeStart(text: string): string;
  timeSeveralRanges(text: string): string;
  timeOfDayUnreadable(cell: string): string;
  timeOfDayMissing(): string;
  timeMissing(): string;
  scheduleRowWithoutDuty(): string;
  cellBeyondHeader(): string;
  settingUnknown(name: string): string;
  weekParityIgnored(): string;
  dutyRepeatedInCell(person: string, time: string): string;
  nameRepeatedInCell(name: string): string;
  coverageRowWithoutTime(): string;
  coverageDaysDiffer(time: string, column: string): string;
  // Days
  dayUnreadable(text: string): string;
  dayMissing(): string;
  // Kinds of help
  kindUnreadable(text: string): string;
  slotKindUnreadable(text: string): string;
  kindName(kind: 'technical' | 'methodical'): string;
  kindAny(): string;
  // Schedule tabs
  columnMissing(tab: string, column: string): string;
  columnName(column: string): string;
  noScheduleTab(): string;
  scheduleTabEmpty(tab: string): string;
  personMissing(): string;
  /** A person on duty whom the Staff tab (`tab`) does not list, marks inactive, or gives no e-mail. */
  responsibleNotOnStaff(person: string, tab: string): string;
  personNotOnStaff(person: string, tab: string): string;
  personInactive(person: string, tab: string): string;
  personNoEmail(person: string, tab: string): string;
  substitutionDateUnreadable(text: string): string;
  substitutionPersonMissing(): string;
  substitutionSeveralSubstitutes(first: string): string;
  /** `when`: the date, then its weekday and the hours (when the row gives them) in brackets. */
  substitutionNoSlot(person: string, when: string): string;
  substituteAbsent(person: string, when: string, row: string): string;
  substitutionColumnUnknown(header: string): string;
  substitutionClash(person: string, when: string, other: string): string;
  settingUnreadable(key: string, text: string): string;
  settingFixedZone(zone: string): string;
  /** A yes/no cell of the Staff tab (`Администратор`, `Активен`) that is neither. */
  yesNoUnreadable(column: string, text: string): string;
  // Deadlines and rollout
  deadlineNoDate(): string;
  taskMissing(): string;
  deadlineNoSuchDate(deadline: string): string;
  // Report
  reportTitle(school: string): string;
  reportSlotsHeading(): string;
  reportSlotsPerDay(day: string, count: number): string;
  reportConflictsHeading(count: number): string;
  reportNoConflicts(): string;
  reportConflictPerson(who: string, day: string, range: string, cells: string): string;
  reportConflictRoom(who: string, day: string, range: string, cells: string): string;
  reportConflictOnDate(date: string): string;
  reportGapsHeading(count: number): string;
  reportNoCoverageRules(): string;
  reportNoGaps(): string;
  reportGap(kind: string, day: string, range: string): string;
  reportTasksHeading(): string;
  reportTask(no: string, task: string, deadline: string, due: string | null, responsible: string, status: string): string;
  reportProblemsHeading(count: number): string;
  reportNoProblems(): string;
  reportProblem(cell: string, severity: 'error' | 'warning', message: string): string;
  dayName(day: string): string;
  dayShort(day: string): string;
  // Form fields (sidebar and Google Form)
  fieldRequired(): string;
  fieldTooLong(length: number, max: number): string;
  fieldChooseDay(): string;
  fieldChoosePerson(): string;
  fieldChooseKind(): string;
  fieldChooseChannel(): string;
  fieldChooseRole(): string;
  fieldBadEmail(): string;
  fieldClassRequired(): string;
  // Tabs, headers and the words in dropdowns
  tabTitle(tab: TabKey): string;
  columnTitle(tab: TabKey, column: string): string;
  settingLabel(key: string): string;
  statusName(status: RequestStatus): string;
  statusUnknown(text: string, known: string): string;
  roleName(role: RequesterRole): string;
  channelName(channel: Channel): string;
  yes(): string;
  no(): string;
  // Menu, dialogs, notes and the report tab
  menuTitle(): string;
  menuSetUp(): string;
  menuSidebar(): string;
  menuCheck(): string;
  sidebarTitle(): string;
  setUpDone(created: string[], columnsAdded: number): string;
  setUpNothingToDo(): string;
  /** `gaps`: null when no required hours were read, so coverage was not checked. */
  checkSummary(conflicts: number, gaps: number | null, errors: number, warnings: number): string;
  checkDialogTitle(): string;
  noteConflictPerson(who: string, day: string, range: string, otherCell: string): string;
  noteConflictRoom(who: string, day: string, range: string, otherCell: string, otherPerson: string): string;
  reportWhatConflict(): string;
  reportWhatGap(): string;
  reportWhatError(): string;
  reportWhatWarning(): string;
  reportGenerated(when: string): string;
  slotConflictWarning(person: string, range: string, room: string | null): string;
  savedSlot(tab: string, row: number): string;
  savedRequest(id: string): string;
  savedTask(tab: string, row: number): string;
  tabMissing(tab: string): string;
  busyTryAgain(): string;
  // Help requests: the Google Form, the log and the mail
  mailStatusName(status: MailStatus): string;
  mailKindName(kind: MailKind): string;
  /** Ends a message cut to fit one cell of the Mail log. */
  mailShortened(): string;
  /** The error of a message nobody could be sent: no address for the person, and no admin address. */
  mailBadRecipient(addresses: string): string;
  mailNoRecipient(): string;
  contactName(way: ContactWay): string;
  formTitle(school: string): string;
  formDescription(): string;
  formItemTitle(item: FormItemKey): string;
  formItemHelp(item: FormItemKey): string;
  formConfirmation(): string;
  menuCreateForm(): string;
  menuReconcile(): string;
  formReady(url: string, created: boolean): string;
  reconciled(imported: number): string;
  invalidNote(reasons: string[]): string;
  mailGreeting(): string;
  mailSignature(school: string): string;
  mailAckSubject(id: string): string;
  mailAckReceived(id: string, kind: string): string;
  mailAckOnDuty(person: string, until: string, room: string | null): string;
  mailAckNext(person: string, when: string, room: string | null): string;
  mailAckAdmins(): string;
  mailAssignedSubject(id: string, kind: string): string;
  mailAssignedIntro(id: string): string;
  mailResolvedSubject(id: string): string;
  mailResolvedBody(id: string): string;
  mailInvalidSubject(): string;
  mailInvalidIntro(): string;
  mailRejectedSubject(): string;
  mailRejectedIntro(): string;
  mailFieldLabel(field: string): string;
  // Weekly summaries
  summarySubject(from: string, to: string): string;
  summaryIntro(name: string, from: string, to: string): string;
  summaryDutiesHeading(): string;
  summaryNoDuties(): string;
  summaryDutyColumns(): string[];
  summaryCancelled(): string;
  summaryHandedTo(person: string): string;
  summaryCovering(person: string): string;
  summaryRequestsHeading(count: number): string;
  summaryRequestColumns(): string[];
  summaryTasksHeading(count: number): string;
  summaryTaskColumns(): string[];
  summaryOverdue(): string;
  digestSubject(from: string, to: string): string;
  digestIntro(from: string, to: string): string;
  digestConflictsHeading(count: number): string;
  digestGapsHeading(count: number): string;
  digestGapOnDate(kind: string, day: string, date: string): string;
  digestRequestsHeading(from: string, to: string): string;
  digestRequestFacts(received: number, resolved: number, medianHours: number | null, open: number, oldest: { id: string; days: number } | null): string[];
  digestByKindHeading(): string;
  digestByRoleHeading(): string;
  digestCountColumns(what: string): string[];
  digestTasksHeading(overdue: number, soon: number): string;
  digestDemandHeading(): string;
  digestDemandColumns(): string[];
  digestNothing(): string;
  digestUnsentHeading(count: number): string;
  digestUnsentColumns(): string[];
  digestConflictColumns(): string[];
  digestGapColumns(): string[];
  menuInstallTriggers(): string;
  menuHealth(): string;
  menuSendSummaries(): string;
  // Trigger and mail health
  triggerKindName(kind: 'formSubmit' | 'edit' | 'change' | 'weekly'): string;
  healthTitle(): string;
  healthAllGood(): string;
  healthTriggerOk(kind: string, count: number): string;
  healthTriggerMissing(kind: string): string;
  healthTriggerDuplicates(kind: string, count: number): string;
  healthOtherInstaller(): string;
  healthFormNotDelivering(count: number): string;
  healthWeeklyStale(days: number): string;
  healthTimeZones(script: string, spreadsheet: string, settings: string): string;
  healthQuota(left: number, queued: number): string;
  healthMailGaveUp(count: number): string;
  healthNoAdmins(): string;
  healthWeeklyOutdated(day: string, hour: number): string;
  healthJob(job: string, at: string, outcome: string): string;
  healthJobNever(job: string): string;
  healthRepaired(): string;
  jobName(job: 'handleFormSubmit' | 'handleRequestEdit' | 'sendWeeklySummaries' | 'reconcileRequests' | 'sendLater'): string;
  jobCounts(counts: Partial<Record<'sent' | 'waiting' | 'imported' | 'logged' | 'ignored' | 'queued' | 'deferred', number>>): string;
  triggersInstalled(): string;
  // The demo (npm start)
  demoHeading(): string;
  demoSetUp(created: string[], columnsAdded: number): string;
  demoChecked(conflicts: number, gaps: number): string;
  demoEdit(cell: string, value: string, conflictsBefore: number, conflictsAfter: number): string;
  demoSaved(path: string): string;
  demoClock(when: string): string;
  demoForm(url: string): string;
  demoRequest(id: string, role: string, status: string, assignee: string): string;
  demoMail(to: string, subject: string, file: string): string;
  demoSummaries(count: number, folder: string): string;
  // Command line
  cliUsage(): string;
  cliUnreadable(path: string, reason: string): string;
  cliUnreadableReason(reason: 'missing' | 'notWorkbook' | 'noCsv' | 'notText' | 'badXlsx' | 'fileUnreadable', detail: string): string;
  cliBusy(): string;
  cliRequestOutcome(outcome: 'new' | 'invalid' | 'duplicate' | 'blank' | 'deferred' | 'foreign trigger' | 'other form'): string;
}
