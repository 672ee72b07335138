import { holdScriptLockInWorker } from '../helpers/lock-holder';
import { LocalRange } from '../../src/local/runtime/range';
import { MARK_COLORS, PLAIN_BACKGROUND } from '../../src/core/marks';
import type { Workbook } from '../../src/core/workbook';
import { io, loadApp, sampleWorkbook } from '../helpers/bundle';

const schedule = (runtime: ReturnType<typeof loadApp>['runtime']) => runtime.spreadsheet.getSheetByName('График')!;
/** A note as a person reads it: our zero-width marks are unseen. */
const visible = (note: string) => note.replaceAll('\u200b', '');
const look = (runtime: ReturnType<typeof loadApp>['runtime'], a1: string) => {
  const r = schedule(runtime).getRange(a1);
  return { note: visible(r.getNotes()[0]![0]!), background: r.getBackgrounds()[0]![0] };
};

describe('onEdit', () => {
  it('a bad time gets a note saying what is wrong and a highlight; fixing it removes both', () => {
    const { runtime } = loadApp();
    runtime.userEdit('График', 'B3', '25.00-26.00');
    expect(look(runtime, 'B3')).toEqual({ note: '⚠ «25.00-26.00» — часа 25 не бывает (часы от 0 до 24)', background: MARK_COLORS.error });
    runtime.userEdit('График', 'B3', '14.15 – 16.00');
    expect(look(runtime, 'B3')).toEqual({ note: '', background: PLAIN_BACKGROUND });
  });

  it('a new overlap highlights both cells, each note naming the other cell', () => {
    const { runtime } = loadApp();
    // Monday: Иванова А.Б. moves into Петров В.Г.'s room for the afternoon.
    runtime.userEdit('График', 'E3', 'каб. 14');
    expect(look(runtime, 'B2')).toEqual({ note: '⚠ каб. 14 занят дважды: понедельник, 14.15–16.00. Там же: Иванова А.Б. (График!B3)', background: MARK_COLORS.conflict });
    expect(look(runtime, 'B3')).toEqual({ note: '⚠ каб. 14 занят дважды: понедельник, 14.15–16.00. Там же: Петров В.Г. (График!B2)', background: MARK_COLORS.conflict });
    runtime.userEdit('График', 'E3', 'каб. 21');
    expect(look(runtime, 'B2')).toEqual({ note: '', background: PLAIN_BACKGROUND });
    expect(look(runtime, 'B3')).toEqual({ note: '', background: PLAIN_BACKGROUND });
  });

  it('stays within 4 reads (values, merged ranges, fills, notes) and 2 batched writes (fills, notes) per affected tab', () => {
    const { runtime } = loadApp();
    runtime.resetCalls();
    runtime.userEdit('График', 'E3', 'каб. 14');
    expect(io(runtime, 'График')).toMatchObject({ reads: 4, writes: 2 }); // the user's own typing is not the script's
    // The substitutions carry marks that a schedule edit may end (a row that replaces nothing); the staff
    // list decides the schedule's own warnings (someone on duty who is not on it).
    expect(io(runtime, 'Замены')).toMatchObject({ reads: 4, writes: 0 });
    for (const tab of ['Настройки', 'Сотрудники']) expect(io(runtime, tab)).toMatchObject({ reads: 2, writes: 0 });
    for (const tab of ['Обращения', 'План внедрения', 'Покрытие']) expect(io(runtime, tab)).toMatchObject({ reads: 0, writes: 0 });
  });

  it('an administrator’s own colour and note are kept', () => {
    const { runtime } = loadApp();
    schedule(runtime).getRange('B3').setNote('уточнить у завуча');
    schedule(runtime).getRange('F4').setBackground('#00ff00');
    runtime.userEdit('График', 'B3', '8.61-9.00');
    expect(look(runtime, 'B3').note).toBe('⚠ «8.61-9.00» — минут 61 не бывает (минуты от 00 до 59)\n———\nуточнить у завуча');
    runtime.userEdit('График', 'B3', '14.15-16.00');
    expect(look(runtime, 'B3').note).toBe('уточнить у завуча');
    expect(look(runtime, 'F4').background).toBe('#00ff00');
  });

  it('a school’s own note that starts with ⚠ stays through edits, and what is typed after our note stays when it clears', () => {
    const { runtime } = loadApp();
    schedule(runtime).getRange('B4').setNote('⚠ Не менять до приказа');
    runtime.userEdit('График', 'B3', '8.61-9.00');
    const b3 = schedule(runtime).getRange('B3');
    b3.setNote(`${b3.getNotes()[0]![0]}\nпозвонить Петрову`);
    runtime.userEdit('График', 'B3', '14.15-16.00');
    expect(look(runtime, 'B4').note).toBe('⚠ Не менять до приказа');
    expect(look(runtime, 'B3')).toEqual({ note: 'позвонить Петрову', background: PLAIN_BACKGROUND });
  });

  it('a tab last marked before the zero-width marks has its old ⚠ notes taken for ours once; a school’s ⚠ note written after stays', () => {
    const { runtime, app } = loadApp();
    const s = schedule(runtime);
    // As an older version left it: its note on B3 (the fill since cleared by hand) and its record of the marks.
    s.getRange('B3').setNote('⚠ «8.61-9.00» — минут 61 не бывает');
    runtime.globals.PropertiesService.getDocumentProperties()!.setProperty(`marks:extent:${s.getSheetId()}`, `3,2,${s.getMaxRows()},${s.getMaxColumns()}`);
    app.call('checkSchedule');
    expect(look(runtime, 'B3').note).toBe('');
    s.getRange('C3').setNote('⚠ Не менять до приказа');
    app.call('checkSchedule');
    expect(look(runtime, 'C3').note).toBe('⚠ Не менять до приказа');
  });

  it('typing in a row that holds other values keeps the school’s fill of our colour beside our mark', () => {
    const { runtime } = loadApp();
    runtime.userEdit('График', 'B3', '25.00-26.00');
    schedule(runtime).getRange('B4').setBackground(MARK_COLORS.error);
    runtime.userEdit('График', 'F4', 'принести ноутбук');
    expect(look(runtime, 'B4').background).toBe(MARK_COLORS.error);
  });

  it('a coloured header row gets its colour back when a mark on it clears', () => {
    const { runtime } = loadApp();
    const s = runtime.spreadsheet.getSheetByName('График')!;
    s.getRange('A1:F1').setBackground('#d9d9d9');
    runtime.userEdit('График', 'D1', 'Ответсвенный');
    expect(look(runtime, 'A1').note).not.toBe('');
    runtime.userEdit('График', 'D1', 'Ответственный');
    expect(look(runtime, 'A1')).toEqual({ note: '', background: '#d9d9d9' });
  });

  it('an edit waits while another run holds the Sheet, then marks what it finds (one run at a time)', async () => {
    const { runtime } = loadApp();
    const worker = await holdScriptLockInWorker(runtime.locks.buffer, 300);
    runtime.userEdit('График', 'B8', '25.00-26.00');
    // The edit ran once the other run let go (not timed: a busy machine may start it late).
    expect(worker.released()).toBeGreaterThan(0);
    expect(Date.now()).toBeGreaterThanOrEqual(worker.released());
    expect(look(runtime, 'B8').note).toContain('25');
    await worker.terminate();
  });

  it('a mark on the last row is cleared when that row is cleared, though it is now past the last value', () => {
    const { runtime } = loadApp();
    runtime.userEdit('График', 'B14', 'abc');
    runtime.userEdit('График', 'D14', 'Петров В.Г.');
    expect(look(runtime, 'B14').background).toBe(MARK_COLORS.error);
    runtime.userEdit('График', 'A14:F14', [['', '', '', '', '', '']]);
    expect(look(runtime, 'B14')).toEqual({ note: '', background: PLAIN_BACKGROUND });
  });

  it('rows added at the bottom widen the read only until the marks are found where they are: then it shrinks back', () => {
    const { runtime, app } = loadApp();
    runtime.userEdit('График', 'B3', 'abc');
    const sheet = schedule(runtime);
    sheet.insertRowsAfter(sheet.getMaxRows(), 50_000 - sheet.getMaxRows());
    const cells: number[] = [];
    const proto = LocalRange.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const original = proto.getBackgrounds!;
    proto.getBackgrounds = function (this: LocalRange, ...a: unknown[]) {
      if (this.getSheet().getName() === 'График') cells.push(this.getNumRows());
      return original.apply(this, a);
    };
    try {
      app.call('checkSchedule');
      runtime.userEdit('График', 'B3', '9.00-10.00');
      cells.length = 0;
      app.call('checkSchedule');
    } finally {
      proto.getBackgrounds = original;
    }
    expect(cells).toEqual([13]);
    expect(look(runtime, 'B3')).toEqual({ note: '', background: PLAIN_BACKGROUND });
  });

  it('a mark pushed down by rows inserted above it is still found and cleared, by an edit or by the check', () => {
    for (const how of ['edit', 'check'] as const) {
      const { runtime, app } = loadApp();
      runtime.userEdit('График', 'B14', 'abc');
      runtime.userEdit('График', 'D14', 'Петров В.Г.');
      schedule(runtime).insertRowsAfter(1, 5);
      expect(look(runtime, 'B19').background).toBe(MARK_COLORS.error);
      if (how === 'edit') runtime.userEdit('График', 'A19:F19', [['', '', '', '', '', '']]);
      else {
        schedule(runtime).getRange('A19:F19').setValues([['', '', '', '', '', '']]);
        app.call('checkSchedule');
      }
      expect([how, look(runtime, 'B19')]).toEqual([how, { note: '', background: PLAIN_BACKGROUND }]);
    }
  });

  it('a problem that an edit elsewhere ends is cleared: a day fixed on the heading row frees the rows below it', () => {
    const { runtime, app } = loadApp();
    runtime.userEdit('График', 'A4', 'вторнк');
    app.call('checkSchedule');
    expect(look(runtime, 'A4').background).toBe(MARK_COLORS.error);
    expect(look(runtime, 'A5').note).toContain('день');
    runtime.userEdit('График', 'A4', 'вторник');
    for (const cell of ['A4', 'A5', 'A6']) expect([cell, look(runtime, cell)]).toEqual([cell, { note: '', background: PLAIN_BACKGROUND }]);
  });

  it('an administrator’s fill in the palette’s light orange (one of our colours) is kept, with no note of ours on it', () => {
    const { runtime } = loadApp();
    schedule(runtime).getRange('A12:F12').setBackground('#fce5cd');
    runtime.userEdit('График', 'F9', 'уточнить');
    expect(schedule(runtime).getRange('A12:F12').getBackgrounds()[0]).toEqual(Array(6).fill('#fce5cd'));
  });

  it('on a tab of 50,000 rows and 100 columns, the check and a cleared column read marks only as far as data or marks reach', () => {
    const { runtime, app } = loadApp();
    const sheet = schedule(runtime);
    sheet.insertRowsAfter(sheet.getMaxRows(), 50_000 - sheet.getMaxRows());
    (sheet as unknown as { data: { maxColumns: number } }).data.maxColumns = 100;
    const cells: number[] = [];
    const proto = LocalRange.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const originals = { getBackgrounds: proto.getBackgrounds!, getNotes: proto.getNotes! };
    for (const op of ['getBackgrounds', 'getNotes'] as const) {
      proto[op] = function (this: LocalRange, ...a: unknown[]) {
        if (this.getSheet().getName() === 'График') cells.push(this.getNumRows() * this.getNumColumns());
        return originals[op].apply(this, a);
      };
    }
    let checked: number[] = [];
    try {
      app.call('checkSchedule');
      checked = cells.splice(0);
      runtime.userEdit('График', 'F1:F50000', Array.from({ length: 50_000 }, () => ['']));
    } finally {
      Object.assign(proto, originals);
    }
    expect(Math.max(...checked)).toBeLessThanOrEqual(13 * 6);
    // A cleared column is read a little past the last value (rows just cleared may carry marks), not to the end.
    expect(Math.max(...cells)).toBeLessThanOrEqual((13 + 500) * 6);
  });

  it('a multi-cell paste (no value, no oldValue) is checked too', () => {
    const { runtime } = loadApp();
    const outcome = runtime.userEdit('График', 'B2:B3', [['9.00-16.00'], ['abc']]);
    expect(outcome.event).not.toHaveProperty('value');
    expect(look(runtime, 'B3').background).toBe(MARK_COLORS.error);
  });

  it('overlaps are found across schedule tabs', () => {
    const wb = sampleWorkbook();
    wb.tabs.push({ name: 'График 2 корпус', rows: [['День', 'Время', 'Ответственный', 'Кабинет'], ['понедельник', '8.00-9.30', 'Смирнов И.К.', 'каб. 3']] });
    const { runtime } = loadApp(wb);
    runtime.userEdit('График 2 корпус', 'C2', 'Петров В.Г.');
    const other = runtime.spreadsheet.getSheetByName('График 2 корпус')!.getRange('B2');
    expect(visible(other.getNotes()[0]![0]!)).toBe('⚠ Петров В.Г. дежурит дважды: понедельник, 9.00–9.30. Второе дежурство: График!B2');
    expect(look(runtime, 'B2').background).toBe(MARK_COLORS.conflict);
  });

  it('edits in tabs the schedule does not depend on do not touch it', () => {
    const { runtime } = loadApp();
    runtime.resetCalls();
    runtime.userEdit('План внедрения', 'D2', 'Иванова А.Б.');
    runtime.userEdit('Покрытие', 'C2', '9.00-15.00');
    expect(io(runtime, 'График')).toMatchObject({ reads: 0, writes: 0 });
  });

  it('a staff list edit refreshes the schedule’s warnings about it: someone added to the list is no longer warned about', () => {
    const wb = sampleWorkbook();
    wb.tabs.find((t) => t.name === 'График')!.rows.push(['пятница', '16.00-17.00', 'техническая', 'Новиков П.Р.', 'каб. 9', '']);
    const { runtime, app } = loadApp(wb);
    app.call('checkSchedule');
    // At the name, in the Ответственный column: the warning is about the person.
    const cell = `D${wb.tabs.find((t) => t.name === 'График')!.rows.length}`;
    expect(look(runtime, cell).note).toContain('Новиков П.Р.');
    const staff = runtime.spreadsheet.getSheetByName('Сотрудники')!;
    const row = staff.getLastRow() + 1;
    staff.getRange(row, 1, 1, 6).setValues([['Новиков П.Р.', 'учитель', 'novikov@school5.example.org', 'техническая', 'нет', 'да']]);
    runtime.userEdit('Сотрудники', `A${row}`, 'Новиков П.Р.');
    expect(look(runtime, cell)).toEqual({ note: '', background: PLAIN_BACKGROUND });
  });

  it('a staff list edit adds the schedule warnings it causes at once: someone marked inactive is warned about where they are on duty', () => {
    const { runtime } = loadApp();
    expect(look(runtime, 'D2').note).toBe('');
    runtime.userEdit('Сотрудники', 'F3', 'нет');
    expect(look(runtime, 'D2').note).toContain('Петров В.Г.');
  });

  it('a plan’s responsible name not on the staff list stays marked through edits of the plan, and goes when the staff list gains it', () => {
    const wb = sampleWorkbook();
    wb.tabs.find((t) => t.name === 'План внедрения')!.rows[9]![3] = 'Морозова Е.П.';
    const { runtime, app } = loadApp(wb);
    app.call('checkSchedule');
    const plan = runtime.spreadsheet.getSheetByName('План внедрения')!;
    const note = () => visible(plan.getRange('D10').getNote());
    expect(note()).toContain('Морозова Е.П.');
    runtime.userEdit('План внедрения', 'E5', 'выполнено');
    expect(note()).toContain('Морозова Е.П.');
    const staff = runtime.spreadsheet.getSheetByName('Сотрудники')!;
    const row = staff.getLastRow() + 1;
    staff.getRange(row, 1, 1, 6).setValues([['Морозова Е.П.', 'учитель', 'morozova@school5.example.org', '', 'нет', 'да']]);
    runtime.userEdit('Сотрудники', `A${row}`, 'Морозова Е.П.');
    expect(note()).toBe('');
  });

  it('a header renamed so a required column is missing marks A1 with the problem; renaming it back clears it', () => {
    const { runtime } = loadApp();
    runtime.resetCalls();
    runtime.userEdit('График', 'D1', 'Подпись');
    expect(io(runtime, 'График')).toMatchObject({ reads: 4, writes: 2 });
    expect(look(runtime, 'A1')).toEqual({ note: '⚠ На листе «График» нет столбца «Ответственный»', background: MARK_COLORS.error });
    runtime.userEdit('График', 'D1', 'Ответственный');
    expect(look(runtime, 'A1')).toEqual({ note: '', background: PLAIN_BACKGROUND });
  });

  it('a bad e-mail or yes/no in the staff list is marked where it is written; fixing it removes the mark', () => {
    const { runtime } = loadApp();
    const staff = (a1: string) => {
      const r = runtime.spreadsheet.getSheetByName('Сотрудники')!.getRange(a1);
      return { note: visible(r.getNotes()[0]![0]!), background: r.getBackgrounds()[0]![0] };
    };
    runtime.userEdit('Сотрудники', 'C3', 'petrov@');
    expect(staff('C3')).toEqual({ note: '⚠ Адрес электронной почты выглядит неверно (пример: name@example.org)', background: MARK_COLORS.warning });
    runtime.userEdit('Сотрудники', 'F3', 'иногда');
    expect(staff('F3')).toEqual({ note: '⚠ «Активен»: не удалось понять «иногда», напишите «да» или «нет»', background: MARK_COLORS.warning });
    runtime.userEdit('Сотрудники', 'C3', 'petrov@school5.example.org');
    expect(staff('C3')).toEqual({ note: '', background: PLAIN_BACKGROUND });
  });

  it('keeps its budget on a 5,000-slot schedule', () => {
    const rows: Workbook['tabs'][number]['rows'] = [['День', 'Время', 'Вид помощи', 'Ответственный', 'Кабинет']];
    const days = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница'];
    for (let i = 0; i < 5000; i++) rows.push([days[i % 5]!, `${8 + (i % 8)}.00-${9 + (i % 8)}.00`, 'техническая', `Сотрудник ${i}`, `каб. ${i}`]);
    const wb = sampleWorkbook();
    wb.tabs[0] = { name: 'График', rows };
    const { runtime } = loadApp(wb);
    runtime.resetCalls();
    const started = Date.now();
    // Row 5001 (Friday 15-16) moves into the room of row 41 (also Friday 15-16).
    runtime.userEdit('График', 'E5001', 'каб. 39');
    const ms = Date.now() - started;
    expect(io(runtime, 'График')).toMatchObject({ reads: 4, writes: 2 });
    expect(look(runtime, 'B5001').background).toBe(MARK_COLORS.conflict);
    expect(look(runtime, 'B41').background).toBe(MARK_COLORS.conflict);
    // Measured, not asserted as a speed target: a shared machine is noisy (see npm run bench).
    console.info(`onEdit on 5,000 slots: ${ms} ms`);
  });
});

describe('rows inserted or deleted (the change trigger)', () => {
  const overlapInRows2And3 = () => {
    const loaded = loadApp();
    loaded.app.call('installTriggers');
    // Monday: Иванова А.Б. moves into Петров В.Г.'s room for the afternoon.
    loaded.runtime.userEdit('График', 'E3', 'каб. 14');
    return loaded;
  };

  it('a row inserted above an overlap: both notes name the cells where the slots now are', () => {
    const { runtime } = overlapInRows2And3();
    runtime.userChangeRows('График', { insertAfter: 1, howMany: 1 });
    expect(look(runtime, 'B3').note).toBe('⚠ каб. 14 занят дважды: понедельник, 14.15–16.00. Там же: Иванова А.Б. (График!B4)');
    expect(look(runtime, 'B4').note).toBe('⚠ каб. 14 занят дважды: понедельник, 14.15–16.00. Там же: Петров В.Г. (График!B3)');
  });

  it('rows inserted below a marked row do not keep the copy of our fill Sheets gives them', () => {
    const { runtime } = overlapInRows2And3();
    runtime.userChangeRows('График', { insertAfter: 3, howMany: 2 });
    expect([look(runtime, 'B4'), look(runtime, 'B5')]).toEqual([
      { note: '', background: PLAIN_BACKGROUND },
      { note: '', background: PLAIN_BACKGROUND },
    ]);
    expect(look(runtime, 'B3').background).toBe(MARK_COLORS.conflict);
  });

  it('a deleted row takes its overlap with it: the other slot’s mark is cleared', () => {
    const { runtime } = overlapInRows2And3();
    runtime.userChangeRows('График', { deleteAt: 3, howMany: 1 });
    expect(look(runtime, 'B2')).toEqual({ note: '', background: PLAIN_BACKGROUND });
  });

  it('a schedule tab renamed to a name we do not read keeps none of our marks; its own notes stay', () => {
    const { runtime, app } = overlapInRows2And3();
    const old = schedule(runtime);
    old.getRange('C2').setNote('своя заметка');
    old.setName('Архив');
    expect(app.call('handleRowsChange', { changeType: 'OTHER' })).toBe(true);
    const archived = (a1: string) => ({ note: old.getRange(a1).getNotes()[0]![0], background: old.getRange(a1).getBackgrounds()[0]![0] });
    expect([archived('B2'), archived('B3')]).toEqual([{ note: '', background: PLAIN_BACKGROUND }, { note: '', background: PLAIN_BACKGROUND }]);
    expect(archived('C2').note).toBe('своя заметка');
  });

  it('formatting changes and changes from a trigger that is not ours read nothing', () => {
    const { runtime, app } = overlapInRows2And3();
    runtime.resetCalls();
    expect(app.call('handleRowsChange', { changeType: 'FORMAT' })).toBe(false);
    expect(app.call('handleRowsChange', { changeType: 'REMOVE_ROW', triggerUid: 'someone-else' })).toBe(false);
    expect(io(runtime, 'График')).toMatchObject({ reads: 0, writes: 0 });
    expect(app.call('handleRowsChange', { changeType: 'REMOVE_ROW' })).toBe(true);
    expect(io(runtime, 'График').reads).toBeGreaterThan(0);
  });
});
