import { analyseWorkbook } from '../../src/core/check-report';
import { initialsForm, staffAsNamed } from '../../src/core/full-names';
import { catalogue } from '../../src/core/i18n';
import { emailOf } from '../../src/core/staff';
import { tab, workbook } from '../helpers/fixtures';

const member = (name: string) => ({ name, active: true, email: `${name.length}@example.org` });

describe('initialsForm', () => {
  it('a Russian full name is surname and initials; an English one is surname and first initial', () => {
    expect(['Иванова Анна Борисовна', 'Петров-Водкин Кузьма Сергеевич', 'Anna Smith', 'Иванова А.Б.', 'Иванова Анна', 'Рабочая группа'].map(initialsForm)).toEqual([
      'Иванова А.Б.',
      'Петров-Водкин К.С.',
      'Smith A.',
      null,
      null,
      null,
    ]);
  });
});

describe('staffAsNamed', () => {
  it('a full name on the staff list is the person the schedule writes with initials', () => {
    expect(staffAsNamed([member('Иванова Анна Борисовна'), member('Anna Smith')], ['А.Б. Иванова', 'Smith A.']).map((m) => m.name)).toEqual(['А.Б. Иванова', 'Smith A.']);
  });

  it('two members with the same initials, a full name the schedule also uses, or no one named so keep their names', () => {
    const twins = [member('Иванова Анна Борисовна'), member('Иванова Алла Богдановна')];
    expect(staffAsNamed(twins, ['Иванова А.Б.']).map((m) => m.name)).toEqual(['Иванова Анна Борисовна', 'Иванова Алла Богдановна']);
    expect(staffAsNamed([member('Иванова Анна Борисовна'), member('Иванова А.Б.')], ['Иванова А.Б.']).map((m) => m.name)).toEqual(['Иванова Анна Борисовна', 'Иванова А.Б.']);
    expect(staffAsNamed([member('Иванова Анна Борисовна')], ['Иванова Анна Борисовна', 'Иванова А.Б.']).map((m) => m.name)).toEqual(['Иванова Анна Борисовна']);
    expect(staffAsNamed([member('Иванова Анна Борисовна')], ['Петров В.Г.']).map((m) => m.name)).toEqual(['Иванова Анна Борисовна']);
  });
});

describe('a staff list of full names in the check', () => {
  it('the person on duty written with initials is on the list, gets its kinds, and is written to', () => {
    const a = analyseWorkbook(
      workbook(
        tab('График', [['День', 'Время', 'Ответственный'], ['ПН', '9.00-12.00', 'Иванова А.Б.']]),
        tab('Сотрудники', [['ФИО', 'E-mail', 'Вид помощи'], ['Иванова Анна Борисовна', 'ivanova@example.org', 'методическая']]),
      ),
    );
    expect(a.problems.map((p) => p.text(catalogue('en')))).toEqual([]);
    expect(emailOf(a.staff, 'Иванова А.Б.')).toBe('ivanova@example.org');
    expect(a.onDuty.map((s) => s.kinds)).toEqual([['methodical']]);
  });
});
