import { routeRequest } from '../../src/core/routing';
import type { Substitution } from '../../src/core/substitutions';
import { formatTime } from '../../src/core/time-range';
import { slot } from '../helpers/slots';

// A week in November 2026: Monday 23rd … Sunday 29th.
const at = (day: number, time: string) => {
  const [h, mm] = time.split(':').map(Number);
  return { date: { year: 2026, month: 11, day }, minute: h! * 60 + mm! };
};

const schedule = [
  slot('Петров В.Г.', 'mon', '9.00-16.00', 'каб. 14', ['technical']),
  slot('Петров В.Г.', 'tue', '9.00-13.00', 'каб. 14', ['technical']),
  slot('Кузнецова Ж.З.', 'wed', '13.00-15.00', 'каб. 14', ['technical']),
  slot('Иванова А.Б.', 'tue', '14.15-16.00', 'каб. 21', ['methodical']),
  slot('Петров В.Г.', 'fri', '9.00-16.00', 'каб. 14', ['technical']),
];

const brief = (r: ReturnType<typeof routeRequest>) =>
  r.kind === 'admins' ? 'admins' : `${r.kind} ${r.assignee} ${r.slot.date.day}.${r.slot.date.month} ${formatTime(r.slot.range.start)}-${formatTime(r.slot.range.end)} ${r.slot.room}`;

describe('routeRequest', () => {
  it('someone the staff list marks inactive is passed over: the next active person for that kind takes it', () => {
    const staff = [{ name: 'Петров В. Г.', active: false, kinds: [] }, { name: 'Кузнецова Ж.З.', active: true, kinds: [] }];
    expect(brief(routeRequest(schedule, [], 'technical', at(24, '10:15'), staff))).toBe('next Кузнецова Ж.З. 25.11 13:00-15:00 каб. 14');
    expect(brief(routeRequest(schedule, [], 'technical', at(24, '10:15'), [{ name: 'Кузнецова Ж.З.', active: false, kinds: [] }]))).toBe(
      'onDuty Петров В.Г. 24.11 09:00-13:00 каб. 14',
    );
    // A name on two rows, one of them active (a namesake, or someone who came back), is not passed over.
    const twice = [{ name: 'Петров В.Г.', active: true, kinds: [] }, { name: 'Петров В.Г.', active: false, kinds: [] }];
    expect(brief(routeRequest(schedule, [], 'technical', at(24, '10:15'), twice))).toBe('onDuty Петров В.Г. 24.11 09:00-13:00 каб. 14');
  });

  it.each([
    ['on duty now', at(24, '10:15'), 'technical', 'onDuty Петров В.Г. 24.11 09:00-13:00 каб. 14'],
    ['nobody now: the next slot later today', at(24, '13:30'), 'methodical', 'next Иванова А.Б. 24.11 14:15-16:00 каб. 21'],
    ['nobody now: the next slot tomorrow', at(24, '13:30'), 'technical', 'next Кузнецова Ж.З. 25.11 13:00-15:00 каб. 14'],
    ['nobody now: the next slot after the weekend', at(27, '17:00'), 'technical', 'next Петров В.Г. 30.11 09:00-16:00 каб. 14'],
    ['the end of a slot is already outside it', at(24, '13:00'), 'technical', 'next Кузнецова Ж.З. 25.11 13:00-15:00 каб. 14'],
  ] as const)('%s', (_case, when, kind, want) => {
    expect(brief(routeRequest(schedule, [], kind, when))).toBe(want);
  });

  it('a substitution hands the slot to the substitute on that date', () => {
    const subs: Substitution[] = [{ date: { year: 2026, month: 11, day: 24 }, person: 'Петров В.Г.', substitute: 'Смирнов И.К.', range: null, reason: '', cell: 'Замены!A2' }];
    expect(brief(routeRequest(schedule, subs, 'technical', at(24, '10:15')))).toBe('onDuty Смирнов И.К. 24.11 09:00-13:00 каб. 14');
  });

  it('a cancelled slot is skipped: the request goes to the next one', () => {
    const subs: Substitution[] = [{ date: { year: 2026, month: 11, day: 24 }, person: 'Петров В.Г.', substitute: null, range: null, reason: 'болен', cell: 'Замены!A2' }];
    expect(brief(routeRequest(schedule, subs, 'technical', at(24, '10:15')))).toBe('next Кузнецова Ж.З. 25.11 13:00-15:00 каб. 14');
  });

  describe('a slot with no kind of its own (a grid schedule) offers the kinds the staff list gives its person', () => {
    const grid = [slot('Иванова А.Б.', 'tue', '9.00-13.00', 'каб. 21'), slot('Петров В.Г.', 'tue', '10.00-16.00', 'каб. 14')];
    const staff = [
      { name: 'Иванова А.Б.', active: true, kinds: ['methodical' as const] },
      { name: 'Петров В.Г.', active: true, kinds: ['technical' as const] },
    ];

    it('a technical request passes over the methodist on duty', () => {
      expect(brief(routeRequest(grid, [], 'technical', at(24, '9:15'), staff))).toBe('next Петров В.Г. 24.11 10:00-16:00 каб. 14');
      expect(brief(routeRequest(grid, [], 'methodical', at(24, '10:15'), staff))).toBe('onDuty Иванова А.Б. 24.11 09:00-13:00 каб. 21');
    });

    it('a person whose staff row names no kind still takes every kind', () => {
      const unnamed = [{ name: 'Иванова А.Б.', active: true, kinds: [] }];
      expect(brief(routeRequest(grid, [], 'technical', at(24, '9:15'), unnamed))).toBe('onDuty Иванова А.Б. 24.11 09:00-13:00 каб. 21');
    });

    it('a kind the schedule writes stands, whatever the staff list says', () => {
      const written = [slot('Иванова А.Б.', 'tue', '9.00-13.00', 'каб. 21', ['technical'])];
      expect(brief(routeRequest(written, [], 'technical', at(24, '9:15'), staff))).toBe('onDuty Иванова А.Б. 24.11 09:00-13:00 каб. 21');
    });
  });

  it('a kind nobody offers goes to the admins', () => {
    expect(routeRequest(schedule.filter((s) => s.kinds.includes('technical')), [], 'methodical', at(24, '10:15'))).toEqual({ kind: 'admins', assignee: null, slot: null });
  });
});
