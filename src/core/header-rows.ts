/**
 * Which row holds a tab's headers, for the code that writes under them (set-up, the due dates, the
 * sidebar): the same row the readers find, so a title above a school's table is never taken for headers.
 */
import { COVERAGE_REQUIRED, COVERAGE_SYNONYMS } from './coverage';
import { headerRowOf } from './headers';
import { ROLLOUT_REQUIRED, ROLLOUT_SYNONYMS } from './rollout';
import { findHeaderRow } from './schedule';
import { STAFF_REQUIRED, STAFF_SYNONYMS } from './staff';
import { SUBSTITUTION_REQUIRED, SUBSTITUTION_SYNONYMS } from './substitutions';
import type { TabKey } from './tabs';
import type { Tab } from './workbook';

/** 0-based. The tabs the help desk writes itself (requests, the Mail log, Settings) keep theirs in row 1. */
export const tabHeaderRow = (tab: Tab, key: TabKey): number => {
  switch (key) {
    case 'schedule':
      return findHeaderRow(tab).row;
    case 'coverage':
      return headerRowOf(tab.rows, COVERAGE_SYNONYMS, COVERAGE_REQUIRED);
    case 'substitutions':
      return headerRowOf(tab.rows, SUBSTITUTION_SYNONYMS, SUBSTITUTION_REQUIRED);
    case 'rollout':
      return headerRowOf(tab.rows, ROLLOUT_SYNONYMS, ROLLOUT_REQUIRED);
    case 'staff':
      return headerRowOf(tab.rows, STAFF_SYNONYMS, STAFF_REQUIRED);
    default:
      return 0;
  }
};
