/**
 * The Settings tab (key / value rows) read into the school's settings, with defaults for anything left out:
 * language, time zone, what `ежедневно` means, admin addresses, the weekly summary's day and hour.
 */
import { cellRef, cellText, foldText } from './cells';
import { type Day, DEFAULT_SCHOOL_DAYS, parseDayName, parseDays } from './days';
import { findTab, isScheduleTab } from './headers';
import { findColumn } from './rows';
import { TAB_ALIASES } from './tabs';
import type { Language } from './i18n/messages';
import { type Problem, problem } from './problems';
import type { Tab, Workbook } from './workbook';
import { readTimeOfDay } from './time-range';

export interface SchoolSettings {
  schoolName: string;
  language: Language;
  timeZone: string;
  schoolDays: Day[];
  adminEmails: string[];
  summaryDay: Day;
  summaryHour: number;
  requestIdPrefix: string;
}

type Key = keyof SchoolSettings;

/** The words each setting may be called by in column A. */
export const SETTINGS_SYNONYMS: Record<Key, string[]> = {
  schoolName: ['название школы', 'школа', 'название', 'school name', 'school'],
  language: ['язык', 'language'],
  timeZone: ['часовой пояс', 'time zone', 'timezone'],
  schoolDays: ['учебные дни', 'дни работы', 'рабочие дни', 'учебная неделя', 'дни занятий', 'school days', 'school week days', 'school week', 'working days', 'work days'],
  adminEmails: ['e-mail администраторов', 'почта администраторов', 'администраторы', 'admin e-mails', 'admin emails', 'admins', 'admin email', 'admin e-mail', 'administrators', 'administrator emails'],
  summaryDay: ['день недельной сводки', 'день сводки', 'weekly summary day', 'summary day'],
  summaryHour: ['час недельной сводки', 'час сводки', 'время сводки', 'weekly summary hour', 'summary hour', 'summary time', 'weekly summary time'],
  requestIdPrefix: ['префикс номера обращения', 'префикс', 'request id prefix', 'id prefix'],
};

/** What the first row of a Settings tab may say over its two columns. */
const SETTINGS_HEADER_WORDS = ['параметр', 'параметры', 'настройка', 'настройки', 'ключ', 'название', 'setting', 'settings', 'key', 'name', 'parameter', 'parameters'];
/** What the value column's header says: the row holding it is the header, wherever it stands, and no setting. */
const VALUE_HEADER_WORDS = ['значение', 'значения', 'value', 'values'];

/** Long enough for `Школа 1234`, short enough to keep an id readable in a subject line. */
const PREFIX_LIMIT = 20;

/**
 * The Settings tab's key and value columns (0-based): found by their headers (`Параметр`, `Значение`) when
 * the first row has both, so a column put before them moves nothing; else columns A and B, as a key/value
 * tab usually is. Set-up writes missing settings into the same columns.
 */
export const settingsColumns = (tab: Tab): [number, number] => {
  const header = tab.rows[0] ?? [];
  const [keyAt, valueAt] = [findColumn(header, 'settings', 'key', ['настройка', 'setting', 'ключ']), findColumn(header, 'settings', 'value')];
  return keyAt >= 0 && valueAt >= 0 ? [keyAt, valueAt] : [0, 1];
};

export const SETTING_KEYS = ['schoolName', 'language', 'timeZone', 'schoolDays', 'adminEmails', 'summaryDay', 'summaryHour', 'requestIdPrefix'] as const satisfies readonly Key[];

// Dot-separated parts, none empty (`mail..ru`, `.ivanov@`, `ivanov@mail.ru.` are typing slips a send
// would fail on days later); domain labels of letters, digits and inner hyphens (`почта.рф` too, and its
// ASCII form `xn--80a1acny.xn--p1ai`).
const EMAIL = /^[^\s@<>",;.]+(?:\.[^\s@<>",;.]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,}|xn--[\p{L}\p{N}-]+)$/u;

export const splitEmails = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((e) => e.trim())
    .filter((e) => e !== '');

export const isEmail = (text: string): boolean => EMAIL.test(text);

/** The school's own tabs, whose names it chose; the desk's logs and report are named in whatever language set-up ran. */
const SCHOOL_TABS = ['staff', 'coverage', 'substitutions', 'rollout'] as const;

/**
 * The language the school's own tab names are written in (`График`, `Staff`, `Rollout plan`), when they all
 * agree; else `otherwise`. For a Sheet whose Settings name no language: its names say more than its locale,
 * which an English school may well have left Russian.
 */
export const languageOfTabNames = (names: readonly string[], otherwise: Language): Language => {
  const seen = new Set<Language>();
  for (const name of names) {
    const ours = isScheduleTab(name) || SCHOOL_TABS.some((k) => TAB_ALIASES[k].some((a) => foldText(a) === foldText(name)));
    if (ours) seen.add(/[а-яё]/i.test(name) ? 'ru' : 'en');
  }
  return seen.size === 1 ? [...seen][0]! : otherwise;
};

/** Russian unless Settings or the tab names say otherwise. */
const guessLanguage = (workbook: Workbook): Language => {
  const names = workbook.tabs.map((t) => t.name);
  return languageOfTabNames(names, names.some((n) => /[а-яё]/i.test(n)) || names.length === 0 ? 'ru' : 'en');
};

/**
 * The zone as written, or null when there is none such. Spelled as the zone database does when only the
 * case differs (`europe/moscow` → `Europe/Moscow`): Node accepts any case, Apps Script's dates may not.
 * A renamed zone keeps its old name (`Europe/Kiev`), which the database still knows.
 */
const timeZoneOf = (zone: string): string | null => {
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
  } catch {
    return null;
  }
};

/** The language a spreadsheet locale suggests (`ru_RU` → ru), for a Sheet whose Settings and tab names do not say. */
export const languageOfLocale = (locale: string): Language => (/^ru/i.test(locale) ? 'ru' : 'en');

/** What a Sheet speaks when its Settings name no language: its tab names, else its locale. */
export const languageOfSheet = (tabNames: readonly string[], locale: string): Language => languageOfTabNames(tabNames, languageOfLocale(locale));

/** `fallbackLanguage`: what to use when Settings name no language (else guessed from the tab names). */
export const readSettings = (workbook: Workbook, fallbackLanguage?: Language, sheetTimeZone?: string): { settings: SchoolSettings; problems: Problem[] } => {
  const settings: SchoolSettings = {
    schoolName: '',
    language: fallbackLanguage ?? guessLanguage(workbook),
    timeZone: sheetTimeZone ?? 'Europe/Moscow',
    schoolDays: [...DEFAULT_SCHOOL_DAYS],
    adminEmails: [],
    summaryDay: 'mon',
    summaryHour: 7,
    requestIdPrefix: '',
  };
  const problems: Problem[] = [];
  const tab = findTab(workbook.tabs, TAB_ALIASES.settings);
  if (!tab) return { settings, problems };
  const keys = SETTING_KEYS;
  const [kc, vc] = settingsColumns(tab);
  tab.rows.forEach((row, r) => {
    const label = foldText(cellText(row[kc]));
    const key = keys.find((k) => SETTINGS_SYNONYMS[k].includes(label));
    // A time typed as a time (7:00) arrives as a Date, on the Sheet's own clock.
    const raw = cellText(row[vc], sheetTimeZone ?? settings.timeZone).trim();
    if (raw === '' || VALUE_HEADER_WORDS.includes(foldText(raw))) return;
    // A setting under a name we do not know would be ignored in silence: `Рабочие дни` meant school days.
    if (!key) {
      if (label !== '' && !SETTINGS_HEADER_WORDS.includes(label)) problems.push(problem(cellRef(tab.name, r, kc), (t) => t.settingUnknown(cellText(row[kc]).trim()), 'warning'));
      return;
    }
    const cell = cellRef(tab.name, r, vc);
    const bad = () => problems.push(problem(cell, (t) => t.settingUnreadable(cellText(row[kc]).trim(), raw), 'warning'));
    switch (key) {
      case 'schoolName':
        settings.schoolName = raw;
        break;
      case 'language': {
        // `en-GB`, `ru_RU`, `English (UK)`: the language before its country.
        const l = foldText(raw).split(/[-_ ]/)[0] ?? '';
        if (['ru', 'рус', 'русский', 'russian'].includes(l)) settings.language = 'ru';
        else if (['en', 'eng', 'english', 'английский'].includes(l)) settings.language = 'en';
        else bad();
        break;
      }
      case 'timeZone': {
        const zone = timeZoneOf(raw);
        if (zone !== null) {
          settings.timeZone = zone;
          // `GMT`, `EST`, `UTC+3`: a fixed offset keeps no summer time, so in summer a British school's duty
          // would be an hour off. The zone of a city (Europe/London) follows the clocks.
          if (!raw.includes('/') || /^etc\//i.test(raw)) problems.push(problem(cell, (t) => t.settingFixedZone(raw), 'warning'));
        } else bad();
        break;
      }
      case 'schoolDays': {
        const days = parseDays(raw);
        if (days.ok) settings.schoolDays = days.value;
        else bad();
        break;
      }
      case 'adminEmails': {
        const emails = splitEmails(raw);
        if (emails.every(isEmail)) settings.adminEmails = emails;
        else {
          settings.adminEmails = emails.filter(isEmail);
          bad();
        }
        break;
      }
      case 'summaryDay': {
        const day = parseDayName(raw);
        if (day) settings.summaryDay = day;
        else bad();
        break;
      }
      case 'summaryHour': {
        // `7`, `07:00`, `7am`, `7 pm`: a whole hour, read as a schedule's times are.
        const time = readTimeOfDay(raw);
        if (time.ok && time.value.minutes % 60 === 0 && time.value.minutes < 24 * 60) settings.summaryHour = time.value.minutes / 60;
        else bad();
        break;
      }
      case 'requestIdPrefix':
        // The prefix goes into every request id and mail subject: a line break there would split a header.
        if (raw.length <= PREFIX_LIMIT && !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(raw)) settings.requestIdPrefix = raw;
        else bad();
        break;
    }
  });
  return { settings, problems };
};
