import { readCoverage } from '../../src/core/coverage';
import { tabHeaderRow } from '../../src/core/header-rows';
import { readRollout } from '../../src/core/rollout';
import { readStaff } from '../../src/core/staff';
import { readSubstitutions } from '../../src/core/substitutions';
import type { CellValue } from '../../src/core/workbook';
import { tab, workbook } from '../helpers/fixtures';

/** A school's table as orders print it: a title, a blank row, then the headers. */
const underTitle = (name: string, rows: CellValue[][]) => tab(name, [['Приложение 2 к приказу № 45 от 28.08.2026', ''], ['', ''], ...rows]);

describe('a school tab with a title above its headers', () => {
  it('the rollout plan is read from the row under its headers, each task at its own cell', () => {
    const r = readRollout(workbook(underTitle('План внедрения', [['Содержание', 'Срок выполнения'], ['Анкетирование', 'До 01 сентября 2026']])), 'Europe/Moscow');
    expect(r.problems).toEqual([]);
    expect(r.tasks.map((t) => [t.task, t.cell])).toEqual([['Анкетирование', "'План внедрения'!A4"]]);
  });

  it('coverage, substitutions and staff are read the same way', () => {
    const wb = workbook(
      underTitle('Покрытие', [['Вид помощи', 'Время'], ['техническая', 'ПН 9.00-16.00']]),
      underTitle('Замены', [['Дата', 'Сотрудник', 'Заменяющий'], ['01.12.2026', 'Петров В.Г.', 'Смирнов И.К.']]),
      underTitle('Сотрудники', [['ФИО', 'E-mail'], ['Петров В.Г.', 'petrov@example.org']]),
    );
    expect(readCoverage(wb, ['mon']).rules.map((r) => r.cell)).toEqual(['Покрытие!B4']);
    expect(readSubstitutions(wb, 'Europe/Moscow').substitutions.map((s) => [s.person, s.substitute, s.cell])).toEqual([['Петров В.Г.', 'Смирнов И.К.', 'Замены!A4']]);
    expect(readStaff(wb).staff.map((s) => [s.name, s.email])).toEqual([['Петров В.Г.', 'petrov@example.org']]);
  });

  it('a tab the help desk made keeps its headers in row 1; a tab whose headers are nowhere is read from row 1 and the column named as missing', () => {
    expect(tabHeaderRow(tab('Обращения', [['', ''], ['Номер', 'Статус']]), 'requests')).toBe(0);
    const r = readRollout(workbook(underTitle('План внедрения', [['Что', 'Когда']])), 'Europe/Moscow');
    expect(r.problems.map((p) => p.cell)).toEqual(['План внедрения', 'План внедрения']);
  });
});
