import { MARK_COLORS, PLAIN_BACKGROUND } from '../../src/core/marks';
import type { LocalRuntime } from '../../src/local/runtime';
import { io, loadApp, sampleWorkbook } from '../helpers/bundle';

describe('checkSchedule', () => {
  it('marks both cells of each overlap, writes the report in one batch and shows a summary', () => {
    const { runtime, app } = loadApp();
    runtime.resetCalls();
    expect(app.call('checkSchedule')).toEqual({ conflicts: 2, gaps: 9, errors: 0, warnings: 0, failed: true });
    const schedule = runtime.spreadsheet.getSheetByName('График')!;
    expect(schedule.getRange('B5:B6').getBackgrounds()).toEqual([[MARK_COLORS.conflict], [MARK_COLORS.conflict]]);
    expect(schedule.getRange('B9:B10').getBackgrounds()).toEqual([[MARK_COLORS.conflict], [MARK_COLORS.conflict]]);
    const report = runtime.spreadsheet.getSheetByName('Отчёт о проверке')!;
    expect(io(runtime, 'Отчёт о проверке').writes).toBe(1 + 1 + 1 + 1); // the one batch of rows, plus frozen and bold header and protection on creation
    const values = report.getDataRange().getValues();
    expect(values[0]).toEqual(['Что', 'Где', 'Подробности']);
    expect(values[1]![0]).toBe('Проверено: 24.11.2026 10:15');
    expect(values[2]).toEqual(['Пересечение', 'График!B5', 'каб. 21 занят дважды: вторник, 12.00–13.30 (График!B5 ↔ График!B6)']);
    expect(values.filter((r) => r[0] === 'Нет дежурного')).toHaveLength(9);
    // Each place is a link to its cell.
    const gid = schedule.getSheetId();
    expect(report.getRange('B3').getFormulas()[0]![0]).toBe(`=HYPERLINK("#gid=${gid}&range=B5","График!B5")`);
    expect(runtime.alerts.at(-1)).toMatchObject({ title: 'Проверка графика', prompt: expect.stringContaining('Пересечений: 2. Часов без дежурного: 9.') });
  });

  it('a cell holding a whole pasted page is quoted by its beginning: the report and the note are written', () => {
    const wb = sampleWorkbook();
    wb.tabs.find((t) => t.name === 'График')!.rows[1]![1] = 'я'.repeat(49_990);
    const { runtime, app } = loadApp(wb);
    expect(app.call('checkSchedule')).toMatchObject({ errors: 1 });
    const problem = runtime.spreadsheet.getSheetByName('Отчёт о проверке')!.getDataRange().getValues().find((r) => r[1] === 'График!B2')!;
    expect(String(problem[2])).toMatch(/^«я{200}…» — не похоже на время/);
    expect(runtime.spreadsheet.getSheetByName('График')!.getRange('B2').getNote().length).toBeLessThan(500);
  });

  it('an overlap a substitution makes is reported up to its date, and is history after it', () => {
    // Смирнов stands in for Петров on Tuesday 24.11 9–13, and has his own duty 12–14 that day.
    const wb = sampleWorkbook();
    wb.tabs.find((t) => t.name === 'График')!.rows.push(['вторник', '12.00-14.00', 'техническая', 'Смирнов И.К.', 'каб. 5', '']);
    const on = (now: string) => loadApp(structuredClone(wb), { now: new Date(now) }).app.call('checkSchedule') as { conflicts: number };
    expect(on('2026-11-24T07:15:00Z').conflicts).toBe(3);
    expect(on('2026-11-23T07:15:00Z').conflicts).toBe(3);
    expect(on('2026-11-25T07:15:00Z').conflicts).toBe(2);
  });

  it('the day a substitution becomes history is the school’s day (the Settings zone), as routing and the weekly run see it', () => {
    const wb = sampleWorkbook();
    wb.tabs.find((t) => t.name === 'График')!.rows.push(['вторник', '12.00-14.00', 'техническая', 'Смирнов И.К.', 'каб. 5', '']);
    const inZone = (zone: string) => {
      const copy = structuredClone(wb);
      const settings = copy.tabs.find((t) => t.name === 'Настройки')!;
      settings.rows.find((r) => r[0] === 'Часовой пояс')![1] = zone;
      // 18:30 on Tuesday 24.11 in Moscow, the Sheet's zone; already 01:30 on Wednesday in Vladivostok.
      return (loadApp(copy, { now: new Date('2026-11-24T15:30:00Z') }).app.call('checkSchedule') as { conflicts: number }).conflicts;
    };
    expect(inZone('Europe/Moscow')).toBe(3);
    expect(inZone('Asia/Vladivostok')).toBe(2);
  });

  it('a due date the school types for a deadline without one is kept and counts; ours is cleared when its deadline loses the date', () => {
    const { runtime, app } = loadApp();
    app.call('setUp');
    app.call('checkSchedule');
    const plan = runtime.spreadsheet.getSheetByName('План внедрения')!;
    // Row 11 is «В течение года»; row 2 «До 01 сентября 2026», whose date our check wrote.
    runtime.userEdit('План внедрения', 'F11', '31.05.2027');
    runtime.userEdit('План внедрения', 'C2', 'В течение года');
    app.call('checkSchedule');
    const due = (a1: string) => {
      const v = plan.getRange(a1).getValues()[0]![0];
      return v instanceof Date ? v.toISOString().slice(0, 10) : v;
    };
    expect([due('F2'), due('F3'), due('F11')]).toEqual(['', '2026-09-01', '2027-05-30']);
    // The deadline of row 3 now loses its date too: its date was ours as well, written at the first check.
    runtime.userEdit('План внедрения', 'C3', 'По мере готовности');
    expect([due('F3'), due('F11')]).toEqual(['', '2027-05-30']);
  });

  it('fills the rollout plan’s due dates beside the free-text deadlines, inventing none', () => {
    const { runtime, app } = loadApp();
    app.call('setUp');
    app.call('checkSchedule');
    const plan = runtime.spreadsheet.getSheetByName('План внедрения')!.getDataRange().getDisplayValues();
    expect(plan.slice(1).map((r) => [r[2], r[5]])).toEqual([
      ['До 01 сентября 2026', '2026-09-01'],
      ['До 01 сентября 2026', '2026-09-01'],
      ['До 15 октября 2026', '2026-10-15'],
      ['20.09.2026', '2026-09-20'],
      ['27 ноября 2026', '2026-11-27'],
      ['По периодам', ''],
      ['По мере обращения', ''],
      ['Декабрь 2026', '2026-12-31'],
      ['_________ 2026', ''],
      ['В течение года', ''],
    ]);
  });

  it('a second check writes no marks again, and a shorter report clears the old rows below it', () => {
    const { runtime, app } = loadApp();
    app.call('checkSchedule');
    runtime.userEdit('График', 'E6', 'каб. 22');
    runtime.userEdit('График', 'E10', 'каб. 15');
    runtime.resetCalls();
    app.call('checkSchedule');
    expect(io(runtime, 'График').writes).toBe(0);
    const report = runtime.spreadsheet.getSheetByName('Отчёт о проверке')!.getDataRange().getValues();
    expect(report.filter((r) => r[0] === 'Пересечение')).toHaveLength(0);
    expect(report.filter((r) => r.join('') !== '')).toHaveLength(2 + 9);
  });

  it('a hostile cell is reported as text, never as a formula', () => {
    const { runtime, app } = loadApp();
    runtime.spreadsheet.getSheetByName('График')!.getRange('B3').setValue("'=IMPORTXML(\"http://x\",\"//a\")");
    app.call('checkSchedule');
    const report = runtime.spreadsheet.getSheetByName('Отчёт о проверке')!;
    const formulas = report.getDataRange().getFormulas().flat().filter((f) => f !== '');
    expect(formulas.every((f) => f.startsWith('=HYPERLINK("#gid='))).toBe(true);
    expect(report.getDataRange().getValues().flat()).toContainEqual(expect.stringContaining('«=IMPORTXML("http://x","//a")» — это формула'));
  });
});

describe('merged cells in the Sheet', () => {
  const visible = (note: string) => note.replaceAll('\u200b', '');
  const look = (sheet: ReturnType<LocalRuntime['spreadsheet']['getSheetByName']>, a1: string) => {
    const r = sheet!.getRange(a1);
    return { note: visible(r.getNotes()[0]![0]!), background: r.getBackgrounds()[0]![0] };
  };
  it('a time and a room merged over three people’s rows are each row’s: three slots, their overlaps marked on the merged cell', () => {
    const wb = sampleWorkbook();
    const rows = wb.tabs.find((t) => t.name === 'График')!.rows;
    rows.push(['', '11.00-12.00', 'техническая', 'Смирнов И.К.', 'каб. 30', ''], ['', '', 'методическая', 'Сидоренко Д.Е.', '', ''], ['', '', 'техническая', 'Кузнецова Ж.З.', '', '']);
    const { runtime, app } = loadApp(wb);
    const schedule = runtime.spreadsheet.getSheetByName('График')!;
    schedule.getRange('B14:B16').merge();
    schedule.getRange('E14:E16').merge();
    // As a Sheet gives them: the value in the first cell only.
    expect(schedule.getRange('B14:B16').getValues()).toEqual([['11.00-12.00'], [''], ['']]);
    expect(app.call('checkSchedule')).toMatchObject({ conflicts: 2 + 3, errors: 0 });
    // Every overlap of the three is on the one cell a person sees; the hidden cells carry nothing.
    const { note, background } = look(schedule, 'B14');
    expect(background).toBe(MARK_COLORS.conflict);
    for (const person of ['Смирнов И.К.', 'Сидоренко Д.Е.', 'Кузнецова Ж.З.']) expect(note).toContain(person);
    expect(schedule.getRange('B15:B16').getNotes()).toEqual([[''], ['']]);
  });

  it('a day heading merged across the table is a heading, not a time in every column', () => {
    const wb = sampleWorkbook();
    const rows = wb.tabs.find((t) => t.name === 'График')!.rows;
    rows.push(['Суббота', '', '', '', '', ''], ['', '11.00-12.00', 'техническая', 'Смирнов И.К.', 'каб. 30', '']);
    const { runtime, app } = loadApp(wb);
    runtime.spreadsheet.getSheetByName('График')!.getRange('A14:F14').merge();
    expect(app.call('checkSchedule')).toMatchObject({ conflicts: 2, errors: 0 });
  });

  it('a time merged over rows is read on every row when the tab is edited too', () => {
    const wb = sampleWorkbook();
    const rows = wb.tabs.find((t) => t.name === 'График')!.rows;
    rows.push(['', '11.00-12.00', 'техническая', 'Смирнов И.К.', 'каб. 30', ''], ['', '', 'методическая', 'Сидоренко Д.Е.', 'каб. 31', '']);
    const { runtime } = loadApp(wb);
    const schedule = runtime.spreadsheet.getSheetByName('График')!;
    schedule.getRange('B14:B15').merge();
    runtime.userEdit('График', 'E15', 'каб. 30');
    expect(look(schedule, 'B14')).toEqual({ note: expect.stringContaining('каб. 30'), background: MARK_COLORS.conflict });
    runtime.userEdit('График', 'E15', 'каб. 31');
    expect(look(schedule, 'B14')).toEqual({ note: '', background: PLAIN_BACKGROUND });
  });
});
