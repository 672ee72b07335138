import { catalogue } from '../../src/core/i18n';
import { languageOfTabNames, readSettings } from '../../src/core/settings';
import type { CellValue } from '../../src/core/workbook';
import { tab, workbook } from '../helpers/fixtures';

const ru = catalogue('ru');
const settingsTab = (name: string, rows: CellValue[][]) => workbook(tab(name, rows));

describe('readSettings', () => {
  it.each([['ЭЖ'], ['Школа 1234'], ['IT/2']])('a request-id prefix such as %s is kept as written', (prefix) => {
    expect(readSettings(settingsTab('Настройки', [['Префикс номера обращения', prefix]])).settings.requestIdPrefix).toBe(prefix);
  });

  it('a zone written in another case is spelled as the zone database does; an old name is kept', () => {
    const zone = (z: string) => readSettings(settingsTab('Settings', [['Time zone', z]])).settings.timeZone;
    expect([zone('europe/moscow'), zone('ASIA/YEKATERINBURG'), zone('Europe/Kiev')]).toEqual(['Europe/Moscow', 'Asia/Yekaterinburg', 'Europe/Kiev']);
  });

  it.each(['GMT', 'EST', 'UTC', 'Etc/GMT-3'])('a fixed-offset zone such as %s is used, with a warning to name a city instead', (zone) => {
    const { settings, problems } = readSettings(settingsTab('Settings', [['Time zone', zone]]));
    expect(settings.timeZone).toBe(zone);
    expect(problems.map((p) => [p.cell, p.severity, p.text(catalogue('en'))])).toEqual([
      ['Settings!B1', 'warning', `The time zone "${zone}" is a fixed offset with no summer time: write your city's zone instead, e.g. Europe/London or America/New_York`],
    ]);
  });

  it('a city zone has no warning', () => {
    expect(readSettings(settingsTab('Settings', [['Time zone', 'Europe/London']])).problems).toEqual([]);
  });

  it('a header row (Параметры | Значения, or Название | Значение) is no setting, wherever it stands, and no warning', () => {
    for (const rows of [[['Параметры', 'Значения']], [['Название', 'Значение']], [['Настройки школы', ''], ['Параметр', 'Значение']]]) {
      const { settings, problems } = readSettings(settingsTab('Настройки', rows));
      expect([rows, settings.schoolName, problems]).toEqual([rows, '', []]);
    }
  });

  it('school days may be called Рабочие дни or Working days', () => {
    for (const name of ['Рабочие дни', 'Working days']) expect(readSettings(settingsTab('Настройки', [[name, 'ПН-СБ']])).settings.schoolDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
  });

  it('a request-id prefix too long for a subject line is a warning, and ids go without it', () => {
    const { settings, problems } = readSettings(settingsTab('Настройки', [['Префикс номера обращения', 'Я'.repeat(21)]]));
    expect([settings.requestIdPrefix, problems.map((p) => p.cell)]).toEqual(['', ['Настройки!B1']]);
  });

  it('reads every setting by its Russian or English label, with defaults for what is left out', () => {
    const { settings, problems } = readSettings(
      settingsTab('Settings', [
        ['Setting', 'Value'],
        ['School name', 'School 5'],
        ['LANGUAGE', 'English'],
        ['Часовой пояс', 'Asia/Yekaterinburg'],
        ['School days', 'Mon-Sat'],
        ['Admins', 'a@example.org; b@example.org'],
        ['Weekly summary day', 'Friday'],
        ['Summary hour', '07:00'],
        ['ID prefix', 'HD'],
        ['Something of our own', 'kept out'],
      ]),
    );
    // A row under a name not known is not read: a warning at its name, so a misnamed setting is not lost in silence.
    expect(problems.map((p) => [p.cell, p.severity, p.text(catalogue('en'))])).toEqual([['Settings!A10', 'warning', catalogue('en').settingUnknown('Something of our own')]]);
    expect(settings).toEqual({
      schoolName: 'School 5',
      language: 'en',
      timeZone: 'Asia/Yekaterinburg',
      schoolDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
      adminEmails: ['a@example.org', 'b@example.org'],
      summaryDay: 'fri',
      summaryHour: 7,
      requestIdPrefix: 'HD',
    });
  });

  it('an English tab’s own words: a language with its country, one admin e-mail, the summary time', () => {
    const { settings, problems } = readSettings(
      settingsTab('Settings', [
        ['Language', 'en-GB'],
        ['Admin email', 'head@example.org'],
        ['Summary time', '8:00'],
      ]),
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ language: 'en', adminEmails: ['head@example.org'], summaryHour: 8 });
    expect(readSettings(settingsTab('Настройки', [['Язык', 'ru_RU']])).settings.language).toBe('ru');
  });

  it('a column put before the key and the value moves nothing: they are found by their headers', () => {
    const { settings, problems } = readSettings(
      settingsTab('Настройки', [
        ['№', 'Параметр', 'Значение'],
        [1, 'Язык', 'en'],
        [2, 'E-mail администраторов', 'a@example.org'],
        [3, 'Час сводки', '25'],
      ]),
    );
    expect(settings).toMatchObject({ language: 'en', adminEmails: ['a@example.org'] });
    expect(problems.map((p) => p.cell)).toEqual(['Настройки!C4']);
  });

  it('without a Settings tab: Mon–Fri, Moscow, Monday 7:00, and the language of the tab names', () => {
    expect(readSettings(workbook(tab('График', []))).settings).toMatchObject({ language: 'ru', timeZone: 'Europe/Moscow', schoolDays: ['mon', 'tue', 'wed', 'thu', 'fri'], summaryDay: 'mon', summaryHour: 7 });
    expect(readSettings(workbook(tab('Schedule', []))).settings.language).toBe('en');
    expect(readSettings(workbook(tab('Schedule', [])), 'ru').settings.language).toBe('ru');
  });

  it('a summary hour typed as a time arrives as a Date on the Sheet’s clock and still reads', () => {
    // 18:00 on 1899-12-30 in Moscow, whose offset that year was +2:30:17 (local mean time).
    const sixPm = new Date(Date.UTC(1899, 11, 30, 15, 29, 43));
    const { settings, problems } = readSettings(settingsTab('Настройки', [['Час сводки', sixPm]]), 'ru', 'Europe/Moscow');
    expect(problems).toEqual([]);
    expect(settings.summaryHour).toBe(18);
  });

  it.each([
    ['7', 7],
    ['07:00', 7],
    ['7am', 7],
    ['7 PM', 19],
    ['19.00', 19],
  ])('a summary hour written %s is hour %i', (text, hour) => {
    const { settings, problems } = readSettings(settingsTab('Settings', [['Summary hour', text]]), 'en');
    expect(problems).toEqual([]);
    expect(settings.summaryHour).toBe(hour);
  });

  it('a summary hour that is not a whole hour of the day is refused', () => {
    for (const text of ['7:30', '24', '7 o’clock']) expect(readSettings(settingsTab('Settings', [['Summary hour', text]]), 'en').problems).toHaveLength(1);
  });

  it('each unreadable value is a warning at its cell naming the setting, and its default stays', () => {
    const { settings, problems } = readSettings(
      settingsTab('Настройки', [
        ['Язык', 'клингонский'],
        ['Часовой пояс', 'Москва'],
        ['Учебные дни', 'ПН-ПТ и иногда СБ'],
        ['E-mail администраторов', 'ivanova@example.org, завуч'],
        ['День сводки', 'завтра'],
        ['Час сводки', '25'],
        ['Префикс номера обращения', 'ЭЖ\r\nBcc: all@example.org'],
      ]),
    );
    expect(problems.map((p) => `${p.cell} ${p.severity}: ${p.text(ru)}`)).toEqual([
      'Настройки!B1 warning: Настройка «Язык»: не удалось понять «клингонский»',
      'Настройки!B2 warning: Настройка «Часовой пояс»: не удалось понять «Москва»',
      'Настройки!B3 warning: Настройка «Учебные дни»: не удалось понять «ПН-ПТ и иногда СБ»',
      'Настройки!B4 warning: Настройка «E-mail администраторов»: не удалось понять «ivanova@example.org, завуч»',
      'Настройки!B5 warning: Настройка «День сводки»: не удалось понять «завтра»',
      'Настройки!B6 warning: Настройка «Час сводки»: не удалось понять «25»',
      'Настройки!B7 warning: Настройка «Префикс номера обращения»: не удалось понять «ЭЖ\r\nBcc: all@example.org»',
    ]);
    // The readable address is still used, so the admins are not left without mail.
    expect(settings).toMatchObject({ language: 'ru', timeZone: 'Europe/Moscow', schoolDays: ['mon', 'tue', 'wed', 'thu', 'fri'], adminEmails: ['ivanova@example.org'], summaryDay: 'mon', summaryHour: 7, requestIdPrefix: '' });
  });
});

describe('languageOfTabNames', () => {
  it('the school’s own tabs decide when they agree; the desk’s logs and other tabs do not count', () => {
    expect(languageOfTabNames(['Schedule', 'Staff', 'Журнал писем', 'Лист1'], 'ru')).toBe('en');
    expect(languageOfTabNames(['График', 'План внедрения', 'Mail log'], 'en')).toBe('ru');
    expect(languageOfTabNames(['График', 'Staff'], 'en')).toBe('en');
    expect(languageOfTabNames(['Sheet1', 'Настройки'], 'en')).toBe('en');
  });
});
