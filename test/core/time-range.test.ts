import fc from 'fast-check';
import { catalogue } from '../../src/core/i18n';
import { formatTime, overlaps, parseTimeRange, parseTimeRanges, readTimeOfDay, subtract } from '../../src/core/time-range';
import { tsvRows } from '../helpers/fixtures';

const ru = catalogue('ru');
const en = catalogue('en');

describe('parseTimeRange', () => {
  const rows = tsvRows('time-ranges.tsv', 3).map(([input, start, end]) => [JSON.stringify(input), input!, start!, end!]);

  it.each(rows.filter((r) => r[2] !== ''))('reads %s', (_label, input, start, end) => {
    const parsed = parseTimeRange(input);
    if (!parsed.ok) throw new Error(parsed.text(en));
    expect(formatTime(parsed.value.range.start)).toBe(start);
    expect(formatTime(parsed.value.range.end)).toBe(end);
  });

  it.each(rows.filter((r) => r[2] === ''))('rejects %s with a message in both languages', (_label, input) => {
    const parsed = parseTimeRange(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.text(ru)).toContain(input.trim());
    expect(parsed.text(ru)).toMatch(/[а-я]/);
    expect(parsed.text(en)).toContain(input.trim());
    expect(parsed.text(en)).toMatch(/^[^а-я]*$/i);
  });

  it.each([
    ['an hour past 24 names the hour', '25.00-26.00', 'there is no hour 25'],
    ['a bad minute names the minute', '8.61-9.00', 'there is no minute 61'],
    ['an end before the start says so', '16.00-14.00', 'the end is before the start'],
    ['an empty range says so', '10.00-10.00', 'the start and the end are the same'],
    ['a single time asks for two', '8.00', 'has only one time'],
    ['a formula is called a formula', '=HYPERLINK("http://x","y")', 'is a formula'],
  ])('%s', (_rule, input, expected) => {
    const parsed = parseTimeRange(input);
    expect(parsed.ok ? '' : parsed.text(en)).toContain(expected);
  });

  it.each([
    ['13-00 - 15-00', 780, 900],
    ['8-30 - 10-30', 510, 630],
    ['13-00-15-00', 780, 900],
    ['13-00 — 15-00 каб. 5', 780, 900],
    ['13-00 - 14-15', 780, 855],
    ['8-30 - 10-15', 510, 615],
    ['10-35 - 11-20', 635, 680],
    ['14-20 - 15-00', 860, 900],
  ])('times written with a hyphen before the minutes, and a dash between them: %s', (input, start, end) => {
    const parsed = parseTimeRange(input);
    expect(parsed.ok && parsed.value.range).toEqual({ start, end });
  });

  it('two ranges of whole hours written with hyphens stay two ranges', () => {
    for (const [text, ranges] of [['9-11 - 13-15', [[540, 660], [780, 900]]], ['10-12 - 14-16', [[600, 720], [840, 960]]], ['14-16 - 9-11', [[840, 960], [540, 660]]]] as const) {
      const parsed = parseTimeRanges(text);
      expect([text, parsed.ok && parsed.value.ranges.map((r) => [r.range.start, r.range.end, r.rest])]).toEqual([text, ranges.map((r) => [...r, ''])]);
    }
  });

  it.each([
    ['1.30-3.00', 810, 900],
    ['12.30-1.30', 750, 810],
    ['11-1', 660, 780],
    ['2-4', 840, 960],
    ['01.30-03.00', 90, 180],
    ['8-9', 480, 540],
    ['5-7', 300, 420],
  ])('hours from 1 to 6 without am or pm are the afternoon: %s', (input, start, end) => {
    const parsed = parseTimeRange(input);
    expect(parsed.ok && parsed.value.range).toEqual({ start, end });
  });

  it('keeps the text after the range as the room', () => {
    const parsed = parseTimeRange('14.30–16.00 каб. 21');
    expect(parsed.ok && parsed.value.rest).toBe('каб. 21');
  });

  it('reads several ranges in one cell, each with its own room; one room after them all is the room of each', () => {
    const parsed = parseTimeRanges('8.00-10.00, 14.00-16.00 каб. 14');
    expect(parsed.ok && parsed.value.ranges.map((r) => [formatTime(r.range.start), r.rest])).toEqual([
      ['08:00', 'каб. 14'],
      ['14:00', 'каб. 14'],
    ]);
    const own = parseTimeRanges('8.00-10.00 каб. 5, 14.00-16.00 каб. 14');
    expect(own.ok && own.value.ranges.map((r) => r.rest)).toEqual(['каб. 5', 'каб. 14']);
    const first = parseTimeRanges('8.00-10.00 каб. 5, 14.00-16.00');
    expect(first.ok && first.value.ranges.map((r) => r.rest)).toEqual(['каб. 5', '']);
    expect(read('8:00–10:00 / 14:00–16:00')).toEqual(['08:00-10:00', '14:00-16:00']);
    expect(read('8.00-10.00 - каб. 5')).toEqual(['08:00-10:00 каб. 5']);
  });

  const read = (cell: string) => {
    const parsed = parseTimeRanges(cell);
    return parsed.ok ? parsed.value.ranges.map((r) => `${formatTime(r.range.start)}-${formatTime(r.range.end)}${r.rest ? ` ${r.rest}` : ''}`) : null;
  };

  it.each([
    ['3.30-4.30pm', ['15:30-16:30']],
    ['2:00-4:00 pm', ['14:00-16:00']],
    ['9:00 AM - 1:00 PM', ['09:00-13:00']],
    ['11-1pm', ['11:00-13:00']],
    ['12-1 p.m.', ['12:00-13:00']],
    ['9am-11am Room 12', ['09:00-11:00 Room 12']],
    ['10-12pm', ['10:00-12:00']],
    ['10:00-12:00 PM', ['10:00-12:00']],
    ['11.30-12.30pm', ['11:30-12:30']],
    ['9am - 12 noon', ['09:00-12:00']],
    ['noon-2pm', ['12:00-14:00']],
    ['10 - midday Room 4', ['10:00-12:00 Room 4']],
    ['12.15-1pm Midday club, Room 4', ['12:15-13:00 Midday club, Room 4']],
    ['9:00-12:00 noon', ['09:00-12:00']],
    ['13:00-14:00 pm', ['13:00-14:00']],
    // An end without its own mark after a start with one: the first such hour after the start.
    ['11am-1', ['11:00-13:00']],
    ['noon to 1:30', ['12:00-13:30']],
    ['12 noon - 2', ['12:00-14:00']],
    // The Russian halves of the day.
    ['с 8 до 10 вечера', ['20:00-22:00']],
    ['с 9 утра до 1 дня', ['09:00-13:00']],
    ['с 6 до 8 вечера каб. 3', ['18:00-20:00 каб. 3']],
  ])('an English 12-hour time: %s', (cell, ranges) => {
    expect(read(cell)).toEqual(ranges);
  });

  it.each([
    ['с 8.00-10.00', ['08:00-10:00']],
    ['от 9.00 - 11.00', ['09:00-11:00']],
    ['9.00-11.00 и 14.00-16.00', ['09:00-11:00', '14:00-16:00']],
    ['с 9.00 до 12.00 ч.', ['09:00-12:00']],
    ['9.00-16.00 (обед 12.00-13.00)', ['09:00-12:00', '13:00-16:00']],
    ['9.00-16.00 каб. 5 (перерыв 12.00-13.00)', ['09:00-12:00 каб. 5', '13:00-16:00 каб. 5']],
    ['9.00-16.00 (обед 12.00-13.00) каб. 5', ['09:00-12:00 каб. 5', '13:00-16:00 каб. 5']],
    ['Break 10:40-11:00 Yard; Lunch 12:30-13:00 Canteen', ['10:40-11:00 Yard; Lunch', '12:30-13:00 Canteen']],
    ['9-11 (2 этаж) каб. 5 (корпус Б)', ['09:00-11:00 (2 этаж) каб. 5 (корпус Б)']],
    ['9-11 (каб. 5)', ['09:00-11:00 каб. 5']],
    ['9-11 h 12', ['09:00-11:00 h 12']],
    ['9-11 и. о. завуча', ['09:00-11:00 и. о. завуча']],
  ])('words that only join ranges, name hours or a break are no room: %s', (cell, ranges) => {
    expect(read(cell)).toEqual(ranges);
  });

  it.each([
    ['9.00-11.00 каб. 2-14', ['09:00-11:00 каб. 2-14']],
    ['9.00-11.00 (Кабинет 3-05)', ['09:00-11:00 Кабинет 3-05']],
    ['9.00-11.00 ауд.2-14, 14.00-16.00 № 1-2', ['09:00-11:00 ауд.2-14', '14:00-16:00 № 1-2']],
    ['Room 1-2 9-11', ['09:00-11:00']],
  ])('numbers after a room word are the room, not hours: %s', (cell, ranges) => {
    expect(read(cell)).toEqual(ranges);
  });

  it.each([
    ['9.00-12.00, 13.00-17.00 (обед 12-13)', ['09:00-12:00', '13:00-17:00']],
    ['9-11 (с перерывом 10.30-10.45)', ['09:00-10:30', '10:45-11:00']],
    ['9-13 (кроме обеда 12-13)', ['09:00-12:00']],
    ['8-12 (перемена 10.00-10.15)', ['08:00-10:00', '10:15-12:00']],
    ['9-11 (перерыв 9-9.15)', ['09:15-11:00']],
    ['9.00-12.00 (обеденный перерыв 12.00-12.30)', ['09:00-12:00']],
    ['9-11 (большая перемена 10-10.20) каб. 3', ['09:00-10:00 каб. 3', '10:20-11:00 каб. 3']],
    ['ПН-ПТ 9.00-16.00 каб. 14 (обед 12.00-13.00); СБ 9.00-12.00', ['09:00-12:00 каб. 14 СБ', '13:00-16:00 каб. 14 СБ', '09:00-12:00']],
  ])('a break named in brackets is never a duty: cut off the hours at their edge or inside, left out elsewhere: %s', (cell, ranges) => {
    expect(read(cell)).toEqual(ranges);
  });

  it.each([
    ['14.00-16.00 каб. 14 (5-9 классы)', ['14:00-16:00 каб. 14 (5-9 классы)']],
    ['8.00-10.00 для 1-4 кл.', ['08:00-10:00 для 1-4 кл.']],
    ['9.00-11.00 каб. 14, тел. 2-14-15', ['09:00-11:00 каб. 14, тел. 2-14-15']],
    ['9.00-11.00, 22-33-44', ['09:00-11:00 22-33-44']],
    ['9-11 кабинеты 14-15', ['09:00-11:00 кабинеты 14-15']],
    ['9-11 (уроки 3-4)', ['09:00-11:00 уроки 3-4']],
    ['9-11 (1-2 этаж)', ['09:00-11:00 1-2 этаж']],
    ['2-4pm Years 7-9', ['14:00-16:00 Years 7-9']],
    // Hours after lessons are hours.
    ['после уроков 14-16', ['14:00-16:00']],
  ])('numbers of classes, lessons, floors, rooms or a phone are no hours: %s', (cell, ranges) => {
    expect(read(cell)).toEqual(ranges);
  });

  it.each([
    ['14.00-16.00 (с 15.09 по 20.12)', ['14:00-16:00 с 15.09 по 20.12']],
    ['14.00-16.00 (с 01.09 по 20.12)', ['14:00-16:00 с 01.09 по 20.12']],
    ['9.00-11.00, 01.09-25.12', ['09:00-11:00 01.09-25.12']],
    ['9.00-11.00 (с 01.10 по 30.10)', ['09:00-11:00 с 01.10 по 30.10']],
  ])('a period of dates without a year is no hours: %s', (cell, ranges) => {
    expect(read(cell)).toEqual(ranges);
  });

  it.each([
    // Words after hours with minutes, or after a class in the singular, are no class numbers.
    ['8.00-10.00 (корпус 1), 14.00-16.00 корпус 2', ['08:00-10:00 корпус 1', '14:00-16:00 корпус 2']],
    ['9.00-11.00, 14.00-14.45 классный час', ['09:00-11:00 классный час', '14:00-14:45 классный час']],
    ['13.00-13.45 классный час', ['13:00-13:45 классный час']],
    ['14-15 в корпусе 2', ['14:00-15:00 в корпусе 2']],
    ['9-11 Класс 5А', ['09:00-11:00 Класс 5А']],
    ['8-9 этаж 2', ['08:00-09:00 этаж 2']],
    ['8-9 floor 2', ['08:00-09:00 floor 2']],
    // Lesson hours with a leading zero or odd minutes stay hours; only `с … по …` or a day past 24 is a date.
    ['8.00-9.00, 09.10-10.10', ['08:00-09:00', '09:10-10:10']],
    ['08.05-09.05', ['08:05-09:05']],
    ['10.01-11.01', ['10:01-11:01']],
    // Ranges joined by commas with no space are not decimal commas.
    ['9-10,11-12,13-14', ['09:00-10:00', '11:00-12:00', '13:00-14:00']],
    ['8-12ч 13-17ч', ['08:00-12:00', '13:00-17:00']],
    // Counts are no times: `2 дня`, `2 часа`, `2ч`; `ч/н` is a note.
    ['9-11, 2 дня', ['09:00-11:00 2 дня']],
    ['9-11 (2 часа)', ['09:00-11:00 2 часа']],
    ['14.30-16.00 (2ч)', ['14:30-16:00 2ч']],
    ['9-11 ч/н', ['09:00-11:00 ч/н']],
    // A recess or a rota's lunch outside the hours may be a duty of its own.
    ['8.00-8.30 (перемена 10.00-10.15)', ['08:00-08:30 (перемена', '10:00-10:15']],
    ['8.30-9.00 Gate (lunch 12.30-1.00 Canteen)', ['08:30-09:00 Gate (lunch', '12:30-13:00 Canteen)']],
    // The third review: units on every range, hours after a word with minutes, dates alone in brackets, a break between the hours.
    ['8ч-12ч, 13ч-17ч', ['08:00-12:00', '13:00-17:00']],
    ['Пн 9ч-11ч', ['09:00-11:00']],
    ['9 утра-1 дня', ['09:00-13:00']],
    ['9.00-11.00, по тел. 15.00-16.00', ['09:00-11:00 по тел.', '15:00-16:00']],
    ['9.00-10.00; урок 13.30-14.10', ['09:00-10:00 урок', '13:30-14:10']],
    ['9.00-11.00 (01.09-20.10)', ['09:00-11:00 01.09-20.10']],
    ['8.00-9.00, с 09.10 по 10.10', ['08:00-09:00', '09:10-10:10']],
    ['8.00-12.00, 13.00-16.00 (lunch 12.00-13.00)', ['08:00-12:00', '13:00-16:00']],
    ['9-12, 13-17 (перерыв на обед 12-13)', ['09:00-12:00', '13:00-17:00']],
    ['14-15 кл. час', ['14:00-15:00 кл. час']],
  ])('what this session’s review found read wrong reads as before: %s', (cell, ranges) => {
    expect(read(cell)).toEqual(ranges);
  });

  it('times whose minutes are a multiple of five stay times, even with a month’s number', () => {
    expect(read('8.05-8.10')).toEqual(['08:05-08:10']);
    expect(read('с 9.10 по 11.10')).toEqual(['09:10-11:10']);
    expect(read('с 01.09 по 20.12')).toBeNull();
  });

  it('a decimal comma on both sides of a range is a time’s point; a comma before a range only separates', () => {
    expect(read('9,00-11,00')).toEqual(['09:00-11:00']);
    expect(read('с 9,30 до 11,00')).toEqual(['09:30-11:00']);
    expect(read('каб. 5,14-16')).toEqual(['14:00-16:00']);
    const start = readTimeOfDay('9,30');
    expect(start.ok && start.value.minutes).toBe(570);
  });

  it('the hour’s letter and a Sheet’s seconds say nothing more: с 8 ч. до 10 ч., 8ч-10ч, 14ч30-16ч00, 9:00:00-11:00:00', () => {
    expect(['с 8 ч. до 10 ч.', '8ч-10ч', '14ч30-16ч00', '9:00:00-11:00:00'].map(read)).toEqual([['08:00-10:00'], ['08:00-10:00'], ['14:30-16:00'], ['09:00-11:00']]);
  });

  it('a formula’s error value in a time cell is told as a formula, not as one time', () => {
    const en = catalogue('en');
    for (const cell of ['#DIV/0!', '#REF!', '#N/A']) {
      const parsed = parseTimeRanges(cell);
      expect(!parsed.ok && parsed.text(en)).toBe(en.timeFormula(cell));
    }
  });

  it('a long run of spaces before a unit, a half of the day or a dash is passed in linear time', () => {
    for (const cell of [`9-11${' '.repeat(50_000)}ч`, `9-11 -${' '.repeat(50_000)}1`, `9${' '.repeat(50_000)}утра`, `до${' '.repeat(50_000)}9 ч`]) {
      const started = Date.now();
      parseTimeRanges(cell);
      expect([cell.slice(0, 8), Date.now() - started < 2_000]).toEqual([cell.slice(0, 8), true]);
    }
  });

  it('a long pasted cell is read in linear time, whatever it repeats', () => {
    for (const filler of [' и', ', (', ' ', ' 1', ' каб']) {
      const started = Date.now();
      parseTimeRanges(`9-11 обед${filler.repeat(25_000)} b 12-13`);
      parseTimeRanges(`9-11 a${filler.repeat(25_000)} b`);
      expect([filler, Date.now() - started < 2_000]).toEqual([filler, true]);
    }
  });

  it('returns the days in front of a combined cell', () => {
    const parsed = parseTimeRanges('Ежедневно с 13-00 до 15-00');
    expect(parsed.ok && parsed.value.before).toBe('Ежедневно');
    expect(parsed.ok && formatTime(parsed.value.ranges[0]!.range.end)).toBe('15:00');
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const parsed = parseTimeRanges(s);
        if (parsed.ok) for (const r of parsed.value.ranges) expect(r.range.start).toBeLessThan(r.range.end);
        else expect(typeof parsed.text(ru)).toBe('string');
      }),
    );
  });

  it('reads back every range it can print', () => {
    const minute = fc.integer({ min: 0, max: 24 * 60 });
    fc.assert(
      fc.property(minute, minute, fc.constantFrom('-', ' – ', ' — ', ' to '), (a, b, dash) => {
        fc.pre(a < b);
        const text = `${formatTime(a)}${dash}${formatTime(b)}`;
        const parsed = parseTimeRange(text);
        expect(parsed.ok && parsed.value.range).toEqual({ start: a, end: b });
      }),
    );
  });
});

describe('half-open ranges', () => {
  it.each([
    ['touching ranges do not overlap', [600, 720], [720, 840], false],
    ['a range inside another overlaps', [540, 960], [630, 660], true],
    ['ranges sharing a start overlap', [540, 600], [540, 560], true],
  ] as const)('%s', (_rule, a, b, want) => {
    expect(overlaps({ start: a[0], end: a[1] }, { start: b[0], end: b[1] })).toBe(want);
  });

  it('subtracting a middle piece leaves two pieces', () => {
    expect(subtract({ start: 0, end: 100 }, { start: 40, end: 60 })).toEqual([
      { start: 0, end: 40 },
      { start: 60, end: 100 },
    ]);
  });
});

describe('readTimeOfDay (separate start and end columns)', () => {
  it.each([
    ['9.00', 540],
    ['14:30', 870],
    ['9', 540],
    // A Sheet exported as CSV writes a time cell with seconds, and an English locale with AM/PM.
    ['9:00:00', 540],
    ['14:30:00', 870],
    ['9:00 AM', 540],
    ['1:30 PM', 810],
    ['12:00 PM', 720],
    ['12 am', 0],
    ['4.30pm', 990],
  ])('reads %s', (text, minutes) => {
    const parsed = readTimeOfDay(text);
    expect(parsed.ok && parsed.value.minutes).toBe(minutes);
  });

  it.each([
    ['an empty cell says the time is missing', '', 'The time is missing: write it, e.g. 9:00'],
    ['a word asks for one time, not a range', 'девять', '"девять" does not look like a time. Write the time, e.g. 9:00'],
    ['seconds other than :00 are not a duty time', '9:00:30', '"9:00:30" does not look like a time. Write the time, e.g. 9:00'],
    ['a formula is named as one', '=NOW()', '"=NOW()" is a formula, not a time. Write the start and the end, e.g. 9:00-11:00'],
    ['a 12-hour mark on an hour past 12 is a mistake, not a guess', '14:00 am', '"14:00 am" does not look like a time. Write the time, e.g. 9:00'],
    ['hour 99 with a mark is refused', '99 AM', '"99 AM" does not look like a time. Write the time, e.g. 9:00'],
    ['hour 0 with a mark is refused', '0 pm', '"0 pm" does not look like a time. Write the time, e.g. 9:00'],
  ])('%s', (_rule, text, message) => {
    const parsed = readTimeOfDay(text);
    expect(parsed.ok ? 'read' : parsed.text(en)).toBe(message);
    expect(parsed.ok ? 'read' : parsed.text(ru)).toMatch(/[а-я]/);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => void readTimeOfDay(text)));
  });
});
