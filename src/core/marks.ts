/**
 * Highlights and notes on cells: which cells should carry a mark (a bad value, an overlap) and how to get
 * from what a tab shows now to that, touching only our own marks. An administrator's own colours and
 * notes are kept: our notes start with a sign and sit above theirs.
 */
import type { Analysis } from './check-report';
import { parseCellRef } from './cells';
import type { Conflict } from './conflicts';
import type { Messages } from './i18n/messages';
import { type MergedBlock, shownAt } from './merged-cells';

export type MarkKind = 'error' | 'conflict' | 'warning';

export const MARK_COLORS: Record<MarkKind, string> = { error: '#f4cccc', conflict: '#fce5cd', warning: '#fff2cc' };
export const PLAIN_BACKGROUND = '#ffffff';
/**
 * Opens every note we write: the sign people see, then a zero-width space nobody types, so a school's own
 * note that starts with ⚠ is never taken for ours (and cleared with our marks).
 */
export const NOTE_SIGN = '⚠\u200b ';
/** Closes our part of a note, unseen: whatever a secretary types after it is theirs and is kept. */
export const NOTE_END = '\u200b';
/** Between our note and the one an administrator wrote before. */
export const NOTE_SEPARATOR = '\n———\n';
/** How our notes began before the zero-width marks; taken for ours once per tab, when it is first marked again. */
const OLD_SIGN = '⚠ ';

/** A note we may have written, old or new; enough to know how far to read a tab. */
export const mayBeOurNote = (note: string): boolean => note.startsWith(NOTE_SIGN) || note.startsWith(OLD_SIGN);

/** Our note for a cell; the sentences quote cells, so a zero-width space in one cannot end our part early. */
export const ourNote = (texts: readonly string[]): string => NOTE_SIGN + texts.map((t) => t.split(NOTE_END).join('')).join('\n') + NOTE_END;

const SEVERITY: Record<MarkKind, number> = { error: 3, conflict: 2, warning: 1 };

export interface CellMark {
  /** 0-based row and column in the tab. */
  row: number;
  column: number;
  kind: MarkKind;
  text: string;
}

/** A block of cells, 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface MarkGrid {
  backgrounds: string[][];
  notes: string[][];
}

const conflictMarks = (tab: string, c: Conflict, m: Messages): CellMark[] => {
  const day = c.date ? `${m.dayName(c.day)} ${m.date(c.date)}` : m.dayName(c.day);
  const range = m.timeRange(c.overlap);
  const [a, b] = c.slots;
  const note = (other: typeof a) =>
    c.type === 'person'
      ? m.noteConflictPerson(c.who, day, range, other.cell)
      : m.noteConflictRoom(c.who, day, range, other.cell, other.person);
  const marks: CellMark[] = [];
  if (a.tab === tab) marks.push({ row: a.row, column: a.column, kind: 'conflict', text: note(b) });
  if (b.tab === tab) marks.push({ row: b.row, column: b.column, kind: 'conflict', text: note(a) });
  return marks;
};

/**
 * The marks one tab should carry: every problem located in it and each cell of an overlap. A problem of the
 * whole tab (a required column missing) is marked on A1, where it is seen however the tab is scrolled.
 */
export const marksForTab = (tab: string, analysis: Pick<Analysis, 'problems' | 'conflicts'>, m: Messages): CellMark[] => {
  const marks: CellMark[] = [];
  for (const p of analysis.problems) {
    const at = parseCellRef(p.cell) ?? (p.cell === tab ? { tab, row: 0, column: 0 } : null);
    if (at && at.tab === tab) marks.push({ row: at.row, column: at.column, kind: p.severity, text: p.text(m) });
  }
  for (const c of analysis.conflicts) marks.push(...conflictMarks(tab, c, m));
  return marks;
};

const ourColour = (background: string): MarkKind | null => {
  const bg = background.toLowerCase();
  for (const kind of Object.keys(MARK_COLORS) as MarkKind[]) if (MARK_COLORS[kind] === bg) return kind;
  return null;
};

/** Whether a note is ours: by its sign; `oldNotes`, on a tab marked before the zero-width marks, by the old one too. */
const isOurNote = (note: string, oldNotes: boolean): boolean => note.startsWith(NOTE_SIGN) || (oldNotes && note.startsWith(OLD_SIGN));

/**
 * Our mark on a cell, if it carries one: one of our colours with our note. The colours alone are the
 * palette's light red, orange and yellow, which administrators use too; we always write both.
 */
const ourMark = (background: string, note: string, oldNotes: boolean): MarkKind | null => (isOurNote(note, oldNotes) ? ourColour(background) : null);

/**
 * The school's part of a note: all of it when the note is not ours; else what follows our closing mark
 * (typed there by hand, or kept below our separator). An old note without that mark keeps what follows
 * the separator.
 */
const foreignNote = (note: string, oldNotes: boolean): string => {
  if (!isOurNote(note, oldNotes)) return note;
  const end = note.startsWith(NOTE_SIGN) ? note.indexOf(NOTE_END, NOTE_SIGN.length) : -1;
  if (end < 0) {
    const at = note.indexOf(NOTE_SEPARATOR);
    return at < 0 ? '' : note.slice(at + NOTE_SEPARATOR.length);
  }
  const rest = note.slice(end + NOTE_END.length);
  if (rest.startsWith(NOTE_SEPARATOR)) return rest.slice(NOTE_SEPARATOR.length);
  return rest.trim() === '' ? '' : rest.replace(/^[^\S\n]*\n/, '');
};

/**
 * The fill a cell goes back to when our mark leaves it: the school's own fill of the row around it (a grey
 * header row, a row coloured by weekday), when the nearest cells on both sides that carry no mark of ours
 * share it, or, at the header row's edge (A1), the two nearest on its one side; plain otherwise. Our mark covered
 * whatever the cell had, unrecorded, and a single coloured neighbour says nothing about the row.
 */
const rowFill = (current: MarkGrid, r: number, c: number, ours: (row: number, column: number) => boolean): string => {
  const row = current.backgrounds[r] ?? [];
  const unmarked = (from: number, step: number): string[] => {
    const out: string[] = [];
    for (let k = from; k >= 0 && k < row.length && out.length < 2; k += step) {
      if (!ours(r, k)) out.push((row[k] ?? PLAIN_BACKGROUND).toLowerCase());
    }
    return out;
  };
  const [left, right] = [unmarked(c - 1, -1), unmarked(c + 1, 1)];
  // One side alone speaks for the header row only, where a tab's own problems are marked on A1: in a data
  // row, a plain column of names beside shaded weekday columns is plain.
  const oneSide = r === 0 ? (left.length > 0 ? left : right) : [];
  const pair = left.length > 0 && right.length > 0 ? [left[0]!, right[0]!] : oneSide;
  return pair.length === 2 && pair[0] === pair[1] ? pair[0]! : PLAIN_BACKGROUND;
};

/**
 * Whether a cell's fill is a copy of our mark: Sheets gives a row inserted beside a marked row that row's
 * fills, but not its notes. So a cell in one of our colours with no note, in a row that may be such a
 * copy (`fresh`), next to our mark of that colour, directly or across more such cells (several rows
 * inserted), is ours to clear.
 */
const copiedMark = (current: MarkGrid, r: number, c: number, fresh: (row: number) => boolean, oldNotes: boolean): boolean => {
  const colour = ourColour(current.backgrounds[r]?.[c] ?? PLAIN_BACKGROUND);
  if (colour === null || (current.notes[r]?.[c] ?? '') !== '' || !fresh(r)) return false;
  const copy = (k: number) => fresh(k) && (current.notes[k]?.[c] ?? '') === '' && ourColour(current.backgrounds[k]?.[c] ?? PLAIN_BACKGROUND) === colour;
  for (const step of [-1, 1]) {
    let k = r + step;
    while (k >= 0 && k < current.backgrounds.length && copy(k)) k += step;
    if (k >= 0 && k < current.backgrounds.length && ourMark(current.backgrounds[k]?.[c] ?? PLAIN_BACKGROUND, current.notes[k]?.[c] ?? '', oldNotes) === colour) return true;
  }
  return false;
};

const isBlank = (v: unknown): boolean => v === '' || v === null || v === undefined;

/**
 * The rows `copiedMark` may clear: those that were blank before this run, as `getValues` gives them. A row
 * just typed in (`typed`, the cells of the edit) counts when nothing outside the typed cells is written:
 * it was blank before, an inserted row being filled in.
 */
export const freshRows =
  (values: readonly (readonly unknown[])[], typed: Rect | null = null) =>
  (row: number): boolean => {
    const cells = values[row] ?? [];
    if (typed === null || row < typed.top || row > typed.bottom) return cells.every(isBlank);
    return cells.every((v, c) => isBlank(v) || (c >= typed.left && c <= typed.right));
  };

// A1 is always in scope: it carries the tab's own problems, which an edit anywhere in the tab (a header
// renamed) may cause or end.
const inside = (r: Rect | null, row: number, column: number): boolean =>
  r === null || (row === 0 && column === 0) || (row >= r.top && row <= r.bottom && column >= r.left && column <= r.right);

export interface PlanOptions {
  /** The edited range: a new problem mark appears only inside it. Null: anywhere (a full check). */
  scope?: Rect | null;
  /** False: notes only, the cell's colour left as it is (a tab whose rows an administrator colours by hand). */
  fill?: boolean;
  /** Rows that may be an inserted copy of a marked row (see copiedMark). */
  fresh?: (row: number) => boolean;
  /** The tab was last marked before the zero-width marks: notes opening with the old sign are ours this once. */
  oldNotes?: boolean;
  /** The tab's merged ranges: a mark for a cell inside one goes on its first cell, the only one seen. */
  merged?: readonly MergedBlock[];
}

/**
 * From the tab's current backgrounds and notes to the wanted marks. Every mark of ours that is no longer
 * wanted is cleared and every one still wanted is brought up to date, wherever it is: an edit in one row
 * can end an overlap or a problem in another. A new problem mark appears only inside `scope`, so an edit
 * does not light up problems elsewhere that a check has not shown yet; a new overlap appears anywhere.
 * Returns the new grid and the block that changed.
 */
export const planMarks = (current: MarkGrid, wanted: readonly CellMark[], options: PlanOptions = {}): { grid: MarkGrid; changed: Rect | null } => {
  const { scope = null, fill = true, fresh = () => false, oldNotes = false, merged = [] } = options;
  const seen = shownAt(merged);
  // Our marks and the copies Sheets made of them are not the row's own fill.
  const oursAt = (r: number, c: number): boolean => {
    const [bg, note] = [current.backgrounds[r]?.[c] ?? PLAIN_BACKGROUND, current.notes[r]?.[c] ?? ''];
    return ourMark(bg, note, oldNotes) !== null || copiedMark(current, r, c, fresh, oldNotes);
  };
  const byCell = new Map<string, { kind: MarkKind; texts: string[]; overlap: boolean }>();
  for (const w of wanted) {
    const at = seen(w.row, w.column);
    const key = `${at.row},${at.column}`;
    const known = byCell.get(key);
    if (!known) byCell.set(key, { kind: w.kind, texts: [w.text], overlap: w.kind === 'conflict' });
    else {
      if (SEVERITY[w.kind] > SEVERITY[known.kind]) known.kind = w.kind;
      if (!known.texts.includes(w.text)) known.texts.push(w.text);
      known.overlap ||= w.kind === 'conflict';
    }
  }
  const rows = wanted.reduce((n, w) => Math.max(n, w.row + 1), current.backgrounds.length);
  const columns = wanted.reduce((n, w) => Math.max(n, w.column + 1), current.backgrounds[0]?.length ?? 0);
  const grid: MarkGrid = { backgrounds: [], notes: [] };
  let changed: Rect | null = null;
  for (let r = 0; r < rows; r++) {
    const bgRow: string[] = [];
    const noteRow: string[] = [];
    for (let c = 0; c < columns; c++) {
      const bg = current.backgrounds[r]?.[c] ?? PLAIN_BACKGROUND;
      const note = current.notes[r]?.[c] ?? '';
      // Without fills, a mark is our note alone.
      const ours = fill ? ourMark(bg, note, oldNotes) : isOurNote(note, oldNotes) ? 'warning' : null;
      const want = byCell.get(`${r},${c}`);
      let nextBg = bg;
      let nextNote = note;
      if (want && (ours !== null || want.overlap || inside(scope, r, c))) {
        const foreign = foreignNote(note, oldNotes);
        if (fill) nextBg = MARK_COLORS[want.kind];
        nextNote = ourNote(want.texts) + (foreign ? NOTE_SEPARATOR + foreign : '');
      } else if (!want && isOurNote(note, oldNotes)) {
        // Our note goes even where its fill was changed or cleared by hand (Clear formatting keeps notes).
        if (ours !== null && fill) nextBg = rowFill(current, r, c, oursAt);
        nextNote = foreignNote(note, oldNotes);
      } else if (!want && fill && copiedMark(current, r, c, fresh, oldNotes)) {
        nextBg = rowFill(current, r, c, oursAt);
      }
      bgRow.push(nextBg);
      noteRow.push(nextNote);
      if (nextBg !== bg || nextNote !== note) {
        changed = changed
          ? { top: Math.min(changed.top, r), left: Math.min(changed.left, c), bottom: Math.max(changed.bottom, r), right: Math.max(changed.right, c) }
          : { top: r, left: c, bottom: r, right: c };
      }
    }
    grid.backgrounds.push(bgRow);
    grid.notes.push(noteRow);
  }
  return { grid, changed };
};

/** The part of a grid inside a block, for one batched write. */
export const cut = (grid: string[][], r: Rect): string[][] => grid.slice(r.top, r.bottom + 1).map((row) => row.slice(r.left, r.right + 1));
