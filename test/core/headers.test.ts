import { COVERAGE_SYNONYMS, readCoverage } from '../../src/core/coverage';
import { LIST_SYNONYMS } from '../../src/core/duty-slot';
import { mapHeaders } from '../../src/core/headers';
import { catalogue } from '../../src/core/i18n';
import { findColumn } from '../../src/core/rows';
import { ROLLOUT_SYNONYMS, readRollout } from '../../src/core/rollout';
import { readSchedule } from '../../src/core/schedule';
import { readSubstitutions, SUBSTITUTION_SYNONYMS } from '../../src/core/substitutions';
import { readStaff, STAFF_SYNONYMS } from '../../src/core/staff';
import { tab, workbook } from '../helpers/fixtures';

describe('mapHeaders', () => {
  it('a header a school qualified still names its column: brackets, the words in them, a slash, the usual longer names', () => {
    expect(mapHeaders(['День', 'Время', 'Вид помощи (техническая/методическая)', 'Ответственный (ФИО)', 'Кабинет/место'], LIST_SYNONYMS)).toEqual({ day: 0, time: 1, kind: 2, person: 3, room: 4 });
    expect(mapHeaders(['Day of the week', 'Time slot', 'Responsible person', 'Room number'], LIST_SYNONYMS)).toEqual({ day: 0, time: 1, person: 2, room: 3 });
    expect(mapHeaders(['ФИО сотрудника', 'Номер кабинета', 'Время'], LIST_SYNONYMS)).toEqual({ person: 0, room: 1, time: 2 });
    expect(mapHeaders(['Ф.И.О.', 'Кабинет №'], LIST_SYNONYMS)).toEqual({ person: 0, room: 1 });
    expect(mapHeaders(['Виды помощи', 'Дни', 'Время'], COVERAGE_SYNONYMS)).toEqual({ kind: 0, days: 1, time: 2 });
    expect(mapHeaders(['Дата', 'ФИО отсутствующего', 'ФИО заменяющего', 'Время замены'], SUBSTITUTION_SYNONYMS)).toEqual({ date: 0, person: 1, substitute: 2, time: 3 });
    expect(mapHeaders(['Дата', 'Сотрудник (отсутствует)', 'Сотрудник (замена)'], SUBSTITUTION_SYNONYMS)).toEqual({ date: 0, person: 1, substitute: 2 });
    // The words in brackets decide, whichever column comes first.
    expect(mapHeaders(['Дата', 'Сотрудник (замена)', 'Сотрудник (отсутствует)'], SUBSTITUTION_SYNONYMS)).toEqual({ date: 0, substitute: 1, person: 2 });
    expect(mapHeaders(['Date', 'Absent staff', 'Covering staff'], SUBSTITUTION_SYNONYMS)).toEqual({ date: 0, person: 1, substitute: 2 });
  });

  it('a header that only starts with a name is not its column: a lunch time, a title, an item number, a helper', () => {
    expect(mapHeaders(['День', 'Начало', 'Окончание', 'ФИО', 'Время обеда'], LIST_SYNONYMS)).toEqual({ day: 0, start: 1, end: 2, person: 3 });
    expect(mapHeaders(['Сотрудники школы'], STAFF_SYNONYMS)).toEqual({});
    expect(mapHeaders(['№ мероприятия', 'Наименование', 'Срок'], ROLLOUT_SYNONYMS)).toEqual({ deadline: 2 });
    expect(mapHeaders(['Helper', 'Mon', 'Tue'], LIST_SYNONYMS)).toEqual({});
    // A short name (`с`, `до`) is never part of a longer header.
    expect(mapHeaders(['С кем связаться', 'До какого числа'], LIST_SYNONYMS)).toEqual({});
  });
});

describe('findColumn', () => {
  it('finds a qualified header as the reader does, so set-up adds no second column of the same name', () => {
    expect(findColumn(['ФИО', 'E-mail', 'Вид помощи (техническая/методическая)', 'Администратор (да/нет)'], 'staff', 'kinds')).toBe(2);
    expect(findColumn(['ФИО', 'E-mail', 'Вид помощи (техническая/методическая)', 'Администратор (да/нет)'], 'staff', 'admin')).toBe(3);
    expect(findColumn(['№', 'Содержание', 'Срок выполнения (план)'], 'rollout', 'deadline', ROLLOUT_SYNONYMS.deadline)).toBe(2);
  });
});

describe('an English school’s own headers', () => {
  const en = catalogue('en');
  it('Staff: `Staff name | Email | Help type | Admin? | Active?` (a question mark is no part of a header)', () => {
    const { staff, problems } = readStaff(
      workbook(tab('Staff', [['Staff name', 'Email', 'Help type', 'Admin?', 'Active?'], ['John Smith', 'j.smith@example.org', 'Technical', 'Yes', 'No']])),
    );
    expect(problems).toEqual([]);
    expect(staff).toMatchObject([{ name: 'John Smith', kinds: ['technical'], admin: true, active: false }]);
  });

  it('Rollout plan: `Action | Target date | Lead | Progress`', () => {
    const { tasks, problems } = readRollout(
      workbook(tab('Rollout plan', [['Action', 'Target date', 'Lead', 'Progress'], ['Train form tutors', 'By 1 September 2026', 'Smith J.', 'Achieved']])),
      'Europe/London',
    );
    expect(problems).toEqual([]);
    expect(tasks).toMatchObject([{ task: 'Train form tutors', responsible: ['Smith J.'], status: 'Achieved' }]);
  });

  it('Coverage: `Support type | Days | Hours`', () => {
    const { rules } = readCoverage(workbook(tab('Coverage', [['Support type', 'Days', 'Hours'], ['Methodical', 'Mon', '9:00-11:00']])), ['mon']);
    expect(rules.map((r) => r.kinds)).toEqual([['methodical']]);
  });

  it('Schedule: `Start | Finish`', () => {
    const { slots, problems } = readSchedule(
      workbook(tab('Schedule', [['Day', 'Start', 'Finish', 'Name', 'Room'], ['Monday', '9:00', '11:00', 'Smith J.', 'Room 5']])),
    );
    expect(problems).toEqual([]);
    expect(slots).toHaveLength(1);
  });

  it('Substitutions: a tab lacking who is replaced names the column as the tab’s own header is written', () => {
    const { problems } = readSubstitutions(workbook(tab('Substitutions', [['Date', 'Cover', 'Hours'], ['24.11.2026', 'Jones M.', '']])), 'Europe/London');
    expect(problems.map((p) => p.text(en))).toEqual(['Tab "Substitutions" has no "Person" column']);
    const named = readSubstitutions(workbook(tab('Substitutions', [['Date', 'Responsible', 'Cover'], ['24.11.2026', 'Smith J.', 'Jones M.']])), 'Europe/London');
    expect(named.substitutions).toHaveLength(1);
  });
});

describe('words in brackets that say how a person is written', () => {
  it('name no column: Заменяющий (ФИО) is the substitute, Сотрудник (должность) the member of staff', () => {
    expect(mapHeaders(['Дата', 'Заменяющий (ФИО)', 'Отсутствующий (ФИО)', 'Время'], SUBSTITUTION_SYNONYMS)).toEqual({ date: 0, substitute: 1, person: 2, time: 3 });
    expect(mapHeaders(['Cover (name)', 'Absent (name)', 'Date'], SUBSTITUTION_SYNONYMS)).toEqual({ substitute: 0, person: 1, date: 2 });
    expect(mapHeaders(['Сотрудник (должность)', 'E-mail'], STAFF_SYNONYMS)).toMatchObject({ name: 0, email: 1 });
    // A bracket that says which person still decides.
    expect(mapHeaders(['Сотрудник (замена)', 'Сотрудник (отсутствует)'], SUBSTITUTION_SYNONYMS)).toMatchObject({ substitute: 0, person: 1 });
  });
});
