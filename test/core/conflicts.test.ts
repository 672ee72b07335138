import fc from 'fast-check';
import { findConflicts, findSubstitutionConflicts } from '../../src/core/conflicts';
import { DAYS } from '../../src/core/days';
import { type DutySlot, personKey, roomKey } from '../../src/core/schedule';
import { intersect, overlaps } from '../../src/core/time-range';
import { slot } from '../helpers/slots';

describe('findConflicts', () => {
  it.each([
    ['touching slots do not conflict', '10.00-12.00', '12.00-14.00', 0],
    ['a slot inside another conflicts', '9.00-16.00', '10.30-11.00', 1],
    ['slots sharing a start conflict', '9.00-10.00', '9.00-9.30', 1],
    ['separate slots do not conflict', '8.00-9.00', '14.00-15.00', 0],
  ])('%s', (_rule, a, b, want) => {
    expect(findConflicts([slot('Петров В.Г.', 'mon', a), slot('Петров В.Г.', 'mon', b)])).toHaveLength(want);
  });

  it('the same person on different days does not conflict', () => {
    expect(findConflicts([slot('Петров В.Г.', 'mon', '9-12'), slot('Петров В.Г.', 'tue', '9-12')])).toEqual([]);
  });

  it('one room taken by two people conflicts, and the overlap is reported', () => {
    const [c] = findConflicts([slot('Иванова А.Б.', 'tue', '10.30-13.30', 'каб. 21'), slot('Сидоренко Д.Е.', 'tue', '12.00-14.00', 'каб.21')]);
    expect(c).toMatchObject({ type: 'room', who: 'каб. 21', day: 'tue', overlap: { start: 720, end: 810 } });
  });

  it('conflicts come in week order, then by start, person before room, whatever the minutes', () => {
    const at = (who: string, room: string, day: DutySlot['day'], start: number, end: number): DutySlot => ({ ...slot(who, day, '9-10', room), range: { start, end } });
    const found = findConflicts([
      at('Б', '2', 'tue', 600.25, 660),
      at('Б', '3', 'tue', 630, 700),
      at('А', '1', 'mon', 600, 660),
      at('В', '1', 'mon', 630, 700),
      at('А', '4', 'mon', 630.5, 640),
    ]);
    expect(found.map((c) => `${c.day} ${c.overlap.start} ${c.type} ${c.who}`)).toEqual([
      'mon 630 room 1',
      'mon 630.5 person А',
      'tue 630 person Б',
    ]);
  });

  it('one person written with differently spaced initials is still one person', () => {
    expect(findConflicts([slot('Петров В.Г.', 'mon', '9-12'), slot('Петров В. Г.', 'mon', '11-13')])).toHaveLength(1);
  });

  it('a duplicated row is one person conflict, not also a room conflict', () => {
    const found = findConflicts([slot('А', 'mon', '9-12', '14'), slot('А', 'mon', '9-12', '14')]);
    expect(found.map((c) => c.type)).toEqual(['person']);
  });

  it('a team written in one cell overlapping a third person’s room is one room conflict, not one per member', () => {
    const petrov = slot('Петров В.Г.', 'mon', '9-11', 'каб. 14');
    const team = [petrov, { ...slot('Смирнов И.К.', 'mon', '9-11', 'каб. 14'), cell: petrov.cell, row: petrov.row }];
    const found = findConflicts([...team, slot('Иванова А.Б.', 'mon', '10-12', 'каб. 14')]);
    expect(found.map((c) => [c.type, c.slots[0].cell, c.slots[1].cell])).toEqual([['room', petrov.cell, expect.any(String)]]);
  });

  // Minutes in steps of 15, and also fractional or past 2048, which the packed sort leaves to a comparator.
  it('matches a brute-force check on random schedules', () => {
    const arbSlot = fc.record({
      person: fc.constantFrom('А', 'Б', 'В', 'Г'),
      day: fc.constantFrom(...DAYS.slice(0, 3)),
      start: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 1, max: 10 }),
      room: fc.constantFrom(null, '1', '2', '3', 'по телефону'),
    });
    fc.assert(
      fc.property(fc.array(arbSlot, { maxLength: 30 }), fc.constantFrom(15, 7.5, 90), (specs, step) => {
        const slots: DutySlot[] = specs.map((s, i) => ({
          ...slot(s.person, s.day, '9-10', s.room),
          range: { start: s.start * step, end: (s.start + s.length) * step },
          cell: `График!B${i + 2}`,
        }));
        const expected = new Set<string>();
        for (let i = 0; i < slots.length; i++)
          for (let j = i + 1; j < slots.length; j++) {
            const a = slots[i]!;
            const b = slots[j]!;
            if (a.day !== b.day || !overlaps(a.range, b.range)) continue;
            const o = intersect(a.range, b.range)!;
            const pair = [a.cell, b.cell].sort().join('+');
            if (personKey(a.person) === personKey(b.person)) expected.add(`person|${pair}|${o.start}-${o.end}`);
            else if (a.room && b.room && roomKey(a.room) !== '' && roomKey(a.room) === roomKey(b.room)) expected.add(`room|${pair}|${o.start}-${o.end}`);
          }
        const actual = findConflicts(slots).map(
          (c) => `${c.type}|${[c.slots[0].cell, c.slots[1].cell].sort().join('+')}|${c.overlap.start}-${c.overlap.end}`,
        );
        expect(actual.length).toBe(new Set(actual).size);
        expect(new Set(actual)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
  it('a conflict is named as the first row of its group writes the name or room, whatever its hours', () => {
    const people = findConflicts([slot('петров в.г.', 'mon', '10-12'), slot('Петров В.Г.', 'mon', '9-11')]);
    expect(people.map((c) => c.who)).toEqual(['петров в.г.']);
    const rooms = findConflicts([slot('Иванова А.Б.', 'mon', '10-12', 'каб.14'), slot('Сидоренко Д.Е.', 'mon', '9-11', 'Каб. 14')]);
    expect(rooms.map((c) => c.who)).toEqual(['каб.14']);
  });

  // Groups of up to 16 slots are put in order in place, larger ones by a packed sort or a comparator: the
  // same overlaps must come out in the same order either way, as `check --json` prints them.
  it('a group gives its overlaps in the same order however large it is', () => {
    const arbSlot = fc.record({ start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 0, max: 10 }), room: fc.constantFrom('1', '2') });
    fc.assert(
      fc.property(fc.array(arbSlot, { minLength: 2, maxLength: 16 }), fc.constantFrom(15, 7.5), (specs, step) => {
        const slots: DutySlot[] = specs.map((s, i) => ({
          ...slot('Петров В.Г.', 'mon', '9-10', s.room),
          range: { start: s.start * step, end: (s.start + s.length) * step },
          cell: `График!B${i + 2}`,
        }));
        // Far later in the day and apart from each other: they make the groups large and overlap nothing.
        const apart = Array.from({ length: 17 }, (_, k) => ({
          ...slot('Петров В.Г.', 'mon', '9-10', k % 2 === 0 ? '1' : '2'),
          range: { start: 1000 + 20 * k, end: 1010 + 20 * k },
          cell: `График!C${k + 2}`,
        }));
        const shown = (found: ReturnType<typeof findConflicts>) => found.map((c) => `${c.type} ${c.slots[0].cell} ${c.slots[1].cell} ${c.overlap.start}`);
        expect(shown(findConflicts([...slots, ...apart]))).toEqual(shown(findConflicts(slots)));
        expect(shown(findConflicts([...apart, ...slots]))).toEqual(shown(findConflicts(slots)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('findSubstitutionConflicts', () => {
  const date = { year: 2026, month: 11, day: 24 }; // a Tuesday

  it('a substitute becomes busy in the slot they take over on that date', () => {
    const slots = [slot('Петров В.Г.', 'tue', '9.00-13.00', 'каб. 14'), slot('Смирнов И.К.', 'tue', '12.00-14.00', 'каб. 5')];
    const found = findSubstitutionConflicts(slots, [
      { date, person: 'Петров В.Г.', substitute: 'Смирнов И.К.', range: null, reason: '', cell: 'Замены!A2' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'person', who: 'Смирнов И.К.', date, overlap: { start: 720, end: 780 } });
  });

  it('a substitution before the given day is history and gives no conflict; one on that day does', () => {
    const slots = [slot('Петров В.Г.', 'tue', '9.00-13.00', 'каб. 14'), slot('Смирнов И.К.', 'tue', '12.00-14.00', 'каб. 5')];
    const subs = [{ date, person: 'Петров В.Г.', substitute: 'Смирнов И.К.', range: null, reason: '', cell: 'Замены!A2' }];
    expect(findSubstitutionConflicts(slots, subs, date)).toHaveLength(1);
    expect(findSubstitutionConflicts(slots, subs, { year: 2026, month: 11, day: 25 })).toEqual([]);
    expect(findSubstitutionConflicts(slots, subs, { year: 2025, month: 12, day: 31 })).toHaveLength(1);
  });

  it('a room shared every week is not reported again as caused by a substitution', () => {
    const slots = [slot('Петров В.Г.', 'tue', '9.00-13.00', 'каб. 14'), slot('Кузнецова Ж.З.', 'tue', '8.00-10.00', 'каб. 14')];
    expect(findConflicts(slots)).toHaveLength(1);
    expect(findSubstitutionConflicts(slots, [{ date, person: 'Петров В.Г.', substitute: 'Смирнов И.К.', range: null, reason: '', cell: 'Замены!A2' }])).toEqual([]);
  });

  it('a cancelled slot causes no conflict', () => {
    const slots = [slot('Петров В.Г.', 'tue', '9.00-13.00'), slot('Смирнов И.К.', 'tue', '12.00-14.00')];
    expect(findSubstitutionConflicts(slots, [{ date, person: 'Петров В.Г.', substitute: null, range: null, reason: '', cell: 'Замены!A2' }])).toEqual([]);
  });
});
