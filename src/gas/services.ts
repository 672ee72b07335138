/** The Apps Script globals, gathered and typed as the surface the shell may use. */
import type { Services } from './surface';

/** Read at call time, not at load: the bundle must load in a context that has no services (the build does). */
export const liveServices = (): Services => ({
  SpreadsheetApp,
  HtmlService,
  PropertiesService,
  LockService,
  CacheService,
  Session,
  Utilities,
  ScriptApp,
  MailApp,
  FormApp,
});
