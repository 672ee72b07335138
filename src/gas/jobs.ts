/** The last run and outcome of each job, kept in document properties for the health check. */
import type { Services } from './surface';

export const JOBS = ['handleFormSubmit', 'handleRequestEdit', 'sendWeeklySummaries', 'reconcileRequests'] as const;
export type JobName = (typeof JOBS)[number];

export interface JobRecord {
  at: string;
  outcome: string;
}

const key = (job: JobName) => `job:${job}`;
const props = (svc: Services) => svc.PropertiesService.getDocumentProperties() ?? svc.PropertiesService.getScriptProperties();

export const recordJob = (svc: Services, job: JobName, at: Date, outcome: string): void => {
  props(svc).setProperty(key(job), JSON.stringify({ at: at.toISOString(), outcome: outcome.slice(0, 500) }));
};

export const lastRun = (svc: Services, job: JobName): JobRecord | null => {
  const raw = props(svc).getProperty(key(job));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as JobRecord;
  } catch {
    return null;
  }
};
