/** The English message catalogue. */
import type { Channel, RequesterRole } from '../forms';
import type { RequestStatus, TabKey } from '../tabs';
import type { Messages } from './messages';
import { groupDigits, pluralEn } from './plural';

const DAYS: Record<string, [string, string]> = {
  mon: ['Monday', 'Mon'],
  tue: ['Tuesday', 'Tue'],
  wed: ['Wednesday', 'Wed'],
  thu: ['Thursday', 'Thu'],
  fri: ['Friday', 'Fri'],
  sat: ['Saturday', 'Sat'],
  sun: ['Sunday', 'Sun'],
};

const COLUMNS: Record<string, string> = {
  day: 'Day',
  time: 'Time',
  kind: 'Kind of help',
  person: 'Responsible',
  room: 'Room',
  days: 'Days',
  date: 'Date',
  substitute: 'Substitute',
  task: 'Task',
  deadline: 'Deadline',
  responsible: 'Responsible',
  name: 'Name',
};

const TABS: Record<TabKey, string> = {
  settings: 'Settings',
  staff: 'Staff',
  schedule: 'Schedule',
  coverage: 'Coverage',
  substitutions: 'Substitutions',
  requests: 'Requests',
  rollout: 'Rollout',
  mailLog: 'Mail log',
  report: 'Check report',
};

const HEADERS: Record<TabKey, Record<string, string>> = {
  settings: { key: 'Setting', value: 'Value' },
  staff: { name: 'Name', position: 'Position', email: 'E-mail', kinds: 'Kinds of help', admin: 'Admin', active: 'Active' },
  schedule: { day: 'Day', time: 'Time', kind: 'Kind of help', person: 'Responsible', room: 'Room', note: 'Note' },
  coverage: { kind: 'Kind of help', days: 'Days', time: 'Time' },
  substitutions: { date: 'Date', person: 'Person', substitute: 'Substitute', time: 'Time', reason: 'Reason' },
  requests: {
    id: 'Id', received: 'Received', channel: 'Channel', role: 'Requester role', name: 'Name', class: 'Class', email: 'E-mail',
    kind: 'Kind of help', description: 'Description', assignee: 'Assignee', status: 'Status', updated: 'Updated', resolved: 'Resolved',
  },
  rollout: { no: 'No.', task: 'Task', deadline: 'Deadline', due: 'Due date', responsible: 'Responsible', status: 'Status' },
  mailLog: { time: 'Time', to: 'To', subject: 'Subject', kind: 'Kind', key: 'Idempotency key', status: 'Status', error: 'Error' },
  report: { what: 'What', where: 'Where', details: 'Details' },
};

const SETTINGS: Record<string, string> = {
  schoolName: 'School name',
  language: 'Language',
  timeZone: 'Time zone',
  schoolDays: 'School days',
  adminEmails: 'Admin e-mails',
  summaryDay: 'Weekly summary day',
  summaryHour: 'Weekly summary hour',
  requestIdPrefix: 'Request id prefix',
};

const STATUS: Record<RequestStatus, string> = { new: 'New', inProgress: 'In progress', waiting: 'Waiting for requester', resolved: 'Resolved', closed: 'Closed' };
const ROLE: Record<RequesterRole, string> = { staff: 'staff', parent: 'parent', student: 'student' };
const CHANNEL: Record<Channel, string> = { form: 'form', phone: 'phone', email: 'e-mail', 'walk-in': 'walk-in' };

export const en: Messages = {
  timeUnreadable: (s) => `"${s}" does not look like a time. Write the start and the end, e.g. 9.00-11.00`,
  timeFormula: (s) => `"${s}" is a formula, not a time. Write the start and the end, e.g. 9.00-11.00`,
  timeOnlyOneTime: (s) => `"${s}" has only one time. Write the start and the end, e.g. 9.00-11.00`,
  timeNoSuchHour: (s, h) => `"${s}": there is no hour ${h} (hours run from 0 to 24)`,
  timeNoSuchMinute: (s, m) => `"${s}": there is no minute ${m} (minutes run from 00 to 59)`,
  timeEmptyRange: (s) => `"${s}": the start and the end are the same`,
  timeEndBeforeStart: (s) => `"${s}": the end is before the start`,
  timeSeveralRanges: (s) => `"${s}" holds several ranges; this cell takes one`,
  timeMissing: () => 'The time is missing',
  dayUnreadable: (s) => `"${s}" does not look like a weekday (e.g. Monday, Mon, Mon-Fri, daily)`,
  dayMissing: () => 'The day is missing',
  kindUnreadable: (s) => `"${s}" is not a known kind of help (technical or methodical)`,
  kindName: (k) => (k === 'technical' ? 'technical' : 'methodical'),
  kindAny: () => 'any',
  columnMissing: (tab, column) => `Tab "${tab}" has no "${column}" column`,
  columnName: (c) => COLUMNS[c] ?? c,
  noScheduleTab: () => 'There is no schedule tab: its name must start with "Schedule" or "График"',
  personMissing: () => 'The responsible person is missing',
  roomCellUnreadable: (s) => `"${s}" could not be read`,
  substitutionDateUnreadable: (s) => `"${s}" does not look like a date (e.g. 24.11.2026)`,
  substitutionPersonMissing: () => 'Who is being replaced is missing',
  settingUnreadable: (k, s) => `Setting "${k}": could not understand "${s}"`,
  deadlineNoDate: () => 'no date',
  taskMissing: () => 'The task is missing',
  reportTitle: (school) => `Schedule check: ${school}`,
  reportSlotsHeading: () => 'Duty slots per day',
  reportSlotsPerDay: (day, n) => `${day}: ${n} ${pluralEn(n, 'slot', 'slots')}`,
  reportConflictsHeading: (n) => `Overlaps: ${n}`,
  reportNoConflicts: () => 'No overlaps',
  reportConflictPerson: (who, day, range, cells) => `${who} is booked twice: ${day}, ${range} (${cells})`,
  reportConflictRoom: (who, day, range, cells) => `${who} is booked twice: ${day}, ${range} (${cells})`,
  reportConflictOnDate: (date) => `because of the substitution on ${date}`,
  reportGapsHeading: (n) => `Hours with nobody on duty: ${n}`,
  reportNoGaps: () => 'Every required hour is covered',
  reportGap: (kind, day, range) => `${kind} help: ${day}, ${range}: nobody on duty`,
  reportTasksHeading: () => 'Rollout plan',
  reportTask: (no, task, deadline, due, responsible, status) =>
    `${no ? `${no}. ` : ''}${task}: deadline ${deadline}${due ? ` (${due})` : ''}; responsible: ${responsible || '-'}${status ? `; ${status}` : ''}`,
  reportProblemsHeading: (n) => `Problems: ${n}`,
  reportNoProblems: () => 'No problems',
  reportProblem: (cell, severity, message) => `${cell}: ${severity} - ${message}`,
  dayName: (d) => DAYS[d]?.[0] ?? d,
  dayShort: (d) => DAYS[d]?.[1] ?? d,
  fieldRequired: () => 'Please fill in this field',
  fieldTooLong: (n, max) => `Too long: ${groupDigits(n, ',')} ${pluralEn(n, 'character', 'characters')}, at most ${groupDigits(max, ',')}`,
  fieldChooseDay: () => 'Choose a weekday',
  fieldChooseKind: () => 'Choose a kind of help',
  fieldChooseChannel: () => 'Choose how the request came in',
  fieldChooseRole: () => 'Choose who is asking',
  fieldBadEmail: () => 'The e-mail address looks wrong (e.g. name@example.org)',
  fieldClassRequired: () => 'Parents and students must give the class (e.g. 5B)',
  tabTitle: (tab) => TABS[tab],
  columnTitle: (tab, column) => HEADERS[tab][column] ?? column,
  settingLabel: (key) => SETTINGS[key] ?? key,
  statusName: (st) => STATUS[st],
  roleName: (r) => ROLE[r],
  channelName: (c) => CHANNEL[c],
  yes: () => 'yes',
  no: () => 'no',
  menuTitle: () => 'Help desk',
  menuSetUp: () => 'Set up or repair tabs',
  menuSidebar: () => 'Open sidebar',
  menuCheck: () => 'Check schedule',
  sidebarTitle: () => 'Help desk',
  setUpDone: (created, columns) =>
    [created.length > 0 ? `Created tabs: ${created.join(', ')}.` : '', columns > 0 ? `Columns added: ${columns}.` : '', 'Dropdowns, headers and protection are set.']
      .filter((x) => x !== '')
      .join(' '),
  setUpNothingToDo: () => 'Every tab is in place; nothing to change.',
  checkSummary: (c, g, e, w) => `Overlaps: ${c}. Hours with nobody on duty: ${g}. Errors: ${e}. Warnings: ${w}. Details are on the "${TABS.report}" tab.`,
  checkDialogTitle: () => 'Schedule check',
  noteConflictPerson: (who, day, range, other) => `${who} is on duty twice: ${day}, ${range}. The other slot: ${other}`,
  noteConflictRoom: (who, day, range, other, person) => `${who} is booked twice: ${day}, ${range}. Also there: ${person} (${other})`,
  reportWhatConflict: () => 'Overlap',
  reportWhatGap: () => 'Nobody on duty',
  reportWhatError: () => 'Error',
  reportWhatWarning: () => 'Warning',
  reportGenerated: (when) => `Checked: ${when}`,
  slotConflictWarning: (person, range, room) => `${person} is already on duty ${range}${room ? ` in ${room}` : ''}`,
  savedSlot: (cell) => `Slot added: ${cell}`,
  savedRequest: (id) => `Request ${id} saved`,
  savedTask: (cell) => `Task added: ${cell}`,
  tabMissing: (tab) => `There is no "${tab}" tab. Choose Help desk → Set up or repair tabs in the menu.`,
  busyTryAgain: () => 'Someone else is changing the Sheet right now. Please try again in a few seconds.',
  demoHeading: () => 'The same school in a Sheet: the real Code.js on the local Apps Script stand-in',
  demoSetUp: (created, columns) =>
    `"Set up or repair tabs": ${created.length > 0 ? `created ${created.join(', ')}` : 'every tab was there'}, columns added: ${columns}`,
  demoChecked: (c, g) => `"Check schedule": ${c} overlaps, ${g} hours with nobody on duty; cells highlighted, report on its own tab`,
  demoEdit: (cell, value, before, after) => `Edit ${cell} → "${value}": overlaps went from ${before} to ${after}`,
  demoSaved: (path) => `Workbook saved: ${path}`,
  cliUsage: () => 'Usage: npm run --silent cli -- check PATH [--json]\nPATH is a folder of CSV tabs or an .xlsx file',
  cliUnreadable: (path, reason) => `Could not read "${path}": ${reason}`,
};
