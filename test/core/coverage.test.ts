import { findCoverageGaps, findDatedGaps, readCoverage } from '../../src/core/coverage';
import { type Substitution, slotsOnDate } from '../../src/core/substitutions';
import type { CalendarDate } from '../../src/core/dates';
import type { CellValue } from '../../src/core/workbook';
import { tab, workbook } from '../helpers/fixtures';
import { formatTime } from '../../src/core/time-range';
import { slot } from '../helpers/slots';

const gapsOf = (gaps: ReturnType<typeof findCoverageGaps>) => gaps.map((g) => `${g.kind} ${g.day} ${formatTime(g.range.start)}-${formatTime(g.range.end)}`);

describe('findCoverageGaps', () => {
  const rule = { kinds: ['technical' as const], days: ['mon' as const, 'tue' as const], range: { start: 540, end: 960 }, cell: 'Покрытие!C2' };

  it('reports the uncovered parts of each required window', () => {
    const slots = [slot('А', 'mon', '9-12', null, ['technical']), slot('Б', 'mon', '13-16', null, ['technical']), slot('В', 'tue', '9-16', null, ['methodical'])];
    expect(gapsOf(findCoverageGaps([rule], slots))).toEqual(['technical mon 12:00-13:00', 'technical tue 09:00-16:00']);
  });

  it('a slot with no kind covers every kind', () => {
    expect(findCoverageGaps([rule], [slot('А', 'mon', '8-17'), slot('Б', 'tue', '9-16')])).toEqual([]);
  });

  it('overlapping slots together cover the window', () => {
    expect(findCoverageGaps([rule], [slot('А', 'mon', '9-13'), slot('Б', 'mon', '12-16'), slot('В', 'tue', '9-16')])).toEqual([]);
  });

  it('rules asking for overlapping hours give one gap per uncovered stretch, not one per rule', () => {
    const daily = { kinds: ['technical' as const], days: ['mon' as const], range: { start: 780, end: 900 }, cell: 'Покрытие!C3' };
    expect(gapsOf(findCoverageGaps([rule, daily], [slot('В', 'tue', '9-16')]))).toEqual(['technical mon 09:00-16:00']);
  });
});

describe('readCoverage', () => {
  const rulesOf = (rows: CellValue[][]) => {
    const read = readCoverage(workbook(tab('Покрытие', rows)), ['mon', 'tue', 'wed', 'thu', 'fri']);
    return { rules: read.rules.map((r) => `${r.kinds.join('+') || 'any'} ${r.days.join(',')} ${formatTime(r.range.start)}-${formatTime(r.range.end)}`), problems: read.problems.map((p) => `${p.cell} ${p.severity}`) };
  };

  it('a time cell with two groups of days gives each range its own days', () => {
    expect(rulesOf([['Вид помощи', 'Время'], ['техническая', 'ПН-ПТ 9.00-16.00, СБ 9.00-12.00']]).rules).toEqual([
      'technical mon,tue,wed,thu,fri 09:00-16:00',
      'technical sat 09:00-12:00',
    ]);
  });

  it('a later group’s days followed by a dash are that group’s days', () => {
    expect(rulesOf([['Вид помощи', 'Время'], ['техническая', 'ПН-ПТ – 9.00-16.00, СБ – 9.00-12.00']]).rules).toEqual(['technical mon,tue,wed,thu,fri 09:00-16:00', 'technical sat 09:00-12:00']);
  });

  it('days left out after the hours are not required that day', () => {
    expect(rulesOf([['Вид помощи', 'Дни', 'Время'], ['техническая', 'ПН-ПТ', '9.00-16.00 (кроме среды)'], ['методическая', '', 'ПН-ПТ 14-16 кроме ПТ']])).toEqual({
      rules: ['technical mon,tue,thu,fri 09:00-16:00', 'methodical mon,tue,wed,thu 14:00-16:00'],
      problems: [],
    });
  });

  it('days in the time cell that differ from the days column win, with a warning at the time cell; the same days say nothing', () => {
    expect(rulesOf([['Вид помощи', 'Дни', 'Время'], ['техническая', 'ПН-ПТ', 'СБ 9.00-12.00'], ['методическая', 'ПН-ПТ', 'пн-пт 9-12']])).toEqual({
      rules: ['technical sat 09:00-12:00', 'methodical mon,tue,wed,thu,fri 09:00-12:00'],
      problems: ['Покрытие!C2 warning'],
    });
    // A days column naming all of the cell's groups together, or its first group, agrees with it; each range keeps its own days.
    expect(rulesOf([['Вид помощи', 'Дни', 'Время'], ['техническая', 'ПН-ПТ', 'ПН-ПТ 9.00-16.00, СБ 9.00-12.00']]).problems).toEqual([]);
    expect(rulesOf([['Вид помощи', 'Дни', 'Время'], ['техническая', 'ПН-СБ', 'ПН-ПТ 9.00-16.00, СБ 9.00-12.00']])).toEqual({
      rules: ['technical mon,tue,wed,thu,fri 09:00-16:00', 'technical sat 09:00-12:00'],
      problems: [],
    });
  });

  it('days unreadable at the front of the time cell are a problem at the time cell', () => {
    expect(rulesOf([['Вид помощи', 'Дни', 'Время'], ['техническая', '', 'ПН-ХХ 9.00-16.00']]).problems).toEqual(['Покрытие!C2 error']);
  });

  it('a blank kind is every kind, and a blank days cell is a problem at its cell', () => {
    const read = rulesOf([['Вид помощи', 'Дни', 'Время'], ['техническая', 'ПН', '9-16'], ['', 'ПН', '13-15'], ['методическая', '', '10-12']]);
    expect(read).toEqual({ rules: ['technical mon 09:00-16:00', 'any mon 13:00-15:00'], problems: ['Покрытие!B4 error'] });
  });

  it('headers as schools write them: Type of help, День недели', () => {
    expect(rulesOf([['Type of help', 'День недели', 'Время'], ['Methodical', 'ВТ', '9-12']]).rules).toEqual(['methodical tue 09:00-12:00']);
  });

  it('a line under the table with no time (a signature) is a warning, not an error that fails the check', () => {
    expect(rulesOf([['Вид помощи', 'Дни', 'Время'], ['техническая', 'ПН', '9-12'], ['Ответственный за ЭЖ: Кузнецова Ж.З.', '', '']]).problems).toEqual(['Покрытие!C3 warning']);
  });
});

describe('findDatedGaps', () => {
  const rules = [{ kinds: ['methodical' as const], days: ['wed' as const], range: { start: 780, end: 900 }, cell: 'Покрытие!C3' }];
  const slots = [slot('Иванова', 'wed', '13-15', null, ['methodical'])];
  const wednesday = { year: 2026, month: 11, day: 25 };
  const off = (substitute: string | null): Substitution => ({ date: wednesday, person: 'Иванова', substitute, range: null, reason: '', cell: 'Замены!A2' });
  // As routing sees a date: the substitutions applied.
  const on = (subs: Substitution[]) => (date: CalendarDate) => slotsOnDate(slots, subs, date);
  const week = [0, 1, 2, 3, 4, 5, 6].map((i) => ({ year: 2026, month: 11, day: 23 + i }));
  const brief = (gaps: ReturnType<typeof findDatedGaps>) => gaps.map((g) => `${g.kind} ${g.date.day}.${g.date.month} ${formatTime(g.range.start)}-${formatTime(g.range.end)}`);

  it('a duty cancelled with nobody in its place leaves its hours uncovered on that date', () => {
    expect(brief(findDatedGaps(rules, on([off(null)]), [off(null)], week, []))).toEqual(['methodical 25.11 13:00-15:00']);
  });

  it('a substitute covers them; a date outside the week, or hours already a weekly gap, give none', () => {
    expect(findDatedGaps(rules, on([off('Петров')]), [off('Петров')], week, [])).toEqual([]);
    expect(findDatedGaps(rules, on([off(null)]), [off(null)], week.slice(0, 2), [])).toEqual([]);
    expect(findDatedGaps(rules, on([off(null)]), [off(null)], week, [{ kind: 'methodical', day: 'wed', range: { start: 780, end: 840 } }]).map((g) => g.range)).toEqual([{ start: 840, end: 900 }]);
  });
});
