import { catalogue } from '../../src/core/i18n';
import { TAB_COLUMNS, TAB_KEYS } from '../../src/core/tabs';
import { LocalDataValidation } from '../../src/local/runtime/validation';
import { loadApp, sampleWorkbook, snapshot } from '../helpers/bundle';

describe('onOpen', () => {
  it('adds the menu in the Sheet language', () => {
    const { runtime } = loadApp();
    runtime.open();
    expect(runtime.menus).toEqual([
      expect.objectContaining({
        caption: 'Служба помощи',
        items: expect.arrayContaining([
          expect.objectContaining({ caption: 'Создать или восстановить листы', functionName: 'setUp' }),
          expect.objectContaining({ caption: 'Открыть панель', functionName: 'openSidebar' }),
          expect.objectContaining({ caption: 'Проверить график', functionName: 'checkSchedule' }),
        ]),
      }),
    ]);
  });

  it('is in English in an English Sheet with no Settings', () => {
    const { runtime } = loadApp({ tabs: [{ name: 'Sheet1', rows: [] }] }, { locale: 'en_US' });
    runtime.open();
    expect(runtime.menus[0]?.caption).toBe('Help desk');
  });

  it('speaks the language of the school’s tab names when Settings name none, whatever the locale', () => {
    const english = {
      tabs: [
        { name: 'Schedule', rows: [['Day', 'Time', 'Kind of help', 'Name', 'Room'], ['Monday', '9:00-11:00', 'Technical', 'Smith J.', 'Room 5']] },
        { name: 'Staff', rows: [['Name', 'Email', 'Active'], ['Smith J.', 'smith@example.org', 'Yes']] },
      ],
    };
    const { runtime, app } = loadApp(english, { locale: 'ru_RU' });
    runtime.open();
    expect(runtime.menus[0]?.caption).toBe('Help desk');
    app.call('setUp');
    expect(runtime.spreadsheet.getSheetByName('Settings')!.getDataRange().getValues()).toContainEqual(['Language', 'en']);
    expect(runtime.spreadsheet.getSheetByName('Mail log')).not.toBeNull();
    expect(runtime.spreadsheet.getSheetByName('Журнал писем')).toBeNull();
    // And the other way round: a Russian school in an English-locale Sheet.
    const ru = sampleWorkbook();
    ru.tabs = ru.tabs.filter((t) => t.name !== 'Настройки');
    const other = loadApp(ru, { locale: 'en_US' });
    other.runtime.open();
    expect(other.runtime.menus[0]?.caption).toBe('Служба помощи');
  });

  it('the sidebar opens from the built HTML file with a title', () => {
    const { runtime, app } = loadApp();
    app.call('openSidebar');
    expect(runtime.sidebars).toHaveLength(1);
    expect(runtime.sidebars[0]!.title).toBe('Служба помощи');
    expect(runtime.sidebars[0]!.content).toContain('<html');
  });
});

describe('setUp', () => {
  it('on an empty Sheet creates every tab with headers in the Sheet language, frozen and bold', () => {
    const { runtime, app } = loadApp({ tabs: [{ name: 'Sheet1', rows: [] }] }, { locale: 'en_US' });
    app.call('setUp');
    const en = catalogue('en');
    for (const key of TAB_KEYS.filter((k) => k !== 'report')) {
      const sheet = runtime.spreadsheet.getSheetByName(en.tabTitle(key));
      expect(sheet).not.toBeNull();
      expect(sheet!.getRange(1, 1, 1, TAB_COLUMNS[key].length).getValues()[0]).toEqual(TAB_COLUMNS[key].map((c) => en.columnTitle(key, c)));
      expect(sheet!.getFrozenRows()).toBe(1);
      expect(sheet!.getRange(1, 1).getFontWeights()[0]![0]).toBe('bold');
    }
    const settings = runtime.spreadsheet.getSheetByName('Settings')!.getDataRange().getValues();
    expect(settings).toContainEqual(['Language', 'en']);
    const log = runtime.spreadsheet.getSheetByName('Mail log')!;
    expect(log.getProtections(runtime.globals.SpreadsheetApp.ProtectionType.SHEET).map((p) => p.isWarningOnly())).toEqual([true]);
  });

  it('adds dropdowns: days, kinds and staff names in the schedule, statuses in the request log', () => {
    const { runtime, app } = loadApp();
    app.call('setUp');
    const schedule = runtime.spreadsheet.getSheetByName('График')!;
    const rule = (a1: string) => schedule.getRange(a1).getDataValidations()[0]![0]!.getCriteriaValues()[0];
    expect(rule('A2')).toEqual(['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']);
    expect(rule('C40')).toEqual(['техническая', 'методическая']);
    expect(rule('D2')).toEqual(['Иванова А.Б.', 'Петров В.Г.', 'Сидоренко Д.Е.', 'Кузнецова Ж.З.', 'Смирнов И.К.', 'Орлова Л.М.']);
    // A dropdown that warns rather than refuses: `ПН-ПТ` and `методическая, техническая` must stay allowed.
    expect(schedule.getRange('A2').getDataValidations()[0]![0]!.getAllowInvalid()).toBe(true);
    const requests = runtime.spreadsheet.getSheetByName('Обращения')!;
    expect(requests.getRange('K2').getDataValidations()[0]![0]!.getCriteriaValues()[0]).toEqual(['новое', 'в работе', 'ждём ответа', 'решено', 'закрыто', 'некорректное']);
  });

  it('never deletes, renames, reorders or overwrites what is there; it only adds', () => {
    const { runtime, app } = loadApp();
    const before = runtime.toWorkbook();
    app.call('setUp');
    const after = runtime.toWorkbook();
    for (const tab of before.tabs) {
      const now = after.tabs.find((t) => t.name === tab.name)!;
      // Every cell that was there is there still, unchanged (the rows may only have grown to the right).
      expect(now.rows.slice(0, tab.rows.length).map((row, r) => row.slice(0, tab.rows[r]?.length ?? 0))).toEqual(tab.rows);
    }
    expect(after.tabs.map((t) => t.name).slice(0, before.tabs.length)).toEqual(before.tabs.map((t) => t.name));
    // The rollout plan gains its parsed due-date column after the last header.
    expect(after.tabs.find((t) => t.name === 'План внедрения')!.rows[0]).toEqual(['№', 'Содержание', 'Срок выполнения', 'Ответственный', 'Статус', 'Срок (дата)']);
  });

  it('a column of notes with no header is not taken for a new one: set-up adds after it, and the due dates never overwrite it', () => {
    const wb = sampleWorkbook();
    const plan = wb.tabs.find((t) => t.name === 'План внедрения')!;
    plan.rows = plan.rows.map((r, i) => [...r, i === 0 ? '' : `заметка ${i}`]);
    const { runtime, app } = loadApp(wb);
    app.call('setUp');
    runtime.userEdit('План внедрения', 'E6', 'выполнено');
    const rows = runtime.spreadsheet.getSheetByName('План внедрения')!.getDataRange().getValues();
    expect(rows[0]).toEqual(['№', 'Содержание', 'Срок выполнения', 'Ответственный', 'Статус', '', 'Срок (дата)']);
    expect(rows.slice(1).map((r) => r[5])).toEqual(plan.rows.slice(1).map((_, i) => `заметка ${i + 1}`));
    expect(rows[1]![6]).toBe('2026-09-01');
  });

  it('a plan pasted under a title: set-up, the due dates and the sidebar work in its header row, never the title', () => {
    const wb = sampleWorkbook();
    const plan = wb.tabs.find((t) => t.name === 'План внедрения')!;
    const width = plan.rows[0]!.length;
    const title = ['План мероприятий по внедрению ЭЖ на 2026/27 учебный год', ...Array(width - 1).fill('')];
    plan.rows = [title, Array(width).fill(''), ...plan.rows];
    const { runtime, app } = loadApp(wb);
    app.call('setUp');
    const sheet = runtime.spreadsheet.getSheetByName('План внедрения')!;
    let rows = sheet.getDataRange().getValues();
    expect(rows[0]).toEqual([...title, '']);
    expect(rows[2]).toEqual(['№', 'Содержание', 'Срок выполнения', 'Ответственный', 'Статус', 'Срок (дата)']);
    expect(sheet.getFrozenRows()).toBe(3);
    expect(sheet.getRange(3, 1, 1, 6).getFontWeights()[0]).toEqual(Array(6).fill('bold'));
    // The check writes each due date beside its own deadline.
    expect((app.call('checkSchedule') as { errors: number }).errors).toBe(0);
    rows = sheet.getDataRange().getValues();
    expect(rows[3]!.slice(2)).toEqual(['До 01 сентября 2026', 'Петров В.Г., Смирнов И.К.', 'выполнено', '2026-09-01']);
    expect(rows[2]![5]).toBe('Срок (дата)');
    const saved = app.call('saveTask', { task: 'Анкетирование родителей', deadline: 'До 01 сентября 2027', responsible: 'Иванова А.Б.', status: '' });
    expect(saved).toMatchObject({ ok: true, cell: "'План внедрения'!B14" });
    expect(sheet.getRange('A14:F14').getValues()).toEqual([[11, 'Анкетирование родителей', 'До 01 сентября 2027', 'Иванова А.Б.', '', '2027-09-01']]);
    // A second run finds nothing left to do.
    expect(app.call('setUp')).toMatchObject({ changed: false });
  });

  it('a school’s own checkboxes are left as they are: no yes/no dropdown over them', () => {
    const { runtime, app } = loadApp();
    const sheet = runtime.spreadsheet.getSheetByName('Сотрудники')!;
    const checkbox = new LocalDataValidation('CHECKBOX', [], false, null, { count() {} } as never);
    sheet.getRange(2, 5, sheet.getMaxRows() - 1, 2).setDataValidation(checkbox as never);
    app.call('setUp');
    const rules = sheet.getRange(2, 4, 1, 3).getDataValidations()[0]!;
    expect(rules.map((r) => r?.getCriteriaType())).toEqual(['VALUE_IN_LIST', 'CHECKBOX', 'CHECKBOX']);
  });

  it('a Settings tab with a column before its key and value gets the missing settings under them', () => {
    const wb = sampleWorkbook();
    const settings = wb.tabs.find((t) => t.name === 'Настройки')!;
    settings.rows = settings.rows.filter((r) => r[0] !== 'Префикс номера обращения').map((r, i) => [i === 0 ? '№' : i, ...r]);
    const { runtime, app } = loadApp(wb);
    app.call('setUp');
    const rows = runtime.spreadsheet.getSheetByName('Настройки')!.getDataRange().getValues();
    expect(rows.slice(settings.rows.length)).toEqual([['', 'Префикс номера обращения', '']]);
  });

  it('a request log and staff list headed the way a school wrote them (Email, Role, Assigned to) get no second column, and a resolution is mailed', async () => {
    const wb = sampleWorkbook();
    const log = wb.tabs.find((t) => t.name === 'Обращения')!;
    log.rows[0] = log.rows[0]!.map((h) => ({ 'E-mail': 'Email', 'Кто обратился': 'Role', Ответственный: 'Assigned to' })[String(h)] ?? h);
    const staff = wb.tabs.find((t) => t.name === 'Сотрудники')!;
    staff.rows[0] = staff.rows[0]!.map((h) => (h === 'E-mail' ? 'Email address' : h));
    const { runtime, app } = loadApp(wb);
    app.call('setUp');
    app.call('installTriggers');
    const header = (name: string) => runtime.spreadsheet.getSheetByName(name)!.getDataRange().getValues()[0]!.map(String);
    expect(header('Обращения').filter((h) => ['E-mail', 'Кто обратился', 'Ответственный'].includes(h))).toEqual([]);
    expect(header('Сотрудники')).not.toContain('E-mail');
    runtime.userEdit('Обращения', `K3`, 'решено');
    await runtime.mail.flush();
    expect(runtime.mail.sent.map((m) => m.to)).toEqual([['vasiliev.parent@example.org']]);
  });

  it('a second run changes nothing and writes nothing', () => {
    const { runtime, app } = loadApp();
    app.call('setUp');
    const before = snapshot(runtime);
    runtime.resetCalls();
    expect(app.call('setUp')).toEqual({ created: [], columnsAdded: 0, changed: false });
    expect(snapshot(runtime)).toEqual(before);
    expect([...runtime.io().values()].reduce((n, t) => n + t.writes, 0)).toBe(0);
    expect(runtime.alerts.at(-1)?.prompt).toBe('Все листы на месте, менять нечего.');
  });
});
