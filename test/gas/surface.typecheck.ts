/**
 * Compile-time proof that the real Apps Script services satisfy the surface the shell is written against:
 * if Google's types and ours disagree, `npm run typecheck` fails here. Nothing runs.
 */
import type { Services } from '../../src/gas/surface';

export const realServicesFitTheSurface = (): Services => ({
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
