/** Русский каталог сообщений. */
import type { Channel, RequesterRole } from '../forms';
import type { RequestStatus, TabKey } from '../tabs';
import type { Messages } from './messages';
import { groupDigits, pluralRu } from './plural';

const DAYS: Record<string, [string, string]> = {
  mon: ['понедельник', 'ПН'],
  tue: ['вторник', 'ВТ'],
  wed: ['среда', 'СР'],
  thu: ['четверг', 'ЧТ'],
  fri: ['пятница', 'ПТ'],
  sat: ['суббота', 'СБ'],
  sun: ['воскресенье', 'ВС'],
};

const COLUMNS: Record<string, string> = {
  day: 'День',
  time: 'Время',
  kind: 'Вид помощи',
  person: 'Ответственный',
  room: 'Кабинет',
  days: 'Дни',
  date: 'Дата',
  substitute: 'Замена',
  task: 'Содержание',
  deadline: 'Срок выполнения',
  responsible: 'Ответственный',
  name: 'ФИО',
};

const TABS: Record<TabKey, string> = {
  settings: 'Настройки',
  staff: 'Сотрудники',
  schedule: 'График',
  coverage: 'Покрытие',
  substitutions: 'Замены',
  requests: 'Обращения',
  rollout: 'План внедрения',
  mailLog: 'Журнал писем',
  report: 'Отчёт о проверке',
};

const HEADERS: Record<TabKey, Record<string, string>> = {
  settings: { key: 'Параметр', value: 'Значение' },
  staff: { name: 'ФИО', position: 'Должность', email: 'E-mail', kinds: 'Вид помощи', admin: 'Администратор', active: 'Активен' },
  schedule: { day: 'День', time: 'Время', kind: 'Вид помощи', person: 'Ответственный', room: 'Кабинет', note: 'Примечание' },
  coverage: { kind: 'Вид помощи', days: 'Дни', time: 'Время' },
  substitutions: { date: 'Дата', person: 'Сотрудник', substitute: 'Замена', time: 'Время', reason: 'Причина' },
  requests: {
    id: 'Номер', received: 'Получено', channel: 'Канал', role: 'Кто обратился', name: 'ФИО', class: 'Класс', email: 'E-mail',
    kind: 'Вид помощи', description: 'Описание', assignee: 'Ответственный', status: 'Статус', updated: 'Обновлено', resolved: 'Решено',
  },
  rollout: { no: '№', task: 'Содержание', deadline: 'Срок выполнения', due: 'Срок (дата)', responsible: 'Ответственный', status: 'Статус' },
  mailLog: { time: 'Время', to: 'Кому', subject: 'Тема', kind: 'Вид', key: 'Ключ', status: 'Статус', error: 'Ошибка' },
  report: { what: 'Что', where: 'Где', details: 'Подробности' },
};

const SETTINGS: Record<string, string> = {
  schoolName: 'Название школы',
  language: 'Язык',
  timeZone: 'Часовой пояс',
  schoolDays: 'Учебные дни',
  adminEmails: 'E-mail администраторов',
  summaryDay: 'День недельной сводки',
  summaryHour: 'Час недельной сводки',
  requestIdPrefix: 'Префикс номера обращения',
};

const STATUS: Record<RequestStatus, string> = { new: 'новое', inProgress: 'в работе', waiting: 'ждём ответа', resolved: 'решено', closed: 'закрыто' };
const ROLE: Record<RequesterRole, string> = { staff: 'сотрудник', parent: 'родитель', student: 'учащийся' };
const CHANNEL: Record<Channel, string> = { form: 'форма', phone: 'телефон', email: 'e-mail', 'walk-in': 'лично' };

export const ru: Messages = {
  timeUnreadable: (s) => `«${s}» — не похоже на время. Напишите начало и конец, например 9.00-11.00`,
  timeFormula: (s) => `«${s}» — это формула, а не время. Напишите начало и конец, например 9.00-11.00`,
  timeOnlyOneTime: (s) => `«${s}» — указано только одно время. Напишите начало и конец, например 9.00-11.00`,
  timeNoSuchHour: (s, h) => `«${s}» — часа ${h} не бывает (часы от 0 до 24)`,
  timeNoSuchMinute: (s, m) => `«${s}» — минут ${m} не бывает (минуты от 00 до 59)`,
  timeEmptyRange: (s) => `«${s}» — начало и конец совпадают`,
  timeEndBeforeStart: (s) => `«${s}» — конец раньше начала`,
  timeSeveralRanges: (s) => `«${s}» — здесь несколько промежутков; в этой ячейке ожидается один`,
  timeMissing: () => 'Не указано время',
  dayUnreadable: (s) => `«${s}» — не похоже на день недели (например: понедельник, ПН, ПН-ПТ, ежедневно)`,
  dayMissing: () => 'Не указан день недели',
  kindUnreadable: (s) => `«${s}» — неизвестный вид помощи (бывает техническая и методическая)`,
  kindName: (k) => (k === 'technical' ? 'техническая' : 'методическая'),
  kindAny: () => 'любая',
  columnMissing: (tab, column) => `На листе «${tab}» нет столбца «${column}»`,
  columnName: (c) => COLUMNS[c] ?? c,
  noScheduleTab: () => 'Нет листа с графиком: имя листа должно начинаться с «График» или «Schedule»',
  personMissing: () => 'Не указан ответственный',
  roomCellUnreadable: (s) => `«${s}» — не удалось разобрать`,
  substitutionDateUnreadable: (s) => `«${s}» — не похоже на дату (например: 24.11.2026)`,
  substitutionPersonMissing: () => 'Не указано, кого заменяют',
  settingUnreadable: (k, s) => `Настройка «${k}»: не удалось понять «${s}»`,
  deadlineNoDate: () => 'без даты',
  taskMissing: () => 'Не указано содержание задачи',
  reportTitle: (school) => `Проверка графика: ${school}`,
  reportSlotsHeading: () => 'Дежурства по дням',
  reportSlotsPerDay: (day, n) => `${day}: ${n} ${pluralRu(n, 'дежурство', 'дежурства', 'дежурств')}`,
  reportConflictsHeading: (n) => `Пересечения: ${n}`,
  reportNoConflicts: () => 'Пересечений нет',
  reportConflictPerson: (who, day, range, cells) => `${who} занят(а) дважды: ${day}, ${range} (${cells})`,
  reportConflictRoom: (who, day, range, cells) => `${who} занят дважды: ${day}, ${range} (${cells})`,
  reportConflictOnDate: (date) => `из-за замены ${date}`,
  reportGapsHeading: (n) => `Часы без дежурного: ${n}`,
  reportNoGaps: () => 'Все требуемые часы покрыты',
  reportGap: (kind, day, range) => `${kind} помощь: ${day}, ${range} — никто не дежурит`,
  reportTasksHeading: () => 'План внедрения',
  reportTask: (no, task, deadline, due, responsible, status) =>
    `${no ? `${no}. ` : ''}${task} — срок: ${deadline}${due ? ` (${due})` : ''}; ответственный: ${responsible || '—'}${status ? `; ${status}` : ''}`,
  reportProblemsHeading: (n) => `Замечания: ${n}`,
  reportNoProblems: () => 'Замечаний нет',
  reportProblem: (cell, severity, message) => `${cell}: ${severity === 'error' ? 'ошибка' : 'предупреждение'} — ${message}`,
  dayName: (d) => DAYS[d]?.[0] ?? d,
  dayShort: (d) => DAYS[d]?.[1] ?? d,
  fieldRequired: () => 'Заполните это поле',
  fieldTooLong: (n, max) => `Слишком длинно: ${groupDigits(n, ' ')} ${pluralRu(n, 'знак', 'знака', 'знаков')}, можно не больше ${groupDigits(max, ' ')}`,
  fieldChooseDay: () => 'Выберите день недели',
  fieldChooseKind: () => 'Выберите вид помощи',
  fieldChooseChannel: () => 'Выберите, как поступило обращение',
  fieldChooseRole: () => 'Выберите, кто обращается',
  fieldBadEmail: () => 'Адрес электронной почты выглядит неверно (пример: name@example.org)',
  fieldClassRequired: () => 'Родители и учащиеся должны указать класс (например, 5Б)',
  tabTitle: (tab) => TABS[tab],
  columnTitle: (tab, column) => HEADERS[tab][column] ?? column,
  settingLabel: (key) => SETTINGS[key] ?? key,
  statusName: (st) => STATUS[st],
  roleName: (r) => ROLE[r],
  channelName: (c) => CHANNEL[c],
  yes: () => 'да',
  no: () => 'нет',
  menuTitle: () => 'Служба помощи',
  menuSetUp: () => 'Создать или восстановить листы',
  menuSidebar: () => 'Открыть панель',
  menuCheck: () => 'Проверить график',
  sidebarTitle: () => 'Служба помощи',
  setUpDone: (created, columns) =>
    [created.length > 0 ? `Созданы листы: ${created.join(', ')}.` : '', columns > 0 ? `Добавлено столбцов: ${columns}.` : '', 'Списки, заголовки и защита настроены.']
      .filter((x) => x !== '')
      .join(' '),
  setUpNothingToDo: () => 'Все листы на месте, менять нечего.',
  checkSummary: (c, g, e, w) =>
    `Пересечений: ${c}. Часов без дежурного: ${g}. Ошибок: ${e}. Предупреждений: ${w}. Подробности — на листе «${TABS.report}».`,
  checkDialogTitle: () => 'Проверка графика',
  noteConflictPerson: (who, day, range, other) => `${who} дежурит дважды: ${day}, ${range}. Второе дежурство: ${other}`,
  noteConflictRoom: (who, day, range, other, person) => `${who} занят дважды: ${day}, ${range}. Там же: ${person} (${other})`,
  reportWhatConflict: () => 'Пересечение',
  reportWhatGap: () => 'Нет дежурного',
  reportWhatError: () => 'Ошибка',
  reportWhatWarning: () => 'Предупреждение',
  reportGenerated: (when) => `Проверено: ${when}`,
  slotConflictWarning: (person, range, room) => `${person} уже дежурит ${range}${room ? ` в ${room}` : ''}`,
  savedSlot: (cell) => `Дежурство добавлено: ${cell}`,
  savedRequest: (id) => `Обращение ${id} записано`,
  savedTask: (cell) => `Задача добавлена: ${cell}`,
  tabMissing: (tab) => `Нет листа «${tab}». Выберите в меню «Служба помощи» → «Создать или восстановить листы».`,
  busyTryAgain: () => 'Таблицу сейчас изменяет кто-то ещё. Попробуйте ещё раз через несколько секунд.',
  demoHeading: () => 'Та же школа в таблице: настоящий Code.js на локальной замене Apps Script',
  demoSetUp: (created, columns) =>
    `«Создать или восстановить листы»: ${created.length > 0 ? `созданы листы ${created.join(', ')}` : 'все листы уже были'}, добавлено столбцов: ${columns}`,
  demoChecked: (c, g) => `«Проверить график»: пересечений ${c}, часов без дежурного ${g}; ячейки подсвечены, отчёт на отдельном листе`,
  demoEdit: (cell, value, before, after) => `Правка ${cell} → «${value}»: пересечений было ${before}, стало ${after}`,
  demoSaved: (path) => `Таблица сохранена: ${path}`,
  cliUsage: () =>
    'Использование: npm run --silent cli -- check ПУТЬ [--json]\nПУТЬ — папка с CSV-файлами листов или файл .xlsx',
  cliUnreadable: (path, reason) => `Не удалось прочитать «${path}»: ${reason}`,
};
