/**
 * Kinds of help: `technical` and `methodical`, read from Russian and English words (`техническая помощь`,
 * `Methodical`); a cell may name several. An empty cell means the slot covers every kind.
 */
import { fail, ok, type Result } from './problems';

export const KINDS = ['technical', 'methodical'] as const;
export type Kind = (typeof KINDS)[number];

const STEMS: Record<Kind, string[]> = {
  technical: ['технич', 'tech', 'техн', 'тех', 'it'],
  methodical: ['методич', 'метод', 'method', 'pedagog', 'педагогич'],
};

// Words that may stand beside a kind without naming one: `помощь`, `консультация`, `help`, and whom or what
// it is for (`Методическая помощь учителям`, `техническая поддержка по работе с ЭЖ`). Any other word is
// refused, so a kind we do not know (`юридическая`) is never dropped in silence.
const FILLER = new RegExp(
  `^(?:${[
    'помощь', 'помощи', 'поддержка', 'консультаци\\S*', 'обслуживани\\S*', 'сопровождени\\S*', 'help', 'support', 'assistance', 'и', 'and',
    'для', 'по', 'с', 'со', 'при', 'в', 'на', 'for', 'with', 'on', 'to', 'of', 'in',
    'учител\\S*', 'педагог(?:ам?|ов|у|и|ами)?', 'родител\\S*', 'учени\\S*', 'учащи\\S*', 'обучающи\\S*', 'школьник\\S*',
    'сотрудник\\S*', 'работник\\S*', 'классн\\S*', 'руководител\\S*', 'teachers?', 'parents?', 'students?', 'pupils?', 'staff',
    'работ[аеуы]', 'вопрос\\S*', 'электронн\\S*', 'журнал\\S*', 'дневник\\S*', 'эж', 'e-?journal', 'journal', 'gradebooks?', 'grade', 'books?', 'electronic', 'online', 'the', 'a', 'questions?', 'вид(?:ы|а|ов)?', 'kinds?', 'types?',
  ].join('|')})$`,
);

// Both kinds in one word (`обе`, `Both`, `All`): the same as naming each.
const EVERY_KIND = new Set(['обе', 'оба', 'все', 'всё', 'любая', 'любой', 'любые', 'both', 'all', 'any', 'either']);

export const parseKindWord = (word: string): Kind | null => {
  const w = word.toLowerCase().replace(/ё/g, 'е').trim();
  for (const kind of KINDS) if (STEMS[kind].some((s) => w === s || (s.length > 2 && w.startsWith(s)))) return kind;
  return null;
};

/** Every kind the cell names, in catalogue order; `[]` for an empty cell (every kind). */
export const parseKinds = (cell: string): Result<Kind[]> => {
  const found = new Set<Kind>();
  let every = false;
  const words = cell
    .split(/[\s,;/+&().:«»"]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
  for (const word of words) {
    // `Учебно-методическая`, `организационно-методическая`, `программно-техническая`: the last part names the kind.
    const kind = parseKindWord(word) ?? (word.includes('-') ? parseKindWord(word.slice(word.lastIndexOf('-') + 1)) : null);
    if (kind) found.add(kind);
    else if (EVERY_KIND.has(word.toLowerCase())) every = true;
    else if (!FILLER.test(word.toLowerCase())) return fail((t) => t.kindUnreadable(cell.trim()));
  }
  // `все технические вопросы`, `Technical help for all`: a kind named says which; `обе`, `Both` alone say both.
  if (every && found.size === 0) return ok([...KINDS]);
  return ok(KINDS.filter((k) => found.has(k)));
};
