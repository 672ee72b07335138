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

/** The rows of a list-layout schedule tab with n slots, as CSV text. */
export const syntheticListCsv = (n: number, seed = 1): string => {
  const lines = ['День,Время,Вид помощи,Ответственный,Кабинет,Примечание'];
  const names = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];
  for (const s of syntheticSlots(n, seed)) {
    const t = (m: number) => `${Math.floor(m / 60)}.${String(m % 60).padStart(2, '0')}`;
    lines.push(`${names[['mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(s.day)]},${t(s.range.start)}-${t(s.range.end)},техническая,${s.person},${s.room},`);
  }
  return `${lines.join('\n')}\n`;
};

/**
 * A planned schedule, as a school writes one: each person on duty once a day for six days in their own
 * room at their own hour; one slot in a hundred is put in a colleague's room at the same hour (an overlap).
 */
export const plannedListCsv = (n: number): string => {
  const lines = ['День,Время,Вид помощи,Ответственный,Кабинет,Примечание'];
  const names = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];
  for (let i = 0; i < n; i++) {
    const person = Math.floor(i / 6);
    const hour = 8 + (person % 8);
    const room = i % 100 === 99 ? person + 8 : person;
    lines.push(`${names[i % 6]},${hour}.00-${hour + 1}.00,техническая,Сотрудник ${person},каб. ${room},`);
  }
  return `${lines.join('\n')}\n`;
};

/**
 * The same planned week written as most orders write a list: a day heading on its first row only (the rows
 * below carry it), then everyone on duty that day. One person's rows are a sixth of the tab apart.
 */
export const dailyListCsv = (n: number): string => {
  const lines = ['День,Время,Вид помощи,Ответственный,Кабинет,Примечание'];
  const names = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];
  const people = Math.ceil(n / 6);
  for (let i = 0; i < n; i++) {
    const day = Math.floor(i / people);
    const person = i % people;
    const hour = 8 + (person % 8);
    const room = i % 100 === 99 ? person + 8 : person;
    lines.push(`${person === 0 ? names[day] : ''},${hour}.00-${hour + 1}.00,техническая,Сотрудник ${person},каб. ${room},`);
  }
  return `${lines.join('\n')}\n`;
};
