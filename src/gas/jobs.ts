/** The last run and outcome of each job, kept in document properties for the health check. */
import type { Services } from './surface';

export const JOBS = ['handleFormSubmit', 'handleRequestEdit', 'sendWeeklySummaries', 'reconcileRequests', 'sendLater'] as const;
export type JobName = (typeof JOBS)[number];

/** What a run did, as counts the health check puts into words: sent, waiting, imported, logged, ignored. */
export type JobCounts = Partial<Record<'sent' | 'waiting' | 'imported' | 'logged' | 'ignored' | 'queued' | 'deferred', number>>;

export interface JobRecord {
  at: string;
  counts: JobCounts;
}

const key = (job: JobName) => `job:${job}`;
/** The Sheet's own properties, or the script's when there is no document (a script run outside a Sheet). */
export const documentProperties = (svc: Services) => svc.PropertiesService.getDocumentProperties() ?? svc.PropertiesService.getScriptProperties();

export const recordJob = (svc: Services, job: JobName, at: Date, counts: JobCounts): void => {
  documentProperties(svc).setProperty(key(job), JSON.stringify({ at: at.toISOString(), counts }));
};

export const lastRun = (svc: Services, job: JobName): JobRecord | null => {
  const raw = documentProperties(svc).getProperty(key(job));
  if (!raw) return null;
  try {
    const record = JSON.parse(raw) as JobRecord;
    return { at: record.at, counts: record.counts ?? {} };
  } catch {
    return null;
  }
};
