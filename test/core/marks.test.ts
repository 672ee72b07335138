import { catalogue } from '../../src/core/i18n';
import { type CellMark, freshRows, MARK_COLORS, marksForTab, NOTE_SEPARATOR, ourNote, PLAIN_BACKGROUND, planMarks } from '../../src/core/marks';
import { problem } from '../../src/core/problems';

const ru = catalogue('ru');

const grid = (rows: number, cols: number, bg = PLAIN_BACKGROUND, note = '') => ({
  backgrounds: Array.from({ length: rows }, () => Array.from({ length: cols }, () => bg)),
  notes: Array.from({ length: rows }, () => Array.from({ length: cols }, () => note)),
});

const mark = (row: number, column: number, kind: CellMark['kind'], text = 'x'): CellMark => ({ row, column, kind, text });

describe('planMarks', () => {
  it('marks a cell and reports only the changed block', () => {
    const { grid: next, changed } = planMarks(grid(5, 5), [mark(2, 3, 'error', 'плохо')]);
    expect(next.backgrounds[2]![3]).toBe(MARK_COLORS.error);
    expect(next.notes[2]![3]).toBe(ourNote(['плохо']));
    expect(changed).toEqual({ top: 2, left: 3, bottom: 2, right: 3 });
  });

  it('is idempotent: planning again over its own result changes nothing', () => {
    const first = planMarks(grid(4, 4), [mark(0, 0, 'conflict'), mark(3, 3, 'warning')]);
    expect(planMarks(first.grid, [mark(0, 0, 'conflict'), mark(3, 3, 'warning')]).changed).toBeNull();
  });

  it('the stronger mark wins and both sentences stay', () => {
    const { grid: next } = planMarks(grid(1, 1), [mark(0, 0, 'conflict', 'a'), mark(0, 0, 'error', 'b')]);
    expect(next.backgrounds[0]![0]).toBe(MARK_COLORS.error);
    expect(next.notes[0]![0]).toBe(ourNote(['a', 'b']));
  });

  it('clears only its own colours and keeps an administrator’s note below its own', () => {
    const current = grid(1, 3);
    current.backgrounds[0] = [MARK_COLORS.error, '#00ff00', PLAIN_BACKGROUND];
    current.notes[0] = [`${ourNote(['old'])}${NOTE_SEPARATOR}их заметка`, 'своя', ''];
    const { grid: next } = planMarks(current, []);
    expect(next.backgrounds[0]).toEqual([PLAIN_BACKGROUND, '#00ff00', PLAIN_BACKGROUND]);
    expect(next.notes[0]).toEqual(['их заметка', 'своя', '']);
  });

  it('outside the edited range a mark still wanted is kept up to date and one no longer wanted is cleared; no new problem mark appears there', () => {
    const current = grid(6, 1);
    current.backgrounds[1]![0] = MARK_COLORS.error;
    current.notes[1]![0] = ourNote(['old words']);
    current.backgrounds[2]![0] = MARK_COLORS.conflict;
    current.notes[2]![0] = ourNote(['gone']);
    current.backgrounds[5]![0] = MARK_COLORS.warning;
    current.notes[5]![0] = ourNote(['fixed elsewhere']);
    const scope = { top: 3, left: 0, bottom: 3, right: 0 };
    const { grid: next } = planMarks(current, [mark(3, 0, 'error', 'new'), mark(1, 0, 'error', 'still here'), mark(4, 0, 'warning', 'not shown yet')], { scope });
    expect(next.notes.map((r) => r[0])).toEqual(['', ourNote(['still here']), '', ourNote(['new']), '', '']);
    expect(next.backgrounds.map((r) => r[0])).toEqual([PLAIN_BACKGROUND, MARK_COLORS.error, PLAIN_BACKGROUND, MARK_COLORS.error, PLAIN_BACKGROUND, PLAIN_BACKGROUND]);
  });

  it('a school’s own note that starts with ⚠ is theirs: no mark clears it, and a mark keeps it below ours', () => {
    const current = grid(1, 2);
    current.notes[0] = ['⚠ Не трогать: приказ № 12', '⚠ Проверить'];
    current.backgrounds[0]![1] = '#00ff00';
    const cleared = planMarks(current, []);
    expect(cleared.changed).toBeNull();
    const marked = planMarks(current, [mark(0, 0, 'error', 'плохо')]).grid;
    expect(marked.notes[0]![0]).toBe(`${ourNote(['плохо'])}${NOTE_SEPARATOR}⚠ Не трогать: приказ № 12`);
    expect(planMarks(marked, []).grid.notes[0]).toEqual(['⚠ Не трогать: приказ № 12', '⚠ Проверить']);
  });

  it('what a secretary types after our note is kept, when the mark clears and when it is rewritten', () => {
    const typed = (extra: string) => ({ backgrounds: [[MARK_COLORS.error]], notes: [[`${ourNote(['плохо'])}${extra}`]] });
    expect(planMarks(typed('\nпозвонить Петрову'), []).grid.notes[0]![0]).toBe('позвонить Петрову');
    expect(planMarks(typed(' позвонить'), []).grid.notes[0]![0]).toBe(' позвонить');
    expect(planMarks(typed('\n'), []).grid.notes[0]![0]).toBe('');
    const rewritten = planMarks(typed('\nпозвонить Петрову'), [mark(0, 0, 'conflict', 'иначе')]).grid;
    expect(rewritten.notes[0]![0]).toBe(`${ourNote(['иначе'])}${NOTE_SEPARATOR}позвонить Петрову`);
    expect(planMarks(rewritten, [mark(0, 0, 'conflict', 'иначе')]).changed).toBeNull();
  });

  it('on a tab last marked before the zero-width marks, notes opening with ⚠ are ours this once, wherever they are', () => {
    const current = grid(1, 3);
    current.backgrounds[0] = [MARK_COLORS.error, PLAIN_BACKGROUND, MARK_COLORS.warning];
    current.notes[0] = ['⚠ old', '⚠ fill cleared by hand', `⚠ old${NOTE_SEPARATOR}их заметка`];
    expect(planMarks(current, [], { oldNotes: true }).grid.notes[0]).toEqual(['', '', 'их заметка']);
    expect(planMarks(current, [], { oldNotes: true, fill: false }).grid.notes[0]).toEqual(['', '', 'их заметка']);
    expect(planMarks(current, [mark(0, 1, 'error', 'new')], { oldNotes: true }).grid.notes[0]![1]).toBe(ourNote(['new']));
  });

  it('after that, a school’s ⚠ note is theirs on any fill, our palette’s too, and through a mark and its clearing', () => {
    const current = { backgrounds: [[MARK_COLORS.warning, PLAIN_BACKGROUND, MARK_COLORS.warning]], notes: [['⚠ Не менять', '⚠ Своя', '']] };
    expect(planMarks(current, []).changed).toBeNull();
    const marked = planMarks(current, [mark(0, 1, 'error', 'плохо')]).grid;
    const cleared = planMarks(marked, []).grid;
    // The mark gone, the cell takes its row's yellow; the school's note stays, and stays the next time.
    expect(cleared).toEqual({ backgrounds: [[MARK_COLORS.warning, MARK_COLORS.warning, MARK_COLORS.warning]], notes: [['⚠ Не менять', '⚠ Своя', '']] });
    expect(planMarks(cleared, []).changed).toBeNull();
  });

  it('a zero-width space in a quoted cell does not end our part of the note early', () => {
    const first = planMarks(grid(1, 1), [mark(0, 0, 'error', '«9.00\u200b-25.00» плохо')]).grid;
    expect(planMarks(first, [mark(0, 0, 'error', '«9.00\u200b-25.00» плохо')]).changed).toBeNull();
    expect(planMarks(first, []).grid.notes[0]![0]).toBe('');
  });

  it('a blank row’s copy of our fill (a row inserted below a mark) is cleared; a filled row’s own colour stays', () => {
    const current = grid(5, 2);
    current.backgrounds[1]![0] = MARK_COLORS.conflict;
    current.notes[1]![0] = ourNote(['overlap']);
    for (const r of [2, 3, 4]) current.backgrounds[r]![0] = MARK_COLORS.conflict;
    const values = [['День', 'Время'], ['пн', '9-10'], ['', ''], ['', ''], ['вт', '9-10']];
    const next = planMarks(current, [mark(1, 0, 'conflict', 'overlap')], { fresh: freshRows(values) }).grid;
    expect(next.backgrounds.map((r) => r[0])).toEqual([PLAIN_BACKGROUND, MARK_COLORS.conflict, PLAIN_BACKGROUND, PLAIN_BACKGROUND, MARK_COLORS.conflict]);
    // The row just typed in counts as new too; without the mark beside it nothing is taken.
    expect(planMarks(current, [mark(1, 0, 'conflict', 'overlap')], { fresh: freshRows(values.slice(0, 4), { top: 4, left: 0, bottom: 4, right: 1 }) }).grid.backgrounds[4]![0]).toBe(PLAIN_BACKGROUND);
    expect(planMarks({ ...current, notes: grid(5, 2).notes }, [], { fresh: freshRows(values) }).changed).toBeNull();
  });

  it('a row of several copies is cleared in one run, each to the row’s own fill, and stays so', () => {
    const marked = [MARK_COLORS.conflict, MARK_COLORS.conflict, MARK_COLORS.conflict];
    const current = {
      backgrounds: [[PLAIN_BACKGROUND, ...marked, PLAIN_BACKGROUND], [PLAIN_BACKGROUND, ...marked, PLAIN_BACKGROUND]],
      notes: [['', ourNote(['a']), ourNote(['b']), ourNote(['c']), ''], ['', '', '', '', '']],
    };
    const wanted = [mark(0, 1, 'conflict', 'a'), mark(0, 2, 'conflict', 'b'), mark(0, 3, 'conflict', 'c')];
    const fresh = freshRows([['Петров', '9-10', '9-10', '9-10', ''], []]);
    const next = planMarks(current, wanted, { fresh }).grid;
    expect(next.backgrounds[1]).toEqual(Array(5).fill(PLAIN_BACKGROUND));
    expect(planMarks(next, wanted, { fresh }).changed).toBeNull();
  });

  it('a row typed in that held other values before keeps a fill of our colour beside our mark: it is the school’s', () => {
    const current = { backgrounds: [[MARK_COLORS.error], [MARK_COLORS.error]], notes: [[ourNote(['плохо'])], ['']] };
    const values = [['25-26', '', ''], ['', 'Петров', 'ok']];
    const typed = { top: 1, left: 2, bottom: 1, right: 2 };
    expect(planMarks(current, [mark(0, 0, 'error', 'плохо')], { fresh: freshRows(values, typed) }).changed).toBeNull();
  });

  it('an administrator’s own fill in one of our colours (the palette’s light red, orange, yellow) is theirs: without our note it is kept', () => {
    const current = grid(1, 3);
    current.backgrounds[0] = [MARK_COLORS.conflict, MARK_COLORS.error.toUpperCase(), MARK_COLORS.warning];
    current.notes[0] = ['', 'их заметка', ourNote(['ours'])];
    const { grid: next } = planMarks(current, []);
    expect(next.backgrounds[0]).toEqual([MARK_COLORS.conflict, MARK_COLORS.error.toUpperCase(), PLAIN_BACKGROUND]);
    expect(next.notes[0]).toEqual(['', 'их заметка', '']);
  });

  it('a cleared mark takes back the fill its row has on both sides; at the row’s edge only in the header row', () => {
    const row = ['#f4cccc', '#d9d9d9', '#d9d9d9', '#ffffff'];
    const marked = (r: number) => ({
      backgrounds: [0, 1].map((i) => (i === r ? row : ['#ffffff', '#ffffff', '#ffffff', '#ffffff'])),
      notes: [0, 1].map((i) => (i === r ? [ourNote(['x']), '', '', ''] : ['', '', '', ''])),
    });
    // A1: the header row is grey around it.
    expect(planMarks(marked(0), []).grid.backgrounds[0]![0]).toBe('#d9d9d9');
    // A2: a plain column of names beside shaded weekday columns stays plain.
    expect(planMarks(marked(1), []).grid.backgrounds[1]![0]).toBe(PLAIN_BACKGROUND);
    // Between two cells of one fill: that fill; between two fills: plain.
    const between = (left: string, right: string) =>
      planMarks({ backgrounds: [[left, '#f4cccc', right]], notes: [['', ourNote(['x']), '']] }, []).grid.backgrounds[0]![1];
    expect([between('#d9ead3', '#d9ead3'), between('#d9ead3', '#ffffff')]).toEqual(['#d9ead3', PLAIN_BACKGROUND]);
  });

  it('A1, which carries the tab’s own problems, is refreshed whatever the edited range', () => {
    const current = grid(3, 2);
    current.backgrounds[0]![0] = MARK_COLORS.error;
    current.notes[0]![0] = ourNote(['column missing']);
    const scope = { top: 2, left: 1, bottom: 2, right: 1 };
    expect(planMarks(current, [], { scope }).grid.notes[0]![0]).toBe('');
    expect(planMarks(grid(3, 2), [mark(0, 0, 'error', 'column missing')], { scope }).grid.notes[0]![0]).toBe(ourNote(['column missing']));
  });
});

describe('marksForTab', () => {
  it('a problem of the whole tab is marked on its A1; a cell’s on that cell; other tabs’ nowhere', () => {
    const problems = [
      problem('График', (t) => t.columnMissing('График', t.columnName('person'))),
      problem('График!B3', (t) => t.timeMissing()),
      problem('Замены!A2', (t) => t.substitutionPersonMissing()),
      problem("'График 2'", (t) => t.noScheduleTab()),
    ];
    expect(marksForTab('График', { problems, conflicts: [] }, ru)).toEqual([
      { row: 0, column: 0, kind: 'error', text: 'На листе «График» нет столбца «Ответственный»' },
      { row: 2, column: 1, kind: 'error', text: ru.timeMissing() },
    ]);
  });
});
