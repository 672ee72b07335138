import { catalogue } from '../../src/core/i18n';
import { placeSlot } from '../../src/core/slot-placement';
import { tab } from '../helpers/fixtures';

const m = catalogue('ru');
const slot = { person: 'Петров В.Г.', day: 'wed' as const, time: '14.00-15.00', kind: '' as const, room: 'каб. 5' };

describe('placeSlot', () => {
  it('a list tab with a title row above its headers gets a new row under those headers', () => {
    const t = tab('График', [['График консультаций на 2026/27 учебный год'], ['Ответственный', 'День', 'Время', 'Кабинет'], ['Иванова А.Б.', 'ПН', '9-10', '21']]);
    expect(placeSlot([t], slot, m)).toEqual({ tab: 'График', kind: 'append', row: ['Петров В.Г.', 'среда', "'14.00-15.00", 'каб. 5'], column: 2 });
  });

  it('a grid cell that is part of merged cells is not written: its text would change every cell it spans, or stay unseen', () => {
    const t = { ...tab('График', [['', 'ПН', 'СР'], ['Петров В.Г.', '8.00-10.00', '']]), merged: [{ row: 1, column: 1, rows: 1, columns: 2 }] };
    expect(placeSlot([t], slot, m)).toEqual({ tab: 'График', kind: 'refused', field: '', message: m.slotInMergedCell('График!C2') });
  });

  it('in a grid the person’s weekday cell keeps its ranges and gets the new one beside them, first when only it names a room', () => {
    const t = tab('График', [['', 'ПН', 'СР'], ['Петров В.Г. (сисадмин)', '8.00-10.00', '8.00-10.00']]);
    expect(placeSlot([t], slot, m)).toEqual({ tab: 'График', kind: 'cell', row: 1, column: 2, value: "'14.00-15.00 каб. 5, 8.00-10.00" });
  });

  it('in a grid, hours without a room go before several that share the row’s room after the last, which stays shared', () => {
    const t = tab('График', [['', 'ПН', 'СР', 'Кабинет'], ['Петров В.Г.', '', '8.00-10.00, 11.00-12.00 каб. 5', 'каб. 5']]);
    expect(placeSlot([t], { ...slot, room: '' }, m)).toEqual({ tab: 'График', kind: 'cell', row: 1, column: 2, value: "'14.00-15.00, 8.00-10.00, 11.00-12.00 каб. 5" });
    // Sharing another room than the row's, the new hours would take that one: refused, to be added by hand.
    const other = tab('График', [['', 'ПН', 'СР', 'Кабинет'], ['Петров В.Г.', '', '8.00-10.00, 11.00-12.00 каб. 5', 'каб. 1']]);
    expect(placeSlot([other], { ...slot, room: '' }, m)).toMatchObject({ kind: 'refused' });
    // One range with its room: the new hours go after it, and take no room of its.
    const one = tab('График', [['', 'ПН', 'СР'], ['Петров В.Г.', '', '8.00-10.00 каб. 5']]);
    expect(placeSlot([one], { ...slot, room: '' }, m)).toEqual({ tab: 'График', kind: 'cell', row: 1, column: 2, value: "'8.00-10.00 каб. 5, 14.00-15.00" });
  });

  it('in a grid a new person gets a new row, named in the person column', () => {
    const t = tab('График', [['ПН', 'СР', 'Сотрудник'], ['8.00-10.00', '', 'Иванова А.Б.']]);
    expect(placeSlot([t], slot, m)).toEqual({ tab: 'График', kind: 'append', row: ['', "'14.00-15.00 каб. 5", 'Петров В.Г.'], column: 1 });
  });

  it('in a grid with a № column, the slot goes into the person’s row as the reader reads it', () => {
    for (const number of ['№', '№ п/п']) {
      const t = tab('График', [[number, '', 'ПН', 'СР'], [1, 'Петров В.Г.', '8.00-10.00', '']]);
      expect(placeSlot([t], slot, m)).toEqual({ tab: 'График', kind: 'cell', row: 1, column: 3, value: "'14.00-15.00 каб. 5" });
    }
  });

  it('in a grid a day marked off (—, нет) takes the new hours in its place', () => {
    for (const off of ['—', '-', 'нет', 'выходной']) {
      const t = tab('График', [['', 'ПН', 'СР'], ['Петров В.Г.', '8.00-10.00', off]]);
      expect(placeSlot([t], slot, m)).toEqual({ tab: 'График', kind: 'cell', row: 1, column: 2, value: "'14.00-15.00 каб. 5" });
    }
  });

  it('a list with start and end columns gets the two times, written HH:MM so no locale takes them for dates', () => {
    const t = tab('График', [['День', 'Начало', 'Окончание', 'Ответственный', 'Кабинет'], ['ПН', 9, 14.3, 'Иванова А.Б.', '21']]);
    expect(placeSlot([t], { ...slot, time: 'с 9-05 до 10-00' }, m)).toEqual({
      tab: 'График',
      kind: 'append',
      row: ['среда', '09:05', '10:00', 'Петров В.Г.', 'каб. 5'],
      column: 1,
    });
  });

  it('a start and end list without a room column, or without a day column, refuses the slot naming the column', () => {
    const noRoom = tab('График', [['День', 'Начало', 'Окончание', 'Ответственный']]);
    expect(placeSlot([noRoom], slot, m)).toEqual({ tab: 'График', kind: 'refused', field: 'room', message: 'На листе «График» нет столбца «Кабинет»' });
    expect(placeSlot([noRoom], { ...slot, room: '' }, m)).toMatchObject({ kind: 'append', row: ['среда', '14:00', '15:00', 'Петров В.Г.'] });
    const noDay = tab('График', [['Начало', 'Окончание', 'Ответственный', 'Кабинет']]);
    expect(placeSlot([noDay], slot, m)).toMatchObject({ kind: 'refused', field: 'day', message: 'На листе «График» нет столбца «День»' });
  });

  it('text that would be a formula is written as text', () => {
    const t = tab('График', [['День', 'Время', 'Ответственный']]);
    const place = placeSlot([t], { ...slot, person: '=IMPORTXML("x")' }, m);
    expect(place && place.kind === 'append' && place.row[2]).toBe('\'=IMPORTXML("x")');
  });

  it('in a grid, a row shared with a colleague is not reused: the slot would be theirs too', () => {
    const t = tab('График', [['', 'ПН', 'ВТ'], ['Иванова А.Б., Петров В.Г.', '8.00-10.00', '']]);
    expect(placeSlot([t], { ...slot, day: 'tue', room: '' }, m)).toEqual({ tab: 'График', kind: 'append', row: ['Петров В.Г.', '', "'14.00-15.00"], column: 2 });
  });

  it('in a grid, the person’s row in another grid tab is found before a new row is made', () => {
    const first = tab('График', [['', 'ПН', 'СР'], ['Иванова А.Б.', '8.00-10.00', '']]);
    const second = tab('График 2 корпус', [['', 'ПН', 'СР'], ['Петров В.Г.', '8.00-10.00', '']]);
    expect(placeSlot([first, second], { ...slot, room: '' }, m)).toEqual({ tab: 'График 2 корпус', kind: 'cell', row: 1, column: 2, value: "'14.00-15.00" });
  });

  it('a room that reads as a time (2-14) is refused where it would share the time cell, and kept where it has a column', () => {
    const grid = tab('График', [['', 'ПН', 'СР'], ['Петров В.Г.', '8.00-10.00', '']]);
    expect(placeSlot([grid], { ...slot, room: '2-14' }, m)).toMatchObject({ kind: 'refused', field: 'room', message: expect.stringContaining('«2-14»') });
    const list = tab('График', [['День', 'Время', 'Ответственный']]);
    expect(placeSlot([list], { ...slot, room: '2-14' }, m)).toMatchObject({ kind: 'refused', field: 'room' });
    const withRoom = tab('График', [['День', 'Время', 'Ответственный', 'Кабинет']]);
    expect(placeSlot([withRoom], { ...slot, room: '2-14' }, m)).toMatchObject({ kind: 'append', row: ['среда', "'14.00-15.00", 'Петров В.Г.', "'2-14"] });
    // After a room word the numbers are the room, and read back as it.
    expect(placeSlot([grid], { ...slot, room: 'каб. 2-14' }, m)).toEqual({ tab: 'График', kind: 'cell', row: 1, column: 2, value: "'14.00-15.00 каб. 2-14" });
  });

  it('a kind chosen is written where the tab has a kind column, and refused where it has none', () => {
    const methodical = { ...slot, kind: 'methodical' as const, room: '' };
    const list = tab('График', [['День', 'Время', 'Ответственный']]);
    expect(placeSlot([list], methodical, m)).toEqual({ tab: 'График', kind: 'refused', field: 'kind', message: 'На листе «График» нет столбца «Вид помощи»' });
    const grid = tab('График', [['', 'Вид помощи', 'ПН', 'СР'], ['Петров В.Г.', 'техническая', '8.00-10.00', '']]);
    // His row offers technical help: a methodical slot gets a row of its own.
    expect(placeSlot([grid], methodical, m)).toEqual({ tab: 'График', kind: 'append', row: ['Петров В.Г.', 'методическая', '', "'14.00-15.00"], column: 3 });
    expect(placeSlot([grid], { ...methodical, kind: 'technical' }, m)).toEqual({ tab: 'График', kind: 'cell', row: 1, column: 3, value: "'14.00-15.00" });
  });

  it('a grid without the weekday’s column, or a list without a time column, says which column is missing', () => {
    const grid = tab('График', [['', 'ПН', 'ВТ', 'СР', 'ЧТ', 'ПТ'], ['Петров В.Г.', '8.00-10.00', '', '', '', '']]);
    expect(placeSlot([grid], { ...slot, day: 'sat' }, m)).toEqual({ tab: 'График', kind: 'refused', field: 'day', message: 'На листе «График» нет столбца «суббота»' });
    const list = tab('График', [['День', 'Ответственный', 'Кабинет']]);
    expect(placeSlot([list], slot, m)).toMatchObject({ kind: 'refused', field: 'time', message: 'На листе «График» нет столбца «Время»' });
  });

  it('in a grid with a room column, a slot with no room of its own is written and takes the row’s room', () => {
    const t = tab('График', [['Сотрудник', 'ПН', 'ВТ', 'СР', 'Кабинет'], ['Сидоренко Д.Е.', '8.00-10.00', '', '', 'каб. 21']]);
    expect(placeSlot([t], { ...slot, person: 'Сидоренко Д.Е.', day: 'tue', time: '10.30-12.00', room: '' }, m)).toEqual({ tab: 'График', kind: 'cell', row: 1, column: 2, value: "'10.30-12.00" });
  });

  it('a slot the cell already holds is refused as already there, at the time field', () => {
    const t = tab('График', [['', 'ПН', 'СР'], ['Петров В.Г.', '8.00-10.00', '14.00-15.00']]);
    expect(placeSlot([t], { ...slot, room: '' }, m)).toEqual({ tab: 'График', kind: 'refused', field: 'time', message: 'Это дежурство уже записано на листе «График»' });
  });
});
