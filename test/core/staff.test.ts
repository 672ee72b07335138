import { catalogue } from '../../src/core/i18n';
import { adminAddresses, parseYesNo, readStaff } from '../../src/core/staff';
import { tab, workbook } from '../helpers/fixtures';

const ru = catalogue('ru');
const en = catalogue('en');
const HEADER = ['ФИО', 'Должность', 'E-mail', 'Вид помощи', 'Администратор', 'Активен'];

describe('readStaff', () => {
  it('reads each person with their e-mail, kinds and flags; an empty flag takes its default', () => {
    const { staff, problems } = readStaff(
      workbook(
        tab('Сотрудники', [
          HEADER,
          ['Петров В.Г.', 'учитель информатики', 'petrov@example.org', 'техническая', 'да', ''],
          ['', '', 'nobody@example.org', '', '', ''],
          ['Иванова А.Б.', 'завуч', '', 'методическая, техническая', '', 'нет'],
        ]),
      ),
    );
    expect(problems).toEqual([]);
    expect(staff).toEqual([
      { name: 'Петров В.Г.', position: 'учитель информатики', email: 'petrov@example.org', kinds: ['technical'], admin: true, active: true, cell: 'Сотрудники!A2' },
      { name: 'Иванова А.Б.', position: 'завуч', email: '', kinds: ['technical', 'methodical'], admin: false, active: false, cell: 'Сотрудники!A4' },
    ]);
  });

  it('a name is read as the schedule reads one: a comma before the initials and a role in parentheses drop out', () => {
    const { staff } = readStaff(workbook(tab('Сотрудники', [HEADER, ['Петров, В.Г.', '', '', '', '', ''], ['Иванова А.Б. (зам. директора)', '', '', '', '', ''], ['Рабочая группа', '', '', '', '', '']])));
    expect(staff.map((s) => s.name)).toEqual(['Петров В.Г.', 'Иванова А.Б.', 'Рабочая группа']);
  });

  it('an unreadable cell is a warning at that cell, in words about that column, and the person is still read', () => {
    const { staff, problems } = readStaff(
      workbook(tab('Сотрудники', [HEADER, ['Петров В.Г.', '', 'petrov@', 'психологическая', 'может быть', 'иногда']])),
    );
    expect(staff).toEqual([
      { name: 'Петров В.Г.', position: '', email: '', kinds: [], admin: false, active: true, cell: 'Сотрудники!A2' },
    ]);
    expect(problems.map((p) => [p.cell, p.severity, p.text(ru)])).toEqual([
      ['Сотрудники!C2', 'warning', ru.fieldBadEmail()],
      ['Сотрудники!D2', 'warning', expect.stringContaining('психологическая')],
      ['Сотрудники!E2', 'warning', '«Администратор»: не удалось понять «может быть», напишите «да» или «нет»'],
      ['Сотрудники!F2', 'warning', '«Активен»: не удалось понять «иногда», напишите «да» или «нет»'],
    ]);
    expect(problems[2]!.text(en)).toBe('"Администратор": could not understand "может быть", write "yes" or "no"');
  });

  it('a Staff tab without a name column is one problem naming the tab', () => {
    const { staff, problems } = readStaff(workbook(tab('Staff', [['Position', 'Email'], ['teacher', 'a@example.org']])));
    expect(staff).toEqual([]);
    expect(problems.map((p) => [p.cell, p.text(en)])).toEqual([['Staff', expect.stringContaining('Staff')]]);
  });
});

describe('parseYesNo', () => {
  it.each([
    ['да', true], ['Yes', true], ['ИСТИНА', true], ['+', true], [true, true],
    ['нет', false], ['No', false], ['ложь', false], ['-', false], [false, false],
  ])('%p reads as %p', (value, want) => {
    expect(parseYesNo(value, !want)).toBe(want);
  });

  it('an empty cell takes the default, anything else is unreadable', () => {
    expect(parseYesNo('', true)).toBe(true);
    expect(parseYesNo('  ', false)).toBe(false);
    expect(parseYesNo('может быть', true)).toBeNull();
  });
});

describe('adminAddresses', () => {
  const member = (name: string, email: string, admin: boolean, active: boolean) => ({ name, email, admin, active });

  it('an admin row marked inactive gets no admin mail, even when a namesake’s row is active', () => {
    const staff = [
      member('Петров В.Г.', 'petrov@example.org', true, false),
      member('Иванова А.Б.', 'ivanova@example.org', true, true),
      member('Орлова Л.М.', 'old-admin@example.org', true, false),
      member('Орлова Л.М.', 'teacher@example.org', false, true),
    ];
    expect(adminAddresses({ adminEmails: [] }, staff)).toEqual(['ivanova@example.org']);
  });

  it('an address written in two cases is one recipient, as first written', () => {
    expect(adminAddresses({ adminEmails: ['Ivanova@School5.example.org'] }, [member('Иванова А.Б.', 'ivanova@school5.example.org', true, true)])).toEqual([
      'Ivanova@School5.example.org',
    ]);
  });
});

describe('a question mark', () => {
  it('is dropped from a header (Active?), not from a value: «?» as a yes or no is still asked about', () => {
    const { staff, problems } = readStaff(workbook(tab('Staff', [['Name', 'Email', 'Active?'], ['Smith J.', 'smith@example.org', '?']])));
    expect(staff).toHaveLength(1);
    expect(problems.map((p) => p.cell)).toEqual(['Staff!C2']);
  });
});
