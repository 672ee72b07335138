/**
 * Kinds of help: `technical` and `methodical`, read from Russian and English words (`техническая помощь`,
 * `Methodical`); a cell may name several. An empty cell means the slot covers every kind.
 */
import { fail, ok, type Result } from './problems';

export const KINDS = ['technical', 'methodical'] as const;
export type Kind = (typeof KINDS)[number];

const STEMS: Record<Kind, string[]> = {
  technical: ['технич', 'tech', 'техн', 'it'],
  methodical: ['методич', 'метод', 'method', 'pedagog', 'педагогич'],
};

// Words that may stand beside a kind without naming one: `помощь`, `консультация`, `help`.
const FILLER = /^(?:помощь|помощи|поддержка|консультаци\S*|help|support|assistance|и|and)$/;

export const parseKindWord = (word: string): Kind | null => {
  const w = word.toLowerCase().replace(/ё/g, 'е').trim();
  for (const kind of KINDS) if (STEMS[kind].some((s) => w === s || (s.length > 2 && w.startsWith(s)))) return kind;
  return null;
};

/** Every kind the cell names, in catalogue order; `[]` for an empty cell (every kind). */
export const parseKinds = (cell: string): Result<Kind[]> => {
  const found = new Set<Kind>();
  const words = cell
    .split(/[\s,;/+&]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
  for (const word of words) {
    const kind = parseKindWord(word);
    if (kind) found.add(kind);
    else if (!FILLER.test(word.toLowerCase())) return fail((t) => t.kindUnreadable(cell.trim()));
  }
  return ok(KINDS.filter((k) => found.has(k)));
};
