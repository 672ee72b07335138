/**
 * The weekly job: once per ISO week (a durable marker, whatever the trigger's jitter, a second trigger
 * copy or a manual re-run), compose each duty person's summary and the admins' digest, queue them in
 * the outbox, and send within a time budget. When time runs short a one-off continuation trigger picks
 * up the queue; when the quota runs out the rest waits, queued, for a later run. Nothing is sent twice.
 */
import { type CalendarDate, isoDate } from '../core/dates';
import type { OutgoingMail } from '../core/mail-compose';
import { readMailLog } from '../core/outbox';
import { readRequestRows } from '../core/request-log';
import { adminAddresses } from '../core/staff';
import { composeDigest, personWeeks } from '../core/summaries';
import { digestMail, personSummaryMails } from '../core/summary-mail';
import { announcedOn, isoWeek, mondayOf, reportedWeek, weekToSummarise } from '../core/week';
import { type JobContext, loadContext, schoolTime } from './context';
import { reconcileRequests, withScriptLock } from './intake';
import { enqueueMail, type FlushResult, flushOutbox, type MailLogRead, readMailLogTab, scheduleSending } from './outbox';
import { findSheet, tabMatcher } from './sheets';
import type { Services } from './surface';
import { documentProperties, recordJob } from './jobs';
import { weeklyTriggerDay } from './triggers';

/** Apps Script stops an execution at 6 minutes; leave room to write the last row and the trigger. */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;

const ALL_TABS = tabMatcher(['schedule', 'settings', 'substitutions', 'staff', 'requests', 'coverage', 'rollout']);

/**
 * Every e-mail of a week, composed from the Sheet as it stands; `reported`: Monday of the week whose
 * requests the digest counts; `mailLog` tells the admins what was not sent.
 */
export const composeWeek = (ctx: JobContext, weekOf: CalendarDate, today: CalendarDate, reported: CalendarDate, mailLog: MailLogRead | null): OutgoingMail[] => {
  const { staff } = ctx.analysis;
  const log = ctx.workbook.tabs.find((t) => findSheet(ctx.spreadsheet, 'requests')?.getName() === t.name);
  const requests = log ? readRequestRows(log).requests : [];
  const school = ctx.analysis.settings.schoolName;
  const week = isoWeek(weekOf);
  const mails = personSummaryMails(ctx.m, school, week, weekOf, personWeeks(ctx.analysis, staff, requests, weekOf, today));
  const admins = adminAddresses(ctx.analysis.settings, staff);
  if (admins.length > 0) mails.push(digestMail(ctx.m, school, admins, weekOf, composeDigest(ctx.analysis, requests, weekOf, today, reported, mailLog && readMailLog(mailLog.tab))));
  return mails;
};

/** Sends what waits within the budget and arranges the next run when something is left. */
const sendWithinBudget = (svc: Services, ctx: JobContext, started: number): FlushResult => {
  return withScriptLock(svc, () => {
    const result = flushOutbox(svc, ctx.spreadsheet, ctx.m, () => new Date(), () => Date.now() - started > TIME_BUDGET_MS);
    scheduleSending(svc, result, Date.now());
    return result;
  });
};

export interface WeeklyOutcome {
  week: string;
  composed: number;
  queued: number;
  sent: number;
  waiting: number;
}

export const sendWeeklySummaries = (svc: Services, now: Date): WeeklyOutcome => {
  const started = Date.now();
  // First the answers a broken form trigger missed, so the summaries count them. The tabs it read serve
  // the summaries too: what it imports is added to its copy of the request log.
  const { ctx } = reconcileRequests(svc, now, ALL_TABS);
  const today = schoolTime(svc, now, ctx.analysis.settings.timeZone).date;
  // The day the trigger was made for (Settings may have changed since, until Repair re-makes it).
  const summaryDay = weeklyTriggerDay(svc) ?? ctx.analysis.settings.summaryDay;
  const weekOf = weekToSummarise(today, summaryDay);
  const week = isoWeek(weekOf);
  const marker = `weekly:queued:${week}`;
  let composed = 0;
  let queued = 0;
  if (documentProperties(svc).getProperty(marker) === null) {
    queued = withScriptLock(svc, () => {
      // Read once under the lock: the digest lists what was given up on, and the queue skips what is logged.
      const mailLog = readMailLogTab(ctx.spreadsheet);
      const mails = composeWeek(ctx, weekOf, today, reportedWeek(today, summaryDay), mailLog);
      composed = mails.length;
      return enqueueMail(ctx.spreadsheet, mails, now, ctx.m, mailLog).length;
    });
    // Set only once everything is queued: a run cut short before this point composes again, and the keys
    // already in the Mail log keep that from queueing anything twice.
    documentProperties(svc).setProperty(marker, now.toISOString());
  }
  const sent = sendWithinBudget(svc, ctx, started);
  const outcome = { week, composed, queued, sent: sent.sent, waiting: sent.waiting };
  recordJob(svc, 'sendWeeklySummaries', now, { sent: outcome.sent, waiting: outcome.waiting });
  return outcome;
};

/**
 * The later run (SEND_LATER_HANDLER): only sends what the Mail log holds, left by a run short of time or
 * quota, or a failed message's next try. Recorded as its own job, so it never hides a weekly run that stopped.
 */
export const continueWeeklySummaries = (svc: Services, now: Date): FlushResult => {
  const ctx = loadContext(svc, tabMatcher(['settings']));
  const result = sendWithinBudget(svc, ctx, Date.now());
  recordJob(svc, 'sendLater', now, { sent: result.sent, waiting: result.waiting });
  return result;
};

/** The e-mails of the week holding `date` (YYYY-MM-DD) as they would go out, nothing queued or sent. */
export const previewWeek = (svc: Services, date: string, today: string): OutgoingMail[] => {
  const parse = (text: string): CalendarDate => {
    const [year, month, day] = text.split('-').map(Number);
    return { year: year!, month: month!, day: day! };
  };
  // Seen on the earlier of the week's Monday and today, as the weekly run sees it before the week begins:
  // a substitution earlier in that week is not history yet.
  const monday = mondayOf(parse(date));
  const seenOn = isoDate(monday) < today ? monday : parse(today);
  const ctx = loadContext(svc, ALL_TABS, seenOn);
  const summaryDay = ctx.analysis.settings.summaryDay;
  return composeWeek(ctx, parse(date), parse(today), reportedWeek(announcedOn(parse(date), summaryDay), summaryDay), readMailLogTab(ctx.spreadsheet));
};
