import { mapHeaders, type Synonyms } from '../../src/core/headers';
import { catalogue, type Language } from '../../src/core/i18n';
import { ROLLOUT_SYNONYMS } from '../../src/core/rollout';
import { LIST_SYNONYMS } from '../../src/core/schedule';
import { STAFF_SYNONYMS } from '../../src/core/staff';
import { TAB_COLUMNS, type TabKey } from '../../src/core/tabs';

const readers: [TabKey, Synonyms<string>][] = [
  ['schedule', LIST_SYNONYMS],
  ['rollout', ROLLOUT_SYNONYMS],
  ['staff', STAFF_SYNONYMS],
];

describe('the headers set-up writes', () => {
  it.each((['ru', 'en'] as Language[]).flatMap((l) => readers.map(([tab, syn]) => [l, tab, syn] as const)))(
    'in %s, the %s tab is read back column by column',
    (language, tab, synonyms) => {
      const m = catalogue(language);
      const header = TAB_COLUMNS[tab].map((c) => m.columnTitle(tab, c));
      const map = mapHeaders(header, synonyms);
      for (const [i, column] of TAB_COLUMNS[tab].entries()) expect([column, map[column]]).toEqual([column, i]);
    },
  );
});
