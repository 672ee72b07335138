import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findConflicts } from '../../src/core/conflicts';
import { catalogue } from '../../src/core/i18n';
import { namesWeekParity, personKey, readSchedule, roomKey, splitPersonCell } from '../../src/core/schedule';
import { formatTime } from '../../src/core/time-range';
import { csvTab, FIXTURES, tab, workbook } from '../helpers/fixtures';

const en = catalogue('en');
const layout = (file: string) => readFileSync(join(FIXTURES, 'layouts', file), 'utf8');
const brief = (s: { person: string; day: string; range: { start: number; end: number }; room: string | null; cell: string }) =>
  `${s.person} ${s.day} ${formatTime(s.range.start)}-${formatTime(s.range.end)} ${s.room ?? '-'} ${s.cell}`;

describe('list layout', () => {
  const reading = readSchedule(workbook(csvTab('График', layout('list-schedule.csv'))));

  it('a blank day cell continues the day above', () => {
    expect(reading.problems).toEqual([]);
    expect(reading.slots.map(brief).slice(0, 6)).toEqual([
      'Петров В.Г. mon 09:00-16:00 каб. 14 График!B2',
      'Иванова А.Б. mon 14:15-16:00 каб. 21 График!B3',
      'Петров В.Г. tue 09:00-13:00 каб. 14 График!B4',
      'Иванова А.Б. tue 10:30-13:30 каб. 21 График!B5',
      'Сидоренко Д.Е. tue 12:00-14:00 каб. 21 График!B6',
      'Иванова А.Б. wed 13:00-16:00 каб. 21 График!B7',
    ]);
    expect(reading.slots).toHaveLength(12);
    expect(reading.layouts).toEqual([{ tab: 'График', layout: 'list' }]);
  });

  it('headers are matched whatever their case, spacing, ё and language', () => {
    const r = readSchedule(
      workbook(tab('Schedule', [['  DAY ', 'Time:', 'Kind of help', 'Responsible', 'ROOM', 'My own column'], ['Mon', '9-11', 'Technical', 'Smith J.', '12', 'x']])),
    );
    expect(r.problems).toEqual([]);
    expect(r.slots.map(brief)).toEqual(['Smith J. mon 09:00-11:00 12 Schedule!B2']);
  });

  it('a reception-hours header (День приёма, Часы приёма) names the day and the time', () => {
    const r = readSchedule(workbook(tab('График', [['День приёма', 'Часы приёма', 'Ответственный'], ['ПН', '9-11', 'Смирнов И.К.']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map(brief)).toEqual(['Смирнов И.К. mon 09:00-11:00 - График!B2']);
  });

  it('a day written alone on its row, in the № column, heads the rows below it', () => {
    const r = readSchedule(
      workbook(
        tab('График', [
          ['№', 'Время', 'Ответственный', 'Кабинет'],
          ['Понедельник', '', '', ''],
          [1, '9.00-11.00', 'Петров В.Г.', 'каб. 14'],
          [2, '10.00-12.00', 'Иванова А.Б.', 'каб. 14'],
          ['Вторник', '', '', ''],
          [3, '9.00-11.00', 'Петров В.Г.', 'каб. 14'],
          ['Итого: 3', '', '', ''],
        ]),
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => `${s.person} ${s.day}`)).toEqual(['Петров В.Г. mon', 'Иванова А.Б. mon', 'Петров В.Г. tue']);
  });

  it('a grid whose weekdays sit in a second header row, under «Дни недели», is a grid', () => {
    const r = readSchedule(workbook(tab('График', [['ФИО', 'Дни недели', '', ''], ['', 'ПН', 'ВТ', 'СР'], ['Петров В.Г.', '9-11', '', '14-16']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => `${s.person} ${s.day} ${s.cell}`)).toEqual(['Петров В.Г. mon График!B3', 'Петров В.Г. wed График!D3']);
  });

  it('in a two-row header the upper row names the columns over the lower row’s blanks: a № column is not the names', () => {
    const rows = [['№ п/п', 'ФИО', 'Кабинет', 'Дни недели', ''], ['', '', '', 'ПН', 'ВТ'], ['1', 'Петров В.Г.', 'каб. 5', '9-11', ''], ['2', 'Смирнов И.К.', 'каб. 5', '10-12', '']];
    const r = readSchedule(workbook(tab('График', rows)));
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => `${s.person} ${s.day} ${s.room}`)).toEqual(['Петров В.Г. mon каб. 5', 'Смирнов И.К. mon каб. 5']);
    expect(findConflicts(r.slots)).toHaveLength(1);
  });

  it('a tab with a person column and one weekday column is a grid of that day', () => {
    const r = readSchedule(workbook(tab('График суббота', [['Сотрудник', 'Суббота'], ['Иванова А.Б.', '9.00-10.00']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => `${s.person} ${s.day} ${s.cell}`)).toEqual(["Иванова А.Б. sat 'График суббота'!B2"]);
  });

  it('a grid column headed with several days (Ср-Чт) gives its cells to each of them', () => {
    const r = readSchedule(workbook(tab('График', [['ФИО', 'Пн', 'Вт', 'Ср-Чт', 'Пт'], ['Петров В.Г.', '9-11', '', '14-16', '10-12']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => `${s.day} ${s.cell}`)).toEqual(['mon График!B2', 'wed График!D2', 'thu График!D2', 'fri График!E2']);
  });

  it('a grid whose weekday headers carry the date in words is still a grid', () => {
    const r = readSchedule(workbook(tab('График', [['ФИО', 'Понедельник 23 ноября', 'Вторник 24 ноября'], ['Иванова А.Б.', '9-11', '12-14']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => s.day)).toEqual(['mon', 'tue']);
  });

  it('separate start and end columns are read as one range', () => {
    const r = readSchedule(workbook(tab('График', [['День', 'Начало', 'Окончание', 'Ответственный'], ['ПН', 9, 14.3, 'Петров В.Г.']])));
    expect(r.slots.map(brief)).toEqual(['Петров В.Г. mon 09:00-14:30 - График!B2']);
  });

  it('a time column found only by a plainer reading of its header gives way to start and end columns', () => {
    const r = readSchedule(workbook(tab('График', [['День', 'С', 'До', 'ФИО', 'Часы (всего)', 'Время обеда'], ['ПН', '9:00', '16:00', 'Петров В.Г.', '7', '12.00-13.00']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map(brief)).toEqual(['Петров В.Г. mon 09:00-16:00 - График!B2']);
  });

  it('a start and end kept as fractions of a day (a time in a number-formatted cell) are those times', () => {
    const r = readSchedule(workbook(tab('График', [['День', 'Начало', 'Окончание', 'Ответственный'], ['ПН', 0.375, 11 / 24 + 30 / 1440, 'Петров В.Г.']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map(brief)).toEqual(['Петров В.Г. mon 09:00-11:30 - График!B2']);
  });

  it('start and end columns as a Sheet exports them (9:00:00, 1:00 PM) are read', () => {
    const r = readSchedule(
      workbook(tab('График', [['День', 'Начало', 'Окончание', 'Ответственный'], ['ПН', '9:00:00', '11:00:00', 'Петров В.Г.'], ['ВТ', '9:00 AM', '1:00 PM', 'Петров В.Г.']])),
    );
    expect(r.problems).toEqual([]);
    expect(r.slots.map(brief)).toEqual(['Петров В.Г. mon 09:00-11:00 - График!B2', 'Петров В.Г. tue 09:00-13:00 - График!B3']);
  });

  it('a pm mark on the end only makes the afternoon of both, as in a range cell (3.30 to 4.30 pm is 15:30-16:30)', () => {
    const r = readSchedule(workbook(tab('Schedule', [['Day', 'Start', 'End', 'Person'], ['Tuesday', '3.30', '4.30 pm', 'Smith J.'], ['Tuesday', '11', '1 PM', 'Brown K.']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map(brief)).toEqual(['Smith J. tue 15:30-16:30 - Schedule!B2', 'Brown K. tue 11:00-13:00 - Schedule!B3']);
  });

  it('an empty start or end cell says the time is missing, on that cell', () => {
    const r = readSchedule(workbook(tab('График', [['День', 'Начало', 'Окончание', 'Ответственный'], ['ПН', '', '11.00', 'А'], ['ВТ', '9.00', '', 'Б'], ['СР', '11.00', '9:00:00', 'В']])));
    expect(r.problems.map((p) => [p.cell, p.text(catalogue('ru'))])).toEqual([
      ['График!B2', 'Не указано время: напишите его, например 9.00'],
      ['График!C3', 'Не указано время: напишите его, например 9.00'],
      ['График!B4', '«11.00-9:00:00» — конец раньше начала'],
    ]);
  });

  it('a time the Sheet turned into a date (9.05 typed in a Russian locale is 9 May) says how to type it', () => {
    const ninthOfMay = new Date(Date.UTC(2026, 4, 8, 21, 0)); // midnight in Moscow
    const r = readSchedule(workbook(tab('График', [['День', 'Начало', 'Окончание', 'Ответственный'], ['ПН', ninthOfMay, '10.00', 'Петров В.Г.']])), {
      schoolDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      timeZone: 'Europe/Moscow',
    });
    expect(r.problems.map((p) => [p.cell, p.text(catalogue('ru'))])).toEqual([
      ['График!B2', '«09.05.2026» — это дата, а нужно время. Если вы вводили 9.05, Таблица поняла это как дату: введите 9:05 (через двоеточие)'],
    ]);
    expect(r.problems[0]!.text(en)).toBe('"09.05.2026" is a date, not a time. If you typed 9.05, the Sheet took it for a date: type 9:05 (with a colon)');
  });

  it('an empty schedule tab is a warning naming it, not skipped in silence', () => {
    const r = readSchedule(workbook(tab('График', [['День', 'Время', 'Ответственный'], ['ПН', '9-10', 'А']]), tab('График 2', [])));
    expect(r.problems.map((p) => [p.cell, p.severity, p.text(en)])).toEqual([['График 2', 'warning', 'The tab "График 2" is empty: it has neither headers nor duties']]);
    expect(r.slots).toHaveLength(1);
  });

  it('a missing required column is one problem naming the tab and the column', () => {
    const r = readSchedule(workbook(tab('График', [['День', 'Время', 'Кабинет'], ['ПН', '9-11', '14']])));
    expect(r.problems.map((p) => [p.cell, p.text(catalogue('ru'))])).toEqual([['График', 'На листе «График» нет столбца «Ответственный»']]);
  });

  it('a bad time is a problem at its cell and the other rows are still read', () => {
    const r = readSchedule(
      workbook(tab('График', [['День', 'Время', 'Ответственный'], ['ПН', '=HYPERLINK("http://x","y")', 'А'], ['', '9-10', 'Б']])),
    );
    expect(r.problems.map((p) => [p.cell, p.text(en)])).toEqual([
      ['График!B2', '"=HYPERLINK("http://x","y")" is a formula, not a time. Write the start and the end, e.g. 9:00-11:00'],
    ]);
    expect(r.slots.map(brief)).toEqual(['Б mon 09:00-10:00 - График!B3']);
  });

  it('a day range in the day column makes one slot per day', () => {
    const r = readSchedule(workbook(tab('График', [['День', 'Время', 'Ответственный'], ['ПН-СР', '9-10', 'А']])));
    expect(r.slots.map((s) => s.day)).toEqual(['mon', 'tue', 'wed']);
  });

  it('an empty kind covers every kind; several kinds in one cell are all read', () => {
    const r = readSchedule(
      workbook(tab('График', [['День', 'Время', 'Вид помощи', 'Ответственный'], ['ПН', '9-10', '', 'А'], ['ПН', '9-10', 'Методическая, техническая', 'Б'], ['ПН', '9-10', 'Консультации', 'В']])),
    );
    expect(r.slots.map((s) => [s.anyKind, s.kinds])).toEqual([
      [true, []],
      [false, ['technical', 'methodical']],
      [true, []],
    ]);
  });

  it('each unreadable row is one problem at the cell to fix, and the rows around it are still read', () => {
    const r = readSchedule(
      workbook(
        tab('График', [
          ['День', 'Время', 'Ответственный'],
          ['', '9-10', 'А'], // no day above it
          ['ПН', '9-10', 'Б'],
          ['ВТ', '', 'В'], // no time
          ['', '9-10', ''], // no one responsible
          ['', 'вчера 9-10', 'Г'], // a day in the time cell that is not a day
          ['', '', ''],
          ['СР', '', ''], // a day heading for the row below
          ['', '10-11', 'Д'],
        ]),
        tab('График 2', [
          ['День', 'Начало', 'Окончание', 'Ответственный'],
          ['ПН', '9.00', '8.00', 'Е'],
          ['ПН', 'девять', '10.00', 'Ж'],
          ['ПН', '9.00', '25.00', 'З'],
        ]),
      ),
    );
    expect(r.problems.map((p) => `${p.cell} ${p.severity}: ${p.text(en)}`)).toEqual([
      'График!A2 error: The day is missing',
      'График!B4 error: The time is missing',
      'График!C5 error: The responsible person is missing',
      'График!B6 error: "вчера" does not look like a weekday (e.g. Monday, Mon, Mon-Fri, daily)',
      "'График 2'!B2 error: \"9.00-8.00\": the end is before the start",
      "'График 2'!B3 error: \"девять\" does not look like a time. Write the time, e.g. 9:00",
      "'График 2'!C4 error: \"25.00\": there is no hour 25 (hours run from 0 to 24)",
    ]);
    expect(r.slots.map(brief)).toEqual(['Б mon 09:00-10:00 - График!B3', 'Д wed 10:00-11:00 - График!B9']);
  });
});

describe('grid layout', () => {
  const reading = readSchedule(workbook(csvTab('График', layout('grid-schedule.csv').replace('Сотрудник', ''))));

  it('an empty person header, roles in parentheses, several ranges and a room per cell', () => {
    expect(reading.problems).toEqual([]);
    expect(reading.layouts).toEqual([{ tab: 'График', layout: 'grid' }]);
    expect(reading.slots.map(brief)).toEqual([
      'Кузнецова Ж.З. tue 14:30-16:00 - График!C2',
      'Кузнецова Ж.З. thu 08:00-10:00 - График!E2',
      'Иванова А.Б. mon 08:00-11:00 - График!B3',
      'Иванова А.Б. wed 13:00-15:00 - График!D3',
      'Сидоренко Д.Е. tue 12:00-14:00 - График!C4',
      'Сидоренко Д.Е. fri 08:00-10:00 - График!F4',
      'Петров В.Г. mon 08:00-10:00 - График!B5',
      'Петров В.Г. mon 14:00-16:00 - График!B5',
      'Петров В.Г. wed 08:00-10:00 - График!D5',
      'Петров В.Г. thu 14:00-16:00 - График!E5',
      'Смирнов И.К. fri 14:00-16:00 каб. 14 График!F6',
    ]);
    expect(reading.slots[0]!.role).toBe('администратор ЭЖ, технический специалист');
  });

  it('a filled row without a person and a day written inside a day column are problems at their cells', () => {
    const r = readSchedule(workbook(tab('Schedule', [['', 'Mon', 'Tue'], ['Smith J.', '9-10', 'Mon 9-10'], ['', '9-10', '']])));
    expect(r.problems.map((p) => `${p.cell}: ${p.text(en)}`)).toEqual([
      'Schedule!C2: "Mon 9-10" does not look like a time. Write the start and the end, e.g. 9:00-11:00',
      'Schedule!A3: The responsible person is missing',
    ]);
    expect(r.slots.map(brief)).toEqual(['Smith J. mon 09:00-10:00 - Schedule!B2']);
  });
});

describe('combined layout', () => {
  it('the day and the time share one cell', () => {
    const r = readSchedule(
      workbook(
        tab('График', [
          ['Время работы', 'Вид помощи', 'Ответственный', 'Кабинет'],
          ['Ежедневно с 13-00 до 15-00', 'Методическая, техническая', 'Кузнецова Ж.З.', 'каб. 21'],
          ['ПН-ПТ 9.00-16.00', 'техническая', 'Петров В.Г.', 'каб. 14'],
        ]),
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.slots.filter((s) => s.person === 'Кузнецова Ж.З.').map((s) => s.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(r.slots).toHaveLength(10);
  });
});

describe('combined cells as orders write them', () => {
  const read = (cell: string) => readSchedule(workbook(tab('График', [['Дни и время', 'Ответственный'], [cell, 'Петров В.Г.']])));

  it('a colon or a comma after the days is punctuation, not part of them', () => {
    for (const cell of ['ПН-ПТ: 9.00-16.00', 'Ежедневно, с 9.00 до 16.00', 'ПН-ПТ – 9.00-16.00', 'Ежедневно - с 9-00 до 16-00']) {
      const r = read(cell);
      expect([cell, r.problems]).toEqual([cell, []]);
      expect(r.slots.map((s) => s.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    }
  });

  it('days after a range start a group of their own, and are no room', () => {
    const r = read('Пн, Ср 9.00-11.00; Пт 14.00-16.00');
    expect(r.problems).toEqual([]);
    expect(r.slots.map(brief)).toEqual([
      'Петров В.Г. mon 09:00-11:00 - График!A2',
      'Петров В.Г. wed 09:00-11:00 - График!A2',
      'Петров В.Г. fri 14:00-16:00 - График!A2',
    ]);
  });

  it('days after a room start the next group; the room stays with its own range', () => {
    for (const [cell, rooms] of [
      ['Пн, Ср 9.00-11.00 каб. 14; Пт 14.00-16.00 каб. 20', ['каб. 14', 'каб. 14', 'каб. 20']],
      ['Пн 9.00-11.00 (каб. 14), Чт 14.00-16.00', ['(каб. 14)', null]],
      ['Пн 9.00-11.00 каб. 14 Пт 14.00-16.00', ['каб. 14', null]],
    ] as const) {
      const r = read(cell);
      expect([cell, r.problems, r.slots.map((s) => s.room)]).toEqual([cell, [], rooms]);
      expect(r.slots.map((s) => s.day).at(-1)).toBe(cell.includes('Чт') ? 'thu' : 'fri');
    }
  });

  it('days inside parentheses or after «кроме» belong to the room’s words, not to a next group', () => {
    for (const cell of ['Пн 9.00-11.00 каб. 14 (кроме среды), 14.00-15.00', 'Пн 9.00-11.00 каб. 14 кроме Ср, 14.00-15.00', 'Пн 9.00-11.00 каб. 14 кроме Вт, Ср, 14.00-15.00', 'Пн 9.00-11.00 каб. 14 кроме вторника и среды, 14.00-15.00']) {
      const r = read(cell);
      expect([cell, r.slots.map((s) => s.day)]).toEqual([cell, ['mon', 'mon']]);
    }
    // After the exception, a new clause starts a group: `без обеда, ПТ`, `(кроме среды), СБ`, `кроме СР; СБ`.
    for (const [cell, last] of [['ПН-ЧТ 9.00-16.00 без обеда, ПТ 9.00-13.00', 'fri'], ['ПН-ПТ 9-11 каб. 14 (кроме среды), СБ 10-12', 'sat'], ['ПН-ПТ 9-11 кроме СР; СБ 10-12', 'sat']] as const) {
      const r = read(cell);
      expect([cell, r.problems, r.slots.at(-1)?.day, r.slots.filter((s) => s.day === last).length]).toEqual([cell, [], last, 1]);
    }
  });

  it('American letters for two or more days start a later group (T/Th); one letter alone stays a room', () => {
    const r = readSchedule(workbook(tab('Schedule', [['Days and time', 'Person'], ['M/W/F 3.15-4.15, T/Th 7.45-8.15', 'Smith J.'], ['Mon 8.00-8.30 W, 9-10', 'Brown K.']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => `${s.day} ${formatTime(s.range.start)} ${s.room}`)).toEqual(['mon 15:15 null', 'wed 15:15 null', 'fri 15:15 null', 'tue 07:45 null', 'thu 07:45 null', 'mon 08:00 W', 'mon 09:00 null']);
  });

  it('a dash between a later group’s days and its hours keeps those days', () => {
    for (const [cell, days] of [
      ['Пн,Ср,Пт – 8.00-9.00; Вт,Чт – 15.00-16.00', 'mon wed fri tue thu'],
      ['Пн - 9.00-11.00, Ср - 14.00-16.00', 'mon wed'],
    ] as const) {
      const r = read(cell);
      expect([cell, r.problems, r.slots.map((s) => s.day).join(' '), r.slots.map((s) => s.room)]).toEqual([cell, [], days, r.slots.map(() => null)]);
    }
  });

  it('days left out after the hours are taken off that group’s days, and are no room', () => {
    for (const [cell, days, rooms] of [
      ['ПН-ПТ 9.00-11.00 кроме СР', 'mon tue thu fri', '- - - -'],
      ['ПН-ПТ кроме СР 9.00-11.00', 'mon tue thu fri', '- - - -'],
      ['ПН-ПТ 9.00-11.00 (кроме среды) каб. 14', 'mon tue thu fri', 'каб. 14 каб. 14 каб. 14 каб. 14'],
      ['ПН-ПТ 9.00-11.00 кроме СР, каб. 14', 'mon tue thu fri', 'каб. 14 каб. 14 каб. 14 каб. 14'],
      ['ПН-СР 9-11 кроме ВТ; СБ 10-12', 'mon wed sat', '- - -'],
      ['Mon-Fri 9:00-11:00 except Wed and Fri', 'mon tue thu', '- - -'],
      // No days after the word: the text stays the room's, as before.
      ['ПН 9.00-16.00 без обеда', 'mon', 'без обеда'],
    ] as const) {
      const r = read(cell);
      expect([cell, r.problems, r.slots.map((s) => s.day).join(' '), r.slots.map((s) => s.room ?? '-').join(' ')]).toEqual([cell, [], days, rooms]);
    }
  });

  it('a long cell of exception words, commas or brackets is read in linear time', () => {
    for (const cell of [`ПН 9-11 ${'кроме '.repeat(10_000)}`, `ПН 9-11 кроме ${','.repeat(50_000)} СР`, `ПН 9-11 (${'(кроме '.repeat(8_000)}`, `ПН${' ,('.repeat(16_000)}кроме СР 9-11`]) {
      const started = Date.now();
      read(cell);
      expect([cell.slice(0, 20), Date.now() - started < 2_000]).toEqual([cell.slice(0, 20), true]);
    }
  });

  it('a break after a room keeps the next group’s days and the room', () => {
    const r = read('ПН-СР 9.00-16.00 каб. 14 (обед 12.00-13.00); СБ 9.00-12.00');
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => `${s.day} ${formatTime(s.range.start)} ${s.room}`)).toEqual([
      'mon 09:00 каб. 14',
      'tue 09:00 каб. 14',
      'wed 09:00 каб. 14',
      'mon 13:00 каб. 14',
      'tue 13:00 каб. 14',
      'wed 13:00 каб. 14',
      'sat 09:00 null',
    ]);
  });

  it('a break inside one group’s hours keeps the next group’s days: no room «Вт», no second Monday', () => {
    const r = read('Пн 9.00-16.00 (обед 12.00-13.00), Вт 9.00-12.00');
    expect(r.problems).toEqual([]);
    expect(r.slots.map(brief)).toEqual([
      'Петров В.Г. mon 09:00-12:00 - График!A2',
      'Петров В.Г. mon 13:00-16:00 - График!A2',
      'Петров В.Г. tue 09:00-12:00 - График!A2',
    ]);
  });

  it('a lunch break inside the hours is taken out of them: no overlap of a person with themself', () => {
    const r = readSchedule(workbook(tab('График', [['День', 'Время', 'Ответственный'], ['ПН', '9.00-16.00 (обед 12.00-13.00)', 'Петров В.Г.']])));
    expect(r.slots.map(brief)).toEqual(['Петров В.Г. mon 09:00-12:00 - График!B2', 'Петров В.Г. mon 13:00-16:00 - График!B2']);
  });
});

describe('days left out in a list’s time or room cell, and in a grid', () => {
  it('«кроме СР» after the time in the time column leaves Wednesday out', () => {
    const r = readSchedule(workbook(tab('График', [['День', 'Время', 'Ответственный', 'Кабинет'], ['ПН-ПТ', '12.00-13.00 кроме СР', 'Петров В.Г.', 'каб. 15']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => `${s.day} ${s.room}`)).toEqual(['mon каб. 15', 'tue каб. 15', 'thu каб. 15', 'fri каб. 15']);
  });

  it('a room written with days left out is that room on the other days and no known room on those', () => {
    const r = readSchedule(
      workbook(tab('График', [['День', 'Время', 'Ответственный', 'Кабинет'], ['ПН-ПТ', '9.00-11.00', 'Петров В.Г.', 'каб. 14 (кроме среды)'], ['СР', '9.00-11.00', 'Смирнов И.К.', 'каб. 14']])),
    );
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => `${s.person} ${s.day} ${s.room}`)).toEqual([
      'Петров В.Г. mon каб. 14',
      'Петров В.Г. tue каб. 14',
      'Петров В.Г. wed null',
      'Петров В.Г. thu каб. 14',
      'Петров В.Г. fri каб. 14',
      'Смирнов И.К. wed каб. 14',
    ]);
  });

  it('a grid cell that leaves its own column’s day out gives no slot that day', () => {
    const r = readSchedule(workbook(tab('График', [['ФИО', 'Понедельник', 'Среда'], ['Петров В.Г.', '9.00-11.00 (кроме среды)', '9.00-11.00 (кроме среды)']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => `${s.day} ${s.room}`)).toEqual(['mon null']);
  });
});

describe('rows under the table', () => {
  it('a signature in the day column, with no time and no person, is a warning, not an error that fails the check', () => {
    const r = readSchedule(workbook(tab('График', [['День', 'Время', 'Ответственный'], ['ПН', '9.00-12.00', 'Петров В.Г.'], ['', '', ''], ['Составил: зам. директора по УВР Иванова А.Б.', '', '']])));
    expect(r.slots).toHaveLength(1);
    expect(r.problems.map((p) => [p.cell, p.severity, p.text(en)])).toEqual([['График!A4', 'warning', en.scheduleRowWithoutDuty()]]);
    // A row with hours or a person under an unreadable day is still an error.
    const bad = readSchedule(workbook(tab('График', [['День', 'Время', 'Ответственный'], ['Понедельнк', '9.00-12.00', 'Петров В.Г.']])));
    expect(bad.problems.map((p) => p.severity)).toEqual(['error']);
  });
});

describe('text right of the table', () => {
  it('a row whose cells moved right past the last header is a warning at its first cell beyond the table', () => {
    const r = readSchedule(
      workbook(tab('График', [['День', 'Время', 'Вид помощи', 'Ответственный', 'Кабинет'], ['ПН', '9.00-11.00', 'техническая', 'Иванова А.Б.', ' Петров В.Г.', 'каб. 5'], ['ПН', '10.00-12.00', 'техническая', 'Смирнов И.К.', 'каб. 5', '']])),
    );
    expect(r.problems.map((p) => [p.cell, p.severity, p.text(en)])).toEqual([['График!F2', 'warning', en.cellBeyondHeader()]]);
  });
});

describe('duty not every week', () => {
  it('odd or even weeks are read as every week, with a warning at the cell that says so', () => {
    const r = readSchedule(
      workbook(
        tab('График', [['День', 'Время', 'Ответственный'], ['среда (по чётным)', '9.00-11.00', 'Петров В.Г.'], ['ПТ', '9-11 (нечётные недели)', 'Смирнов И.К.'], ['ПН', '9-11', 'Орлова Е.Е.']]),
        tab('Schedule 2', [['Name', 'Mon'], ['Smith J.', '9-11 every other week']]),
      ),
    );
    expect(r.slots.map((s) => s.day)).toEqual(['wed', 'fri', 'mon', 'mon']);
    expect(r.problems.map((p) => [p.cell, p.severity, p.text(en)])).toEqual([
      ['График!A2', 'warning', en.weekParityIgnored()],
      ['График!B3', 'warning', en.weekParityIgnored()],
      ["'Schedule 2'!B2", 'warning', en.weekParityIgnored()],
    ]);
  });
});

describe('what this session’s review found read wrong', () => {
  it('a room named with a class or a lounge stays a room; a grid column headed Tutor is no weekday', () => {
    const r = readSchedule(workbook(tab('График', [['День', 'Время', 'Ответственный'], ['ПН', '9-11 Компьютерный класс', 'Петров В.Г.'], ['ПН', '10-12 Компьютерный класс', 'Смирнов И.К.']])));
    expect(r.slots.map((s) => s.room)).toEqual(['Компьютерный класс', 'Компьютерный класс']);
    expect(findConflicts(r.slots)).toHaveLength(1);
    const grid = readSchedule(workbook(tab('Schedule', [['Staff', 'Tutor', 'Monday', 'Tuesday'], ['Smith J.', '10-2', '8.30-8.45 Gate', '']])));
    expect(grid.slots.map((s) => `${s.day} ${s.room}`)).toEqual(['mon Gate']);
  });

  it('a day with its even or odd weeks (Пн чет) is that day, with the warning', () => {
    const r = readSchedule(workbook(tab('График', [['День', 'Время', 'Ответственный'], ['Пн чет', '9-11', 'Петров В.Г.']])));
    expect(r.slots.map((s) => s.day)).toEqual(['mon']);
    expect(r.problems.map((p) => [p.cell, p.text(en)])).toEqual([['График!A2', en.weekParityIgnored()]]);
  });

  it.each([
    'Ср по чётным', 'Вт по неч', 'Пн, Ср неч', 'Пн, Ср чет', 'Пт по чет', 'Пн чет 9-11', 'Пн 9-11, Ср 14-16 (по неч.)', '9.00-11.00 (по чет.)', '9-11 по чёт. неделям', 'с 9 ч. до 11 ч. чет',
  ])('names odd or even weeks: %s', (text) => expect(namesWeekParity(text)).toBe(true));

  it.each(['Пн по чет', 'Пн и Чет', 'Пн, Чет', 'Пн 9-11, Чет 14-16', 'Отчет 9-11', 'Четверг'])('names no weeks: %s', (text) => expect(namesWeekParity(text)).toBe(false));

  it('the week-parity test passes a long run of spaces in linear time', () => {
    for (const text of [`${' '.repeat(50_000)}н`, `9-11${' '.repeat(50_000)}н`, `ПН${' '.repeat(50_000)}чет`, `${'а '.repeat(25_000)}x`, `(${'по '.repeat(16_000)}x`]) {
      const started = Date.now();
      namesWeekParity(text);
      expect([text.slice(0, 6), Date.now() - started < 2_000]).toEqual([text.slice(0, 6), true]);
    }
  });

  it('notes of whom a duty is for are no rooms; a word with lab in it is no lab', () => {
    const rows = ['(Year 7)', '(students only)', '(родители)', '(для всех)', '(учащиеся 5-х классов)', '(available by appointment)'].map((note, i) => ['ПН', `8.${i}0-9.00 ${note}`, `Person${i} A.`]);
    const r = readSchedule(workbook(tab('Schedule', [['Day', 'Time', 'Person'], ...rows])));
    expect(r.slots.map((s) => s.room)).toEqual(rows.map(() => null));
  });

  it('a bad cell under a column of several days is said of once', () => {
    const r = readSchedule(workbook(tab('График', [['ФИО', 'Пн', 'Ср-Чт'], ['Петров В.Г.', '9-11', 'когда-нибудь']])));
    expect(r.problems.map((p) => p.cell)).toEqual(['График!C2']);
  });
});

describe('notes after the hours', () => {
  it('a note of who or when after the hours is no room; a room beside it stays, and the grid’s room column applies', () => {
    const r = readSchedule(
      workbook(
        tab('График', [
          ['ФИО', 'Понедельник', 'Вторник', 'Кабинет'],
          ['Петров В.Г.', '14.00-16.00 каб. 14 (5-9 классы)', '8.00-10.00 для 1-4 кл.', ''],
          ['Смирнов И.К.', '15.00-17.00 (по записи)', '14.00-16.00 (с 15.09 по 20.12)', 'каб. 20'],
          ['Сидоренко П.П.', '15.00-17.00 (по записи)', '9.00-11.00 (Библиотека)', ''],
        ]),
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => `${s.person} ${s.day} ${formatTime(s.range.start)} ${s.room}`)).toEqual([
      'Петров В.Г. mon 14:00 каб. 14',
      'Петров В.Г. tue 08:00 null',
      'Смирнов И.К. mon 15:00 каб. 20',
      'Смирнов И.К. tue 14:00 каб. 20',
      'Сидоренко П.П. mon 15:00 null',
      'Сидоренко П.П. tue 09:00 Библиотека',
    ]);
  });
});

describe('grid headers as orders write them', () => {
  it('abbreviated weekdays (Понед., Четв., Суб.) are weekday columns', () => {
    const r = readSchedule(workbook(tab('График', [['ФИО', 'Понед.', 'Вторник', 'Четв.', 'Суб.'], ['Петров В.Г.', '9.00-11.00', '', '14.00-16.00', '10-12']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => s.day)).toEqual(['mon', 'thu', 'sat']);
  });

  it('a letter after a range in a combined cell is its room, not a day (8.00-8.30 W)', () => {
    const r = readSchedule(workbook(tab('Schedule', [['Time', 'Responsible'], ['Mon 8:00-8:30 W, 12:00-12:30 MR', 'Smith J.']])));
    expect(r.slots.map((s) => `${s.day} ${s.room}`)).toEqual(['mon W', 'mon MR']);
  });

  it('an American grid headed M T W Th F is a grid of weekdays', () => {
    const r = readSchedule(workbook(tab('Schedule', [['Staff', 'M', 'T', 'W', 'Th', 'F'], ['Jane Roe', '9-11', '', '', '1-3 pm', '']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => `${s.person} ${s.day}`)).toEqual(['Jane Roe mon', 'Jane Roe thu']);
  });

  it('a dash or «нет» in a weekday cell is no duty that day, as an empty cell', () => {
    const r = readSchedule(workbook(tab('График', [['ФИО', 'ПН', 'ВТ', 'СР', 'ЧТ'], ['Петров В.Г.', '—', '9.00-11.00', '-', 'нет']])));
    expect(r.problems).toEqual([]);
    expect(r.slots.map((s) => s.day)).toEqual(['tue']);
  });

  it('a row-number column (№) beside an unnamed person column is not taken for the names', () => {
    const r = readSchedule(workbook(tab('График', [['№', '', 'Понедельник', 'Вторник'], [1, 'Петров В.Г. (системный администратор)', '9.00-11.00', '']])));
    expect(r.slots.map((s) => s.person)).toEqual(['Петров В.Г.']);
  });
});

describe('several schedule tabs', () => {
  it('every tab whose name starts with График or Schedule is read; others are not', () => {
    const r = readSchedule(
      workbook(
        tab('График', [['День', 'Время', 'Ответственный'], ['ПН', '9-10', 'А']]),
        tab('График 2 корпус', [['День', 'Время', 'Ответственный'], ['ПН', '9-10', 'Б']]),
        tab('Заметки', [['День', 'Время', 'Ответственный'], ['ПН', '9-10', 'В']]),
      ),
    );
    expect(r.slots.map((s) => s.cell)).toEqual(['График!B2', "'График 2 корпус'!B2"]);
  });

  it('a workbook without a schedule tab gets one problem', () => {
    expect(readSchedule(workbook(tab('Лист1', []))).problems.map((p) => p.text(en))).toEqual([en.noScheduleTab()]);
  });
});

describe('names and rooms', () => {
  it('one person however the initials are spaced, one room however it is written', () => {
    expect(personKey('Петров В. Г.')).toBe(personKey('петров в.г.'));
    expect(roomKey('каб. 14')).toBe(roomKey('Кабинет №14'));
    expect(roomKey('room 14')).toBe('14');
    expect([roomKey('— каб. 14'), roomKey('/ каб. 14'), roomKey('(каб. 14)')]).toEqual(['14', '14', '14']);
  });

  it('help at a distance has no room to share: by phone, online', () => {
    const distance = ['по телефону', 'онлайн (Сферум)', 'By phone', 'дистанционно', 'Online', 'по телефону или e-mail', '(по телефону)', 'Онлайн, Сферум', 'онлайн / по телефону', 'по телефону 22-33-44', 'онлайн (Teams)', 'по телефону (доб. 214)', 'по телефону +7 999 123-45-67', 'тел. 8 (800) 555-35-35'];
    expect(distance.map(roomKey)).toEqual(distance.map(() => ''));
    expect(roomKey('Актовый зал')).toBe('актовыйзал');
    // A room that only begins with such a word is a room.
    expect(['Онлайн или каб. 14', 'Zoom-зал', 'Тел. доверия каб. 5', 'Phone room', 'онлайн (каб. 14)', 'по телефону 14'].map(roomKey).filter((k) => k === '')).toEqual([]);
  });

  it('splits a role off and several people apart', () => {
    expect(splitPersonCell('Иванова А.Б. (зам. директора по УВР); Петров В.Г.')).toEqual({
      people: ['Иванова А.Б.', 'Петров В.Г.'],
      role: 'зам. директора по УВР',
    });
  });

  it('two names joined by и, and or &, and a role after a dash or before the name', () => {
    expect(['Иванова А.Б. и Петров В.Г.', 'J. Smith and K. Brown', 'Smith J. & Brown K.'].map((t) => splitPersonCell(t).people)).toEqual([
      ['Иванова А.Б.', 'Петров В.Г.'],
      ['J. Smith', 'K. Brown'],
      ['Smith J.', 'Brown K.'],
    ]);
    expect(splitPersonCell('Иванова А.Б. — зам. директора')).toEqual({ people: ['Иванова А.Б.'], role: 'зам. директора' });
    expect(splitPersonCell('Учитель информатики Смирнов И.К.')).toEqual({ people: ['Смирнов И.К.'], role: 'Учитель информатики' });
    // A bracket left open runs to the end of the cell.
    expect(splitPersonCell('Петров В.Г. (сисадмин')).toEqual({ people: ['Петров В.Г.'], role: 'сисадмин' });
    expect(splitPersonCell('Рабочая группа (Иванова А.Б., Петров В.Г.', false).people).toEqual(['Рабочая группа', 'Иванова А.Б.', 'Петров В.Г.']);
    for (const [cell, role] of [
      ['Системный администратор Петров В.Г.', 'Системный администратор'],
      ['Технический специалист Петров В.Г.', 'Технический специалист'],
      ['Зав. библиотекой Петров В.Г.', 'Зав. библиотекой'],
      ['И.о. завуча Петров В.Г.', 'И.о. завуча'],
      ['Ответственный за ЭЖ Петров В.Г.', 'Ответственный за ЭЖ'],
    ] as const)
      expect(splitPersonCell(cell)).toEqual({ people: ['Петров В.Г.'], role });
    expect(splitPersonCell('Заместитель директора по УВР Иванова А.Б.', false).people).toEqual(['Иванова А.Б.']);
    // Without initials on both sides a joining word stays part of the text: `Иванова и Петрова` is not read apart.
    expect(splitPersonCell('Иванова и Петрова').people).toEqual(['Иванова и Петрова']);
  });

  it('a part in lower case after a name is its role, so a comma before a role makes no second person', () => {
    expect(splitPersonCell('Смирнов И.К., учитель информатики')).toEqual({ people: ['Смирнов И.К.'], role: 'учитель информатики' });
    expect(splitPersonCell('Петров В.Г., Смирнов И.К.')).toEqual({ people: ['Петров В.Г.', 'Смирнов И.К.'], role: null });
    // Names written in lower case or with a particle still have initials: they are people.
    expect(splitPersonCell('иванова м.п., петрова а.с.').people).toEqual(['иванова м.п.', 'петрова а.с.']);
    expect(splitPersonCell('Smith J., van der Berg K.').people).toEqual(['Smith J.', 'van der Berg K.']);
  });

  it('a long cell of open parentheses, capitals or spaces is read in linear time', () => {
    // Two capital words of 50,000 letters joined by `и` took 94 s when a surname was tried inside a word.
    const long = 'A'.repeat(50_000);
    for (const text of ['('.repeat(50_000), '(x'.repeat(25_000), `${long} и ${long}`, `${long} - x`, `(${long} и x)`, `${' '.repeat(50_000)}и `]) {
      const started = Date.now();
      splitPersonCell(text);
      splitPersonCell(text, false);
      expect([text.slice(0, 10), Date.now() - started < 2_000]).toEqual([text.slice(0, 10), true]);
    }
  });

  it('initials after a comma complete the surname before them (Smith, J.); initials codes stay people', () => {
    expect(splitPersonCell('Smith, J.').people).toEqual(['Smith J.']);
    expect(splitPersonCell('Петров, В.Г.').people).toEqual(['Петров В.Г.']);
    expect(splitPersonCell('J.S., K.M.').people).toEqual(['J.S.', 'K.M.']);
    // Two surnames with a comma between are two people (`Smith, John` too: a register's order is not known).
    expect(splitPersonCell('Петров, Иванов').people).toEqual(['Петров', 'Иванов']);
    expect(splitPersonCell('Smith, Jones').people).toEqual(['Smith', 'Jones']);
  });
});

describe('what the fourth review found read wrong', () => {
  const list = (time: string, room = '') =>
    readSchedule(workbook(tab('График', [['День', 'Время', 'Ответственный', 'Кабинет'], ['ПН', time, 'Петров В.Г.', room]])));
  const brief = (r: ReturnType<typeof readSchedule>) => r.slots.map((s) => `${s.day} ${formatTime(s.range.start)}-${formatTime(s.range.end)}${s.room ? ` [${s.room}]` : ''}`);
  const combined = (cell: string) => readSchedule(workbook(tab('График', [['День и время', 'Ответственный'], [cell, 'Петров В.Г.']])));

  it.each([
    // A period of dates in October or May, and one alone in brackets, is no night duty and no room.
    ['9.00-11.00 с 01.10 по 20.10', ['mon 09:00-11:00']],
    ['9-11, с 05.10 по 20.10', ['mon 09:00-11:00']],
    ['14.00-16.00 (01.09-20.10)', ['mon 14:00-16:00']],
    ['9.00-11.00 (с 1.10 по 15.10)', ['mon 09:00-11:00']],
    // Hour units in capitals, ranges with по, a unit before a half of the day.
    ['С 8 Ч. ДО 10 Ч.', ['mon 08:00-10:00']],
    ['с 14 ч. по 16 ч.', ['mon 14:00-16:00']],
    ['с 9 утра по 1 дня', ['mon 09:00-13:00']],
    ['с 9 часов утра до 12 часов', ['mon 09:00-12:00']],
    // A recess touching the hours is a duty; a break named after с перерывом, or for lunch, is cut off.
    ['9.00-16.00 (с перерывом на обед 12-13)', ['mon 09:00-12:00', 'mon 13:00-16:00']],
    ['8-12, 1-4 (break for lunch 12-1)', ['mon 08:00-12:00', 'mon 13:00-16:00']],
  ])('%s', (time, slots) => expect(brief(list(time))).toEqual(slots));

  it('a recess touching the hours is a duty of its own', () => {
    expect(list('8.00-10.00 (перемена 10.00-10.20)').slots.map((s) => `${formatTime(s.range.start)}-${formatTime(s.range.end)}`)).toEqual(['08:00-10:00', '10:00-10:20']);
  });

  it('a later group whose days are followed by how the help is given goes on its own days', () => {
    expect(brief(combined('Пн 9-11 каб. 14; Ср по тел. 15.00-16.00'))).toEqual(['mon 09:00-11:00 [каб. 14]', 'wed 15:00-16:00']);
    expect(brief(combined('Ср урок 13.30-14.10'))).toEqual(['wed 13:30-14:10']);
  });

  it('place words win over note words; кл. час is a note', () => {
    for (const room of ['Student Centre', 'Year 9 Hub', 'Родительский комитет']) expect(brief(list(`9-11 ${room}`))).toEqual([`mon 09:00-11:00 [${room}]`]);
    expect(brief(list('14-15 кл. час'))).toEqual(['mon 14:00-15:00']);
  });

  it('a note after the hours and a long run of digits or spaces stay linear', () => {
    for (const time of [`9.00-11.00 каб. 14${' '.repeat(2_000)}(по записи)`, `9.00-11.00 ${'1'.repeat(8_000)}`, `Пн${' '.repeat(50_000)}x 9-11`]) {
      const started = Date.now();
      list(time);
      combined(time);
      expect([time.slice(0, 12), Date.now() - started < 2_000]).toEqual([time.slice(0, 12), true]);
    }
  });
});

describe('what the fifth review found read wrong', () => {
  const list = (time: string, header = 'Ответственный') =>
    readSchedule(workbook(tab('График', [['День', 'Время', header, 'Кабинет'], ['ПН', time, 'Петров В.Г.', '']])));

  it('a break that swallows the hours before it takes nothing out of them, and nothing fails', () => {
    for (const time of ['10-11 (обед 9-12)', '9-12 (обед 9-12)']) expect(list(time).slots).toHaveLength(1);
  });

  it('an English lunch or break in brackets at the edge of the hours is no duty', () => {
    for (const time of ['9:00-12:00 (lunch 12:00-13:00)', '9:00-12:00 (break 12:00-12:15)']) {
      expect(list(time).slots.map((s) => [formatTime(s.range.start), formatTime(s.range.end), s.room])).toEqual([['09:00', '12:00', null]]);
    }
  });

  it('a header whose words outside the brackets name no column is named by the bracket: Учитель (ФИО), Teacher (name)', () => {
    for (const header of ['Учитель (ФИО)', 'Дежурный учитель (ФИО)', 'Кто дежурит (ФИО)', 'Teacher (name)', 'Staff on duty', 'Person responsible', 'Дежурный учитель']) {
      expect([header, list('9-11', header).slots.map((s) => s.person)]).toEqual([header, ['Петров В.Г.']]);
    }
  });

  it('`чет` right after a day is even weeks, read and warned alike: Пн Ср Чет is Monday and Wednesday, with the warning', () => {
    const r = readSchedule(workbook(tab('График', [['День', 'Время', 'Ответственный'], ['Пн Ср Чет', '9-11', 'Петров В.Г.']])));
    expect([r.slots.map((s) => s.day), r.problems.map((p) => p.cell)]).toEqual([['mon', 'wed'], ['График!A2']]);
  });

  it('a header saying how a person is written on both sides (Должность (ФИО)) is no person’s column; Учитель beside Ответственный takes nothing', () => {
    const read = (header: string[], row: string[]) => readSchedule(workbook(tab('График', [header, row]))).slots.map((s) => s.person);
    expect(read(['День', 'Время', 'Должность (ФИО)', 'Ответственный (ФИО)', 'Кабинет'], ['Вт', '9:00-10:00', 'учитель', 'Иванов И.И.', '12'])).toEqual(['Иванов И.И.']);
    expect(read(['День', 'Время', 'Класс', 'Учитель', 'Ответственный', 'Кабинет'], ['Пн', '9:00-10:00', '5А', 'Петров П.П.', 'Иванов И.И.', '12'])).toEqual(['Иванов И.И.']);
    expect(read(['День', 'Время', 'Класс (учитель)', 'Ответственный (ФИО)', 'Кабинет'], ['Пн', '9:00-10:00', '5А', 'Иванов И.И.', '12'])).toEqual(['Иванов И.И.']);
  });
});
