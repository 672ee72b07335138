import fc from 'fast-check';
import { withoutRepeatsInCell } from '../../src/core/cell-repeats';
import { findConflicts } from '../../src/core/conflicts';
import { catalogue } from '../../src/core/i18n';
import type { Problem } from '../../src/core/problems';
import { type DutySlot, personKey, readSchedule, roomKey } from '../../src/core/schedule';
import { tab, workbook } from '../helpers/fixtures';
import { slot } from '../helpers/slots';

const read = (rows: string[][]) => readSchedule(workbook(tab('График', rows)));

describe('a duty written more than once in one cell', () => {
  it('a name written twice in a list row is one person, warned at the name, with no overlap with themselves', () => {
    const r = read([['День', 'Время', 'Ответственный', 'Кабинет'], ['ПН-ВТ', '9-11', 'Петров В.Г., петров в. г.', 'каб. 5']]);
    expect(r.slots.map((s) => `${s.person} ${s.day} ${s.cell}`)).toEqual(['Петров В.Г. mon График!B2', 'Петров В.Г. tue График!B2']);
    expect(findConflicts(r.slots)).toEqual([]);
    expect(r.problems.map((p) => [p.cell, p.severity, p.text(catalogue('ru'))])).toEqual([
      ['График!C2', 'warning', '«петров в. г.» записан(а) в ячейке не один раз: учтено один раз'],
    ]);
    expect(r.problems[0]!.text(catalogue('en'))).toBe('"петров в. г." is written more than once in this cell: counted once');
  });

  it('a name written twice in a grid row is warned once, at the name, whatever the days', () => {
    const r = read([['', 'ПН', 'Ср-Чт'], ['Смирнов И.К., Смирнов И.К.', '9-11', '9-11']]);
    expect(r.slots.map((s) => s.day)).toEqual(['mon', 'wed', 'thu']);
    expect(r.problems.map((p) => p.cell)).toEqual(['График!A2']);
  });

  it('hours written twice are warned at the hours, in the Sheet\'s language', () => {
    const r = read([['День', 'Время', 'Ответственный'], ['вторник', '9-11, 9.00-11.00', 'Петров В.Г.']]);
    expect(r.slots).toHaveLength(1);
    expect(r.problems.map((p) => [p.cell, p.text(catalogue('ru')), p.text(catalogue('en'))])).toEqual([
      [
        'График!B2',
        'Часы 9.00–11.00 («Петров В.Г.») записаны в ячейке не один раз: учтены один раз',
        'The hours 9:00–11:00 ("Петров В.Г.") are written more than once in this cell: counted once',
      ],
    ]);
  });

  it('one room written two ways is one room: the repeat goes, as the overlaps would count it', () => {
    const r = read([['День', 'Время', 'Ответственный'], ['четверг', '9-11 каб 14, 9-11 Кабинет 14, 9-11 по телефону, 9-11 дистанционно', 'Петров В.Г.']]);
    // A room that folds to nothing (by phone, online) is told apart by its text: those two stay and overlap.
    expect(r.slots.map((s) => s.room)).toEqual(['каб 14', 'по телефону', 'дистанционно']);
    expect(r.problems.map((p) => p.cell)).toEqual(['График!B2']);
  });

  it('a range repeated thousands of times in one cell is one duty, read in a moment', () => {
    const r = read([['День', 'Время', 'Ответственный'], ['понедельник', '9-11, '.repeat(10_000), 'Петров В.Г.']]);
    expect(r.slots).toHaveLength(1);
    expect(r.problems.map((p) => p.cell)).toEqual(['График!B2']);
  });

  it('in a grid cell too; the other hours of the cell stay', () => {
    const r = read([['', 'ПН', 'ВТ'], ['Петров В.Г.', '9-11, 14-15, 9.00-11.00', '9-11']]);
    expect(r.slots.map((s) => `${s.day} ${s.range.start}-${s.range.end}`)).toEqual(['mon 540-660', 'mon 840-900', 'tue 540-660']);
    expect(r.problems.map((p) => p.cell)).toEqual(['График!B2']);
  });

  it('the same duty on two rows is still an overlap, and the same hours in two rooms of one cell are kept', () => {
    const r = read([
      ['День', 'Время', 'Ответственный', 'Кабинет'],
      ['среда', '9-11', 'Петров В.Г.', 'каб. 5'],
      ['среда', '9-11', 'Петров В.Г.', 'каб. 5'],
      ['четверг', '9-11 каб. 5, 9-11 каб. 6', 'Смирнов И.К.', ''],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.slots).toHaveLength(4);
    expect(findConflicts(r.slots).map((c) => `${c.type} ${c.slots[0].cell} ${c.slots[1].cell}`)).toEqual([
      'person График!B2 График!B3',
      'person График!B4 График!B4',
    ]);
  });

  // The plain way: per cell, the first of each duty, in order.
  const reference = (slots: readonly DutySlot[]): DutySlot[] => {
    const seen = new Set<string>();
    return slots.filter((s) => {
      const room = s.room === null ? null : roomKey(s.room) || `text ${s.room}`;
      const key = JSON.stringify([s.cell, personKey(s.person), s.day, s.range.start, s.range.end, room]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };

  it('drops exactly the repeats within each cell, keeping order, in runs short and long', () => {
    const arbSlot = fc.record({
      person: fc.constantFrom('Петров В.Г.', 'петров  в.г.', 'Смирнов И.К.'),
      start: fc.integer({ min: 0, max: 3 }),
      room: fc.constantFrom(null, 'каб. 5', 'Кабинет 5', 'каб. 6', 'null', 'по телефону', 'онлайн'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(arbSlot, { minLength: 1, maxLength: 20 }), { maxLength: 6 }), fc.integer({ min: 0, max: 3 }), (cells, before) => {
        const made = cells.flatMap((specs, c) =>
          specs.map((s) => ({ ...slot(s.person, 'mon', `${9 + s.start}-${10 + s.start}`, s.room), cell: `График!B${c + 2}` })),
        );
        // Earlier tabs' slots before `from` are never touched, even when they repeat.
        const earlier = Array.from({ length: before }, () => ({ ...slot('Петров В.Г.', 'mon', '9-10', 'каб. 5'), cell: 'Другой!B2' }));
        const slots = [...earlier, ...made];
        const problems: Problem[] = [];
        withoutRepeatsInCell(slots, before, problems);
        expect(slots).toEqual([...earlier, ...reference(made)]);
        const cellsWithRepeats = new Set(made.filter((s) => !reference(made).includes(s)).map((s) => s.cell));
        expect(problems.map((p) => p.cell)).toEqual([...cellsWithRepeats]);
      }),
      { numRuns: 300 },
    );
  });
});
