/**
 * Trigger health: which triggers exist (and whose), the ones missing, doubled or silent (form answers
 * not reaching the log, a weekly job that stopped), mail quota and queue, the last run of each job, and
 * time zones that disagree. `repairTriggers` fixes what can be fixed in one go.
 */
import { readMailLog } from '../core/outbox';
import { readRequestRows } from '../core/request-log';
import { adminAddresses } from '../core/staff';
import { handledAnswers } from '../core/answer-ledger';
import { isBlankAnswer } from '../core/intake';
import { WEEKLY_STALE_DAYS } from '../core/week';
import { loadContext } from './context';
import { answersInSheets, findResponsesSheets, headerIn, loadLedger, reconcileRequests, sendQueued } from './intake';
import { documentProperties, JOBS, lastRun } from './jobs';
import { findSheet, tabMatcher } from './sheets';
import type { Services } from './surface';
import { ensureTrigger, installedByOther, TRIGGER_KINDS, type TriggerKind, triggersOf, WEEKLY_SINCE, weeklyTriggerDay, weeklyTriggerOutdated } from './triggers';

const DAY = 24 * 3600 * 1000;

export interface HealthReport {
  ok: boolean;
  lines: string[];
  triggers: { kind: TriggerKind; count: number }[];
  unprocessedAnswers: number;
  weeklyStaleDays: number | null;
  mailQuota: number;
  queuedMail: number;
}

const HEALTH_TABS = tabMatcher(['settings', 'staff', 'requests', 'mailLog']);

export const triggerHealth = (svc: Services, now: Date): HealthReport => {
  const ctx = loadContext(svc, HEALTH_TABS);
  const { m } = ctx;
  const problems: string[] = [];
  const info: string[] = [];
  const triggers = TRIGGER_KINDS.map((kind) => ({ kind, count: triggersOf(svc, kind).length }));
  for (const t of triggers) {
    const name = m.triggerKindName(t.kind);
    if (t.count === 0) problems.push(m.healthTriggerMissing(name));
    else if (t.count > 1) problems.push(m.healthTriggerDuplicates(name, t.count));
    else info.push(m.healthTriggerOk(name, t.count));
  }
  if (installedByOther(svc)) problems.push(m.healthOtherInstaller());

  // A form trigger that exists but does not fire shows as answers that never reached the log.
  const requestsTab = ctx.workbook.tabs.find((t) => t.name === findSheet(ctx.spreadsheet, 'requests')?.getName());
  const logged = new Set(requestsTab ? readRequestRows(requestsTab).requests.map((r) => r.responseKey) : []);
  const ledger = loadLedger(svc);
  let unprocessedAnswers = 0;
  const answered = answersInSheets(findResponsesSheets(ctx.spreadsheet.getSheets(), headerIn(ctx)));
  // As the import sees them: an answer corrected in the responses sheet is not one the trigger missed.
  const handled = handledAnswers(ledger, answered);
  for (const [i, { answers, keys }] of answered.entries()) {
    if (!isBlankAnswer(answers) && !handled[i] && !keys.some((k) => logged.has(k))) unprocessedAnswers++;
  }
  if (unprocessedAnswers > 0) problems.push(m.healthFormNotDelivering(unprocessedAnswers));

  // Stale from the last run, or from the install when it never ran (a trigger failing every time never records one).
  const weekly = lastRun(svc, 'sendWeeklySummaries');
  const weeklyInstalled = weeklyTriggerDay(svc) !== null;
  const since = documentProperties(svc).getProperty(WEEKLY_SINCE);
  const signs = [weekly?.at, since].map((at) => (at ? Date.parse(at) : Number.NaN)).filter(Number.isFinite);
  const weeklyStaleDays = signs.length > 0 ? Math.floor((now.getTime() - Math.max(...signs)) / DAY) : null;
  if (weeklyInstalled && weeklyStaleDays !== null && weeklyStaleDays > WEEKLY_STALE_DAYS) problems.push(m.healthWeeklyStale(weeklyStaleDays));
  const { summaryDay, summaryHour } = ctx.analysis.settings;
  if (weeklyTriggerOutdated(svc, { day: summaryDay, hour: summaryHour, timeZone: ctx.analysis.settings.timeZone })) {
    problems.push(m.healthWeeklyOutdated(m.dayName(summaryDay), summaryHour));
  }

  const settingsZone = ctx.analysis.settings.timeZone;
  const scriptZone = svc.Session.getScriptTimeZone();
  const sheetZone = ctx.spreadsheet.getSpreadsheetTimeZone();
  // The script's own zone (the manifest's) decides nothing: every date is read and written in a named zone.
  if (settingsZone !== sheetZone) problems.push(m.healthTimeZones(scriptZone, sheetZone, settingsZone));

  const log = ctx.workbook.tabs.find((t) => t.name === findSheet(ctx.spreadsheet, 'mailLog')?.getName());
  const entries = log ? readMailLog(log).entries : [];
  const queuedMail = entries.filter((e) => e.status === 'queued' || e.status === 'failed').length;
  const gaveUp = entries.filter((e) => e.status === 'gaveUp').length;
  if (gaveUp > 0) problems.push(m.healthMailGaveUp(gaveUp));
  if (adminAddresses(ctx.analysis.settings, ctx.analysis.staff).length === 0) problems.push(m.healthNoAdmins());
  const mailQuota = svc.MailApp.getRemainingDailyQuota();
  info.push(m.healthQuota(mailQuota, queuedMail));
  for (const job of JOBS) {
    const run = lastRun(svc, job);
    info.push(run ? m.healthJob(m.jobName(job), svc.Utilities.formatDate(new Date(run.at), settingsZone, m.dateTimePattern()), m.jobCounts(run.counts)) : m.healthJobNever(m.jobName(job)));
  }
  return { ok: problems.length === 0, lines: problems.length === 0 ? [m.healthAllGood(), ...info] : [...problems, ...info], triggers, unprocessedAnswers, weeklyStaleDays, mailQuota, queuedMail };
};

/** One action: every trigger present once (a silent one re-made), missed answers imported, queued mail sent. */
export const repairTriggers = (svc: Services, now: Date): HealthReport => {
  const before = triggerHealth(svc, now);
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const { analysis } = loadContext(svc, tabMatcher(['settings']));
  const weekly = { day: analysis.settings.summaryDay, hour: analysis.settings.summaryHour, timeZone: analysis.settings.timeZone };
  ensureTrigger(svc, 'formSubmit', ss.getId(), undefined, before.unprocessedAnswers > 0);
  ensureTrigger(svc, 'edit', ss.getId());
  ensureTrigger(svc, 'change', ss.getId());
  ensureTrigger(svc, 'weekly', ss.getId(), weekly, (before.weeklyStaleDays ?? 0) > WEEKLY_STALE_DAYS);
  const { ctx } = reconcileRequests(svc, now);
  sendQueued(svc, ctx);
  return triggerHealth(svc, now);
};

/** «Install or repair triggers»: exactly one of each, however often it runs. */
export const installTriggers = (svc: Services): void => {
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const { analysis } = loadContext(svc, tabMatcher(['settings']));
  ensureTrigger(svc, 'formSubmit', ss.getId());
  ensureTrigger(svc, 'edit', ss.getId());
  ensureTrigger(svc, 'change', ss.getId());
  ensureTrigger(svc, 'weekly', ss.getId(), { day: analysis.settings.summaryDay, hour: analysis.settings.summaryHour, timeZone: analysis.settings.timeZone });
};
