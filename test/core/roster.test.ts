import { catalogue } from '../../src/core/i18n';
import { indexPeople } from '../../src/core/people';
import { planRosterProblems, rosterProblems } from '../../src/core/roster';
import { readRollout } from '../../src/core/rollout';
import { tab, workbook } from '../helpers/fixtures';
import type { StaffMember } from '../../src/core/staff';
import { slot } from '../helpers/slots';

const ru = catalogue('ru');
const member = (name: string, extra: Partial<StaffMember> = {}): StaffMember => ({
  name,
  position: '',
  email: `${name.split(' ')[0]}@example.org`,
  kinds: [],
  admin: false,
  active: true,
  cell: 'Сотрудники!A2',
  ...extra,
});
const schedule = [
  { ...slot('Петров В.Г.', 'mon', '9-12'), cell: 'График!B2' },
  { ...slot('Петров В. Г.', 'tue', '9-12'), cell: 'График!B3' },
  { ...slot('Сидоров С.С.', 'mon', '9-12'), cell: 'График!B4' },
  { ...slot('Сидоров С.С.', 'wed', '9-12'), cell: 'График!B5' },
  { ...slot('Орлова Л.М.', 'mon', '13-14'), cell: 'График!B6' },
  { ...slot('Белов К.К.', 'fri', '13-14'), cell: 'График!B7' },
];

describe('rosterProblems', () => {
  it('warns once per person on duty who is not on the staff list, inactive, or without an e-mail', () => {
    const staff = [member('Петров В.Г.'), member('Орлова Л.М.', { email: '' }), member('Белов К.К.', { active: false })];
    expect(rosterProblems(schedule, indexPeople(schedule), { staff, tab: 'Сотрудники' }).map((p) => `${p.cell}: ${p.text(ru)}`)).toEqual([
      'График!B4: «Сидоров С.С.» нет на листе «Сотрудники»: письма о назначенных обращениях уйдут администраторам',
      'График!B6: У «Орлова Л.М.» нет e-mail на листе «Сотрудники»: письма о назначенных обращениях уйдут администраторам',
      'График!B7: «Белов К.К.» на листе «Сотрудники» отмечен(а) как неактивный сотрудник, но стоит в графике: обращения в эти часы получат другие дежурные',
    ]);
  });

  it('a school without a staff list gets no warnings', () => {
    expect(rosterProblems(schedule, indexPeople(schedule), { staff: [], tab: null })).toEqual([]);
  });

  it('a name on two rows counts as active when either is; a substitute not on the list or inactive is warned at the substitute’s cell', () => {
    const staff = [member('Петров В.Г.'), member('Петров В.Г.', { active: false }), member('Сидоров С.С.'), member('Орлова Л.М.'), member('Белов К.К.'), member('Смирнов И.К.', { active: false })];
    const date = { year: 2026, month: 11, day: 24 };
    const subs = [
      { date, person: 'Петров В.Г.', substitute: 'Смирнов И.К.', range: null, reason: '', cell: 'Замены!A2', substituteCell: 'Замены!C2' },
      { date, person: 'Петров В.Г.', substitute: 'Новиков Н.Н.', range: null, reason: '', cell: 'Замены!A3', substituteCell: 'Замены!C3' },
      { date, person: 'Петров В.Г.', substitute: null, range: null, reason: '', cell: 'Замены!A4' },
    ];
    expect(rosterProblems(schedule, indexPeople(schedule), { staff, tab: 'Сотрудники' }, subs).map((p) => `${p.cell}: ${p.text(ru)}`)).toEqual([
      'Замены!C2: «Смирнов И.К.» на листе «Сотрудники» отмечен(а) как неактивный сотрудник, но стоит в графике: обращения в эти часы получат другие дежурные',
      'Замены!C3: «Новиков Н.Н.» нет на листе «Сотрудники»: письма о назначенных обращениях уйдут администраторам',
    ]);
  });
});

describe('planRosterProblems', () => {
  it('a responsible name on no row of the staff list is a warning at its cell; the same person written otherwise, or a group, is not', () => {
    const { tasks } = readRollout(
      workbook(
        tab('План внедрения', [
          ['Мероприятие', 'Срок', 'Ответственный'],
          ['Приказ', 'до 01.09.2026', 'А.Б. Иванова'],
          ['Анкетирование', 'до 01.10.2026', 'Заместитель директора по УВР Иванова А.Б., классные руководители'],
          ['Обучение', 'до 01.11.2026', 'Петров В.Г. и Орлов П.С.'],
        ]),
      ),
      'Europe/Moscow',
    );
    const staff = { staff: [member('Иванова А.Б.'), member('Петров В.Г.')], tab: 'Сотрудники' };
    expect(planRosterProblems(tasks, staff).map((p) => [p.cell, p.severity, p.text(ru)])).toEqual([
      ["'План внедрения'!C4", 'warning', '«Орлов П.С.» нет на листе «Сотрудники»: задача не попадёт в его (её) недельную сводку'],
    ]);
    expect(planRosterProblems(tasks, { staff: [], tab: null })).toEqual([]);
  });
});
