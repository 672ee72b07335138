/** Synthetic schedules for benchmarks: n slots over n/10 people and n/10 rooms, random days and hours. */
import type { DutySlot } from '../src/core/schedule';
import { DAYS } from '../src/core/days';

/** mulberry32: a small deterministic generator, so every run measures the same schedule. */
export const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export const syntheticSlots = (n: number, seed = 1): DutySlot[] => {
  const next = random(seed);
  const people = Math.max(2, Math.floor(n / 10));
  const slots: DutySlot[] = [];
  for (let i = 0; i < n; i++) {
    const start = 8 * 60 + Math.floor(next() * 18) * 30;
    const length = 30 * (1 + Math.floor(next() * 6));
    slots.push({
      person: `Сотрудник ${Math.floor(next() * people)}`,
      role: null,
      day: DAYS[Math.floor(next() * 6)]!,
      range: { start, end: start + length },
      kinds: ['technical'],
      anyKind: false,
      room: `каб. ${Math.floor(next() * people)}`,
      note: '',
      tab: 'График',
      cell: `График!B${i + 2}`,
      row: i + 1,
      column: 1,
    });
  }
  return slots;
};

const LIST_HEADER = 'День,Время,Вид помощи,Ответственный,Кабинет,Примечание';
const DAY_NAMES = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];
const csvText = (lines: string[]): string => `${[LIST_HEADER, ...lines].join('\n')}\n`;

/** The rows of a list-layout schedule tab with n slots, as CSV text. */
export const syntheticListCsv = (n: number, seed = 1): string => {
  const t = (m: number) => `${Math.floor(m / 60)}.${String(m % 60).padStart(2, '0')}`;
  return csvText(
    syntheticSlots(n, seed).map(
      (s) => `${DAY_NAMES[DAYS.indexOf(s.day)]},${t(s.range.start)}-${t(s.range.end)},техническая,${s.person},${s.room},`,
    ),
  );
};

/**
 * Slot i of a planned week: the person at their own hour in their own room, except one slot in a hundred
 * put in a colleague's room at the same hour (an overlap). `dayCell` is what the day column shows.
 */
const plannedRow = (i: number, person: number, dayCell: string): string => {
  const hour = 8 + (person % 8);
  const room = i % 100 === 99 ? person + 8 : person;
  return `${dayCell},${hour}.00-${hour + 1}.00,техническая,Сотрудник ${person},каб. ${room},`;
};

/** A planned schedule written person by person: each person's six days in a row. */
export const plannedListCsv = (n: number): string =>
  csvText(Array.from({ length: n }, (_, i) => plannedRow(i, Math.floor(i / 6), DAY_NAMES[i % 6]!)));

/**
 * The same planned week written as most orders write a list: a day heading on its first row only (the rows
 * below carry it), then everyone on duty that day. One person's rows are a sixth of the tab apart.
 */
export const dailyListCsv = (n: number): string => {
  const people = Math.ceil(n / 6);
  return csvText(
    Array.from({ length: n }, (_, i) => {
      const person = i % people;
      return plannedRow(i, person, person === 0 ? DAY_NAMES[Math.floor(i / people)]! : '');
    }),
  );
};
