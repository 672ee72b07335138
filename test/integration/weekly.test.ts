import { simpleParser } from 'mailparser';
import { readMailLog } from '../../src/core/outbox';
import type { CellValue, Workbook } from '../../src/core/workbook';
import { loadApp, sampleWorkbook } from '../helpers/bundle';

type App = ReturnType<typeof loadApp>;

/** Monday 30 November 2026, 7:00 in Moscow: the weekly trigger's hour in the sample's Settings. */
const MONDAY_MORNING = new Date('2026-11-30T04:00:00Z');
/** Monday 23 November 2026, 7:00: the sample's substitutions (24th and 25th) fall in this week. */
const LAST_MONDAY = new Date('2026-11-23T04:00:00Z');

const bodies = async (runtime: App['runtime']) => {
  await runtime.mail.flush();
  return Promise.all(runtime.mail.sent.map(async (s) => ({ to: s.to, subject: s.subject, parsed: await simpleParser(s.mime!) })));
};

const dutyLines = (text: string): string[] => {
  const lines = text.split('\n');
  const start = lines.indexOf('Дата | Время | Кабинет | Примечание');
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') break;
    out.push(line.trim());
  }
  return out;
};

describe('sendWeeklySummaries', () => {
  it('each duty person gets exactly their week: dates, hours, rooms, a substitution and a cancellation', async () => {
    const { runtime, app } = loadApp(undefined, { now: LAST_MONDAY });
    app.call('sendWeeklySummaries');
    const mails = await bodies(runtime);
    const of = (email: string) => mails.find((m) => m.to.includes(email) && m.to.length === 1)!;
    expect(dutyLines(of('petrov@school5.example.org').parsed.text!)).toEqual([
      'ПН 23.11.2026 | 9.00–16.00 | каб. 14',
      'ВТ 24.11.2026 | 9.00–13.00 | каб. 14 | вас заменяет Смирнов И.К.',
      'ЧТ 26.11.2026 | 9.00–13.00 | каб. 14',
      'ПТ 27.11.2026 | 9.00–16.00 | каб. 14',
    ]);
    expect(dutyLines(of('smirnov@school5.example.org').parsed.text!)).toEqual([
      'ВТ 24.11.2026 | 9.00–13.00 | каб. 14 | замена за Петров В.Г.',
      'СБ 28.11.2026 | 8.00–10.00 | каб. 14',
    ]);
    expect(dutyLines(of('ivanova@school5.example.org').parsed.text!)).toEqual([
      'ПН 23.11.2026 | 14.15–16.00 | каб. 21',
      'ВТ 24.11.2026 | 10.30–13.30 | каб. 21',
      'СР 25.11.2026 | 13.00–16.00 | каб. 21 | отменено',
    ]);
    // Open requests with their age, rollout tasks due within 14 days.
    expect(of('ivanova@school5.example.org').parsed.text).toContain('ЭЖ-2026-0003 | методическая | новое | 4');
    expect(of('ivanova@school5.example.org').parsed.text).toContain('Семинар «Построение учебного процесса с использованием электронного журнала» | 27 ноября 2026 | 27.11.2026');
    expect(of('kuznetsova@school5.example.org').parsed.text).toContain('ЭЖ-2026-0002 | техническая | в работе | 6');
    // Orlova has no duty, no request and no task: no e-mail.
    expect(mails.some((m) => m.to.includes('orlova@school5.example.org'))).toBe(false);
  });

  it('a substitute off sick the same day: the owner is told the duty is cancelled, the substitute gets no line for it', async () => {
    const wb = sampleWorkbook();
    wb.tabs.find((t) => t.name === 'Замены')!.rows.push(['24.11.2026', 'Смирнов И.К.', '', '', 'больничный']);
    const { runtime, app } = loadApp(wb, { now: LAST_MONDAY });
    app.call('sendWeeklySummaries');
    const mails = await bodies(runtime);
    const of = (email: string) => dutyLines(mails.find((m) => m.to.includes(email) && m.to.length === 1)!.parsed.text!);
    expect(of('petrov@school5.example.org')[1]).toBe('ВТ 24.11.2026 | 9.00–13.00 | каб. 14 | отменено');
    expect(of('smirnov@school5.example.org')).toEqual(['СБ 28.11.2026 | 8.00–10.00 | каб. 14']);
  });

  it('the admins’ digest matches the request log', async () => {
    const { runtime, app } = loadApp(undefined, { now: LAST_MONDAY });
    app.call('sendWeeklySummaries');
    const digest = (await bodies(runtime)).find((m) => m.subject.startsWith('Сводка службы помощи'))!;
    expect(digest.to).toEqual(['ivanova@school5.example.org', 'kuznetsova@school5.example.org', 'petrov@school5.example.org']);
    const text = digest.parsed.text!;
    expect(text).toContain('Пересечения в графике: 2');
    expect(text).toContain('Часы без дежурного: 10');
    // Иванова is off on Wednesday 25.11 with nobody in her place: that day's methodical hours are uncovered.
    expect(text).toContain('методическая, среда 25.11.2026 — из-за замен | 13.00–15.00');
    // Log: 16.11 received and resolved 2 h 28 min later, 17.11 and 19.11 received, both still open.
    expect(text).toContain('Обращения за прошлую неделю (16.11.2026–22.11.2026)');
    expect(text).toContain('Поступило: 3. Решено: 1.');
    expect(text).toContain('Среднее (медиана) время решения: 2,5 ч.');
    expect(text).toContain('Открыто сейчас: 2; самое давнее — ЭЖ-2026-0002, ждёт 6 дней.');
    expect(text).toContain('техническая | 2');
    expect(text).toContain('родитель | 1');
    expect(text).toContain('ВТ | 18.00–19.00 | 1 | 1');
  });

  it('the digest’s gaps of a date see that date as routing does: a substitute the staff list marks inactive covers nothing', async () => {
    const wb = sampleWorkbook();
    wb.tabs.find((t) => t.name === 'Замены')!.rows.push(['23.11.2026', 'Петров В.Г.', 'Орлова Л.М.', '', 'курсы']);
    const staff = wb.tabs.find((t) => t.name === 'Сотрудники')!;
    staff.rows = staff.rows.map((r) => (r[0] === 'Орлова Л.М.' ? [...r.slice(0, 5), 'нет'] : r));
    const { runtime, app } = loadApp(wb, { now: LAST_MONDAY });
    app.call('sendWeeklySummaries');
    const text = (await bodies(runtime)).find((m) => m.subject.startsWith('Сводка службы помощи'))!.parsed.text!;
    expect(text).toContain('техническая, понедельник 23.11.2026 — из-за замен | 9.00–16.00');
  });

  it('an invalid answer is not counted as a request received, and a task whose status starts «Выполнено» is not overdue', async () => {
    const wb = sampleWorkbook();
    const log = wb.tabs.find((t) => t.name === 'Обращения')!;
    log.rows.push(['ЭЖ-2026-0004', '18.11.2026 10:00', 'форма', 'родитель', 'Н.', '', 'n@example.org', 'техническая', 'пароль', '', 'некорректное', '', '']);
    const plan = wb.tabs.find((t) => t.name === 'План внедрения')!;
    plan.rows = plan.rows.map((r) => (String(r[0]) === '4' ? [...r.slice(0, 4), 'Выполнено 18.09.2026'] : String(r[0]) === '3' ? [...r.slice(0, 4), 'не выполнено'] : r));
    const { runtime, app } = loadApp(wb, { now: LAST_MONDAY });
    app.call('sendWeeklySummaries');
    const text = (await bodies(runtime)).find((m) => m.subject.startsWith('Сводка службы помощи'))!.parsed.text!;
    expect(text).toContain('Поступило: 3. Решено: 1.');
    expect(text).toContain('техническая | 2');
    expect(text).not.toContain('20.09.2026 (просрочено)');
    expect(text).toContain('15.10.2026 (просрочено)');
  });

  it('with Settings in another zone than the Sheet, a logged moment falls in the school’s hour, as routing saw it', async () => {
    const wb = sampleWorkbook();
    const settings = wb.tabs.find((t) => t.name === 'Настройки')!;
    settings.rows = settings.rows.map((r) => (r[0] === 'Часовой пояс' ? [r[0], 'Asia/Yekaterinburg'] : r));
    const log = wb.tabs.find((t) => t.name === 'Обращения')!;
    // Tuesday 17.11, 10:00 in Yekaterinburg, kept by the script as a date: Petrov is on duty 9–13.
    log.rows.push(['ЭЖ-2026-0004', new Date(Date.UTC(2026, 10, 17, 5, 0)), 'форма', 'сотрудник', 'Н.', '', 'n@example.org', 'техническая', 'пароль', 'Петров В.Г.', 'в работе', '', '']);
    const { runtime, app } = loadApp(wb, { now: LAST_MONDAY });
    app.call('sendWeeklySummaries');
    const text = (await bodies(runtime)).find((m) => m.subject.startsWith('Сводка службы помощи'))!.parsed.text!;
    expect(text).toContain('ВТ | 10.00–11.00 | 1 | 0');
  });

  it.each([
    ['Выполнено частично', true],
    ['выполнено на 50%', true],
    ['Готов проект приказа, на подписи', true],
    ['выполняется', true],
    ['завершено (приказ № 12)', false],
    ['Done.', false],
    ['Выполнено 18.09', false],
    ['Выполнено, 18.09.2026 г.', false],
    ['выполнено в срок', false],
    ['Готов', false],
    ['Done ✅', false],
  ])('a task due 15.10.2026 with the status «%s» is overdue: %s', async (status, overdue) => {
    const wb = sampleWorkbook();
    const plan = wb.tabs.find((t) => t.name === 'План внедрения')!;
    plan.rows = plan.rows.map((r) => (String(r[0]) === '3' ? [...r.slice(0, 4), status] : r));
    const { runtime, app } = loadApp(wb, { now: LAST_MONDAY });
    app.call('sendWeeklySummaries');
    const text = (await bodies(runtime)).find((m) => m.subject.startsWith('Сводка службы помощи'))!.parsed.text!;
    expect(text.includes('15.10.2026 (просрочено)')).toBe(overdue);
  });

  it('the digest lists the messages given up on last week, with whom they were for and why', async () => {
    const wb = sampleWorkbook();
    const header = ['Время', 'Кому', 'Тема', 'Вид', 'Ключ', 'Статус', 'Ошибка', 'Попыток', 'Следующая попытка', 'Письмо'];
    const row = (time: Date, to: string, subject: string, status: string, error: string): CellValue[] => [time, to, subject, 'назначение', `k|${subject}`, status, error, 5, '', ''];
    wb.tabs.push({
      name: 'Журнал писем',
      rows: [
        header,
        row(new Date('2026-11-18T09:00:00Z'), 'a@school5.example.org', '<b>Обращение</b> ЭЖ-2026-0007', 'не отправлено', 'Service invoked too many times'),
        row(new Date('2026-11-19T09:00:00Z'), 'b@school5.example.org', 'Отправлено', 'отправлено', ''),
        row(new Date('2026-11-10T09:00:00Z'), 'c@school5.example.org', 'Позапрошлая неделя', 'не отправлено', 'Invalid email'),
      ],
    });
    const { runtime, app } = loadApp(wb, { now: LAST_MONDAY });
    app.call('sendWeeklySummaries');
    const digest = (await bodies(runtime)).find((m) => m.subject.startsWith('Сводка службы помощи'))!;
    expect(digest.parsed.text).toContain('Письма, которые не удалось отправить за прошлую неделю: 1 (подробности на листе «Журнал писем»)');
    expect(digest.parsed.text).toContain('18.11.2026 | a@school5.example.org | <b>Обращение</b> ЭЖ-2026-0007 | Service invoked too many times');
    expect(digest.parsed.text).not.toContain('Позапрошлая неделя');
    // Text from the log is text in the HTML part too.
    expect(digest.parsed.html).toContain('&lt;b&gt;Обращение&lt;/b&gt;');
  });

  it('a digest with nothing given up on has no such section', async () => {
    const { runtime, app } = loadApp(undefined, { now: LAST_MONDAY });
    app.call('sendWeeklySummaries');
    const digest = (await bodies(runtime)).find((m) => m.subject.startsWith('Сводка службы помощи'))!;
    expect(digest.parsed.text).not.toContain('не удалось отправить');
  });

  it('a duty person with no e-mail still has a summary, logged as not sent with the reason, not silently skipped', () => {
    const wb = sampleWorkbook();
    const staff = wb.tabs.find((t) => t.name === 'Сотрудники')!;
    staff.rows = staff.rows.map((r) => (r[0] === 'Смирнов И.К.' ? r.map((v, c) => (c === 2 ? '' : v)) : r));
    const { runtime, app } = loadApp(wb, { now: LAST_MONDAY });
    app.call('sendWeeklySummaries');
    const log = runtime.spreadsheet.getSheetByName('Журнал писем')!.getDataRange().getValues();
    const header = log[0]!.map(String);
    const summaries = log.filter((r) => r[header.indexOf('Вид')] === 'сводка');
    const unsent = summaries.filter((r) => r[header.indexOf('Статус')] === 'не отправлено');
    expect(unsent).toHaveLength(1);
    expect(String(unsent[0]![header.indexOf('Ключ')])).toBe('summary|2026-W48|name:смирнов ик');
    expect(String(unsent[0]![header.indexOf('Ошибка')])).toContain('Некому отправить');
    expect(summaries.length - unsent.length).toBe(runtime.mail.sent.filter((m) => m.subject.startsWith('Дежурства и задачи')).length);
  });

  it('a Mail log cleared by hand gets its headers back, and the week’s mail is sent', () => {
    const wb = sampleWorkbook();
    wb.tabs.push({ name: 'Журнал писем', rows: [] });
    const { runtime, app } = loadApp(wb, { now: LAST_MONDAY });
    app.call('sendWeeklySummaries');
    const log = readMailLog({ name: 'Журнал писем', rows: runtime.spreadsheet.getSheetByName('Журнал писем')!.getDataRange().getValues() });
    expect(log.columns.key).toBeGreaterThanOrEqual(0);
    expect(log.entries.length).toBeGreaterThan(0);
    expect(runtime.mail.sent).toHaveLength(log.entries.filter((e) => e.status === 'sent').length);
    expect(runtime.mail.sent.length).toBeGreaterThan(0);
  });

  it('a Mail log whose header row was cleared, with its rows kept, sends nothing again', () => {
    const first = loadApp(undefined, { now: LAST_MONDAY });
    first.app.call('sendWeeklySummaries');
    expect(first.runtime.mail.sent.length).toBeGreaterThan(0);
    const rows = first.runtime.spreadsheet.getSheetByName('Журнал писем')!.getDataRange().getValues();
    const wb = sampleWorkbook();
    wb.tabs.push({ name: 'Журнал писем', rows: [rows[0]!.map(() => ''), ...rows.slice(1)] });
    const second = loadApp(wb, { now: LAST_MONDAY });
    second.app.call('sendWeeklySummaries');
    expect(second.runtime.mail.sent).toEqual([]);
    expect(second.runtime.spreadsheet.getSheetByName('Журнал писем')!.getRange(1, 1, 1, rows[0]!.length).getValues()[0]).toEqual(rows[0]);
  });

  it('two duty people sharing one mailbox each get their own summary there', async () => {
    const wb = sampleWorkbook();
    const staff = wb.tabs.find((t) => t.name === 'Сотрудники')!;
    staff.rows = staff.rows.map((r) => (r[0] === 'Смирнов И.К.' || r[0] === 'Сидоренко Д.Е.' ? r.map((v, c) => (c === 2 ? 'it@school5.example.org' : v)) : r));
    const { runtime, app } = loadApp(wb, { now: LAST_MONDAY });
    app.call('sendWeeklySummaries');
    const shared = (await bodies(runtime)).filter((b) => b.to.includes('it@school5.example.org'));
    expect(shared.map((b) => (b.parsed.text ?? '').includes('Смирнов И.К.')).sort()).toEqual([false, true]);
    expect(shared.map((b) => (b.parsed.text ?? '').includes('Сидоренко Д.Е.')).sort()).toEqual([false, true]);
  });

  it('reads each tab it needs once: the summaries go on with what the import of missed answers read', () => {
    const { runtime, app } = loadApp(undefined, { now: LAST_MONDAY });
    runtime.resetCalls();
    app.call('sendWeeklySummaries');
    for (const tab of ['График', 'Замены', 'Настройки', 'Обращения', 'План внедрения', 'Покрытие', 'Сотрудники']) {
      const calls = runtime.io().get(tab)?.calls ?? new Map<string, number>();
      // A school's tab is also asked for its merged ranges; the request log, which the script writes, is not.
      expect([tab, calls.get('Range.getValues'), calls.get('Range.getMergedRanges') ?? 0]).toEqual([tab, 1, tab === 'Обращения' ? 0 : 1]);
    }
  });

  it('an answer the form trigger missed is imported first and counted in the digest', async () => {
    const { runtime, app } = loadApp(undefined, { now: LAST_MONDAY });
    app.call('createRequestForm');
    runtime.triggers.find((t) => t.getHandlerFunction() === 'handleFormSubmit')!.disabled = true;
    runtime.clock.set(new Date('2026-11-18T09:00:00Z'));
    runtime.respondToForm(runtime.forms.all[0]!.id, { 'Кто обращается': 'сотрудник', ФИО: 'Лебедева Т.С.', 'Вид помощи': 'методическая', 'Что случилось': 'Вопрос' });
    runtime.clock.set(LAST_MONDAY);
    runtime.mail.sent.length = 0;
    app.call('sendWeeklySummaries');
    const digest = (await bodies(runtime)).find((m) => m.subject.startsWith('Сводка службы помощи'))!;
    expect(digest.parsed.text).toContain('Поступило: 4. Решено: 1.');
  });

  it('run twice in one week, or once per trigger copy, sends each e-mail once', () => {
    const { runtime, app } = loadApp(undefined, { now: MONDAY_MORNING });
    app.call('sendWeeklySummaries');
    const first = runtime.mail.sent.length;
    expect(first).toBeGreaterThan(0);
    runtime.clock.advance(15 * 60 * 1000);
    app.call('sendWeeklySummaries');
    app.call('sendWeeklySummaries');
    expect(runtime.mail.sent).toHaveLength(first);
    // The next week is a new week.
    runtime.clock.advance(7 * 24 * 3600 * 1000);
    app.call('sendWeeklySummaries');
    expect(runtime.mail.sent.length).toBe(first * 2);
  });

  it('Settings’ summary day changed without Repair: the trigger’s runs keep their own day, and health says to repair', () => {
    const wb = sampleWorkbook();
    const day = () => wb.tabs.find((t) => t.name === 'Настройки')!.rows.find((r) => r[0] === 'День недельной сводки')!;
    day()[1] = 'пятница';
    const { runtime, app } = loadApp(wb, { now: new Date('2026-11-20T04:00:00Z') });
    app.call('installTriggers');
    expect(app.call('sendWeeklySummaries')).toMatchObject({ week: '2026-W48' });
    runtime.spreadsheet.getSheetByName('Настройки')!.getRange(`B${wb.tabs.find((t) => t.name === 'Настройки')!.rows.indexOf(day()) + 1}`).setValue('понедельник');
    runtime.clock.set(new Date('2026-11-27T04:00:00Z'));
    // The Friday trigger fires: it is about the coming week, as it was made to be.
    expect(app.call('sendWeeklySummaries')).toMatchObject({ week: '2026-W49', queued: expect.any(Number) });
    const report = app.call('triggerHealth') as { ok: boolean; lines: string[] };
    expect(report.ok).toBe(false);
    expect(report.lines).toContainEqual(expect.stringContaining('Недельная сводка настроена не на тот день или час, что в «Настройках» (понедельник, 7:00)'));
    expect((app.call('repairTriggers') as { ok: boolean }).ok).toBe(true);
  });

  it('the digest reports the week before its summary day’s week, however late the run: a Sunday run past midnight skips no week', async () => {
    const wb = sampleWorkbook();
    wb.tabs.find((t) => t.name === 'Настройки')!.rows.find((r) => r[0] === 'День недельной сводки')![1] = 'воскресенье';
    const reported = async (now: string) => {
      const { runtime, app } = loadApp(structuredClone(wb), { now: new Date(now) });
      app.call('sendWeeklySummaries');
      const digest = (await bodies(runtime)).find((m) => m.subject.startsWith('Сводка службы помощи'))!;
      return /Обращения за прошлую неделю \(([^)]+)\)/.exec(digest.parsed.text!)![1];
    };
    // Sunday 29.11 at 23:59, or the same run late, at 00:05 on Monday: the same week.
    expect(await reported('2026-11-29T20:59:00Z')).toBe('16.11.2026–22.11.2026');
    expect(await reported('2026-11-29T21:05:00Z')).toBe('16.11.2026–22.11.2026');
  });

  it('a run from the menu mid-week is about this week: the Monday trigger still composes the next one', () => {
    // Wednesday 25.11: this week's summaries went out on Monday 23.11.
    const { runtime, app } = loadApp(undefined, { now: LAST_MONDAY });
    app.call('sendWeeklySummaries');
    const sentMonday = runtime.mail.sent.length;
    runtime.clock.set(new Date('2026-11-25T09:00:00Z'));
    expect(app.call('sendWeeklySummaries')).toMatchObject({ week: '2026-W48', composed: 0 });
    expect(runtime.mail.sent).toHaveLength(sentMonday);
    runtime.clock.set(MONDAY_MORNING);
    expect(app.call('sendWeeklySummaries')).toMatchObject({ week: '2026-W49' });
    expect(runtime.mail.sent.length).toBeGreaterThan(sentMonday);
  });

  it('with Friday as summary day, the digest counts the last whole week before the run, and the summaries are for the coming one', async () => {
    const wb = sampleWorkbook();
    wb.tabs.find((t) => t.name === 'Настройки')!.rows.find((r) => r[0] === 'День недельной сводки')![1] = 'пятница';
    const { runtime, app } = loadApp(wb, { now: new Date('2026-11-27T04:00:00Z') });
    expect(app.call('sendWeeklySummaries')).toMatchObject({ week: '2026-W49' });
    const digest = (await bodies(runtime)).find((m) => m.subject.startsWith('Сводка службы помощи'))!;
    expect(digest.subject).toContain('30.11.2026–06.12.2026');
    expect(digest.parsed.text).toContain('Обращения за прошлую неделю (16.11.2026–22.11.2026)');
    expect(digest.parsed.text).toContain('Поступило: 3. Решено: 1.');
  });
});

/** A school of `n` staff, each with one slot. */
const bigSchool = (n: number): Workbook => {
  const wb = sampleWorkbook();
  const staff: CellValue[][] = [['ФИО', 'Должность', 'E-mail', 'Вид помощи', 'Администратор', 'Активен']];
  const schedule: CellValue[][] = [['День', 'Время', 'Вид помощи', 'Ответственный', 'Кабинет']];
  const days = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница'];
  for (let i = 0; i < n; i++) {
    staff.push([`Сотрудник ${i}`, 'учитель', `t${i}@school.example.org`, 'техническая', i === 0 ? 'да' : 'нет', 'да']);
    schedule.push([days[i % 5]!, '9.00-10.00', 'техническая', `Сотрудник ${i}`, `каб. ${i}`]);
  }
  wb.tabs = wb.tabs.map((t) => (t.name === 'Сотрудники' ? { name: t.name, rows: staff } : t.name === 'График' ? { name: t.name, rows: schedule } : t));
  return wb;
};

describe('previewWeeklySummaries', () => {
  it('a preview of a past week sees that week as it was: a substitution overlap of that week is in the digest', () => {
    // Смирнов stands in for Петров on Tuesday 24.11 9–13 (the sample's substitution) and has his own duty 12–14.
    const wb = sampleWorkbook();
    wb.tabs.find((t) => t.name === 'График')!.rows.push(['вторник', '12.00-14.00', 'техническая', 'Смирнов И.К.', 'каб. 5', '']);
    const { app } = loadApp(wb, { now: new Date('2026-12-01T07:00:00Z') });
    const digest = (date: string) => (app.call('previewWeeklySummaries', date) as { kind: string; text: string }[]).find((m) => m.kind === 'digest')!.text;
    expect(digest('2026-11-23')).toContain('Пересечения в графике: 3');
    // Asked by a day in the middle of that week, the preview still sees it from its Monday.
    expect(digest('2026-11-25')).toContain('Пересечения в графике: 3');
    expect(digest('2026-11-30')).toContain('Пересечения в графике: 2');
  });
});

describe('a message whose send failed', () => {
  const laterRun = (runtime: App['runtime']) => runtime.globals.ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === 'continueWeeklySummaries');

  it('is tried again at its back-off by a run of its own, not left until some other event', () => {
    const { runtime, app } = loadApp(undefined, { now: MONDAY_MORNING });
    runtime.mail.failNext(1);
    app.call('sendWeeklySummaries');
    const log = () => readMailLog({ name: 'l', rows: runtime.spreadsheet.getSheetByName('Журнал писем')!.getDataRange().getValues() }).entries;
    expect(log().filter((e) => e.status === 'failed')).toHaveLength(1);
    const [later] = laterRun(runtime);
    expect((later as unknown as { schedule: { afterMs: number } }).schedule.afterMs).toBe(5 * 60 * 1000);
    runtime.clock.advance(5 * 60 * 1000);
    runtime.runTrigger(later as never);
    expect(log().every((e) => e.status === 'sent')).toBe(true);
    // Nothing is left, so no later run stays behind.
    expect(laterRun(runtime)).toHaveLength(0);
  });

  it('from the sidebar: a failed acknowledgement, or one held back by the quota, gets a later run', () => {
    for (const setup of ['fail', 'quota'] as const) {
      const { runtime, app } = loadApp(undefined, setup === 'quota' ? { mailQuota: 1 } : {});
      if (setup === 'fail') runtime.mail.failNext(1);
      const saved = app.call('saveRequest', { channel: 'phone', role: 'staff', name: 'Лебедева Т.С.', class: '', email: 'lebedeva@school5.example.org', kind: 'technical', description: 'Не входит' });
      expect(saved).toMatchObject({ ok: true });
      const [later] = laterRun(runtime);
      expect([setup, (later as unknown as { schedule: { afterMs: number } } | undefined)?.schedule.afterMs]).toEqual([setup, setup === 'fail' ? 5 * 60 * 1000 : 6 * 3600 * 1000]);
    }
  });
});

describe('a large school under the 6-minute limit', () => {
  it('2,000 staff: completes across continuations, every e-mail sent exactly once', () => {
    const { runtime, app } = loadApp(bigSchool(2000), { now: MONDAY_MORNING, mailQuota: 100_000 });
    // Each send takes a simulated half second: 2,001 of them need several 4.5-minute runs.
    runtime.clock.autoAdvance('MailApp.sendEmail', 500);
    app.call('sendWeeklySummaries');
    let runs = 1;
    for (;;) {
      const next = runtime.globals.ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'continueWeeklySummaries');
      if (!next) break;
      runtime.clock.advance(60_000);
      runtime.runTrigger(next as never);
      runs++;
      expect(runs).toBeLessThan(20);
    }
    expect(runs).toBeGreaterThan(2);
    const to = runtime.mail.sent.map((s) => s.to.join(','));
    expect(to).toHaveLength(2001);
    expect(new Set(to.filter((t) => !t.includes(','))).size).toBe(2000);
    const log = readMailLog({ name: 'l', rows: runtime.spreadsheet.getSheetByName('Журнал писем')!.getDataRange().getValues() });
    expect(log.entries.every((e) => e.status === 'sent')).toBe(true);
  }, 120_000);

  it('a quota smaller than the staff leaves the rest queued for the next day, not lost', () => {
    const { runtime, app } = loadApp(bigSchool(300), { now: MONDAY_MORNING, mailQuota: 100 });
    app.call('sendWeeklySummaries');
    expect(runtime.mail.sent).toHaveLength(100);
    const log = () => readMailLog({ name: 'l', rows: runtime.spreadsheet.getSheetByName('Журнал писем')!.getDataRange().getValues() }).entries;
    expect(log().filter((e) => e.status === 'queued')).toHaveLength(201);
    const next = runtime.globals.ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'continueWeeklySummaries')!;
    expect(next).toBeDefined();
    for (let day = 0; day < 3; day++) {
      runtime.clock.advance(24 * 3600 * 1000);
      const t = runtime.globals.ScriptApp.getProjectTriggers().find((x) => x.getHandlerFunction() === 'continueWeeklySummaries');
      if (t) runtime.runTrigger(t as never);
    }
    expect(runtime.mail.sent).toHaveLength(301);
    expect(new Set(runtime.mail.sent.map((s) => s.to.join(','))).size).toBe(301);
  }, 60_000);
});

describe('installTriggers and health', () => {
  it('run three times, leaves one trigger of each kind', () => {
    const { runtime, app } = loadApp();
    for (let i = 0; i < 3; i++) app.call('installTriggers');
    expect(runtime.globals.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()).sort()).toEqual(['handleFormSubmit', 'handleRequestEdit', 'handleRowsChange', 'sendWeeklySummaries']);
  });

  it('reports a missing trigger, and the repair restores it', () => {
    const { runtime, app } = loadApp();
    app.call('installTriggers');
    const weekly = runtime.globals.ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'sendWeeklySummaries')!;
    runtime.globals.ScriptApp.deleteTrigger(weekly);
    const report = app.call('triggerHealth') as { ok: boolean; lines: string[] };
    expect(report.ok).toBe(false);
    expect(report.lines).toContain('Триггер «недельная сводка» не установлен.');
    expect((app.call('repairTriggers') as { ok: boolean }).ok).toBe(true);
    expect(runtime.globals.ScriptApp.getProjectTriggers()).toHaveLength(4);
  });

  it('a weekly trigger that never ran is stale from its install, and the repair makes a new one', () => {
    const { runtime, app } = loadApp();
    app.call('installTriggers');
    expect((app.call('triggerHealth') as { ok: boolean }).ok).toBe(true);
    const weekly = runtime.globals.ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'sendWeeklySummaries')!;
    (weekly as unknown as { disabled: boolean }).disabled = true;
    runtime.clock.advance(30 * 24 * 3600 * 1000);
    const report = app.call('triggerHealth') as { ok: boolean; weeklyStaleDays: number | null; lines: string[] };
    expect(report).toMatchObject({ ok: false, weeklyStaleDays: 30 });
    expect((app.call('repairTriggers') as { ok: boolean }).ok).toBe(true);
  });

  it('the same admin, whose account key Google changes every 30 days, is not told the triggers are someone else’s', () => {
    const { runtime, app } = loadApp();
    app.call('installTriggers');
    const session = runtime.globals.Session as unknown as { getTemporaryActiveUserKey: () => string };
    session.getTemporaryActiveUserKey = () => 'a key of the next month';
    const report = app.call('triggerHealth') as { ok: boolean; lines: string[] };
    expect(report.lines.filter((l) => l.includes('другой учётной'))).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('reports a disabled form trigger by the answers it did not deliver, and the repair imports them', () => {
    const { runtime, app } = loadApp();
    app.call('createRequestForm');
    app.call('installTriggers');
    const formTrigger = runtime.triggers.find((t) => t.getHandlerFunction() === 'handleFormSubmit')!;
    formTrigger.disabled = true;
    const formId = runtime.forms.all[0]!.id;
    runtime.respondToForm(formId, { 'Кто обращается': 'сотрудник', ФИО: 'Лебедева Т.С.', 'Вид помощи': 'методическая', 'Что случилось': 'Вопрос' });
    const report = app.call('triggerHealth') as { ok: boolean; lines: string[] };
    expect(report.lines[0]).toBe('Ответы формы не доходят до журнала обращений: пропущено 1. Триггер отправки формы, похоже, отключён.');
    const repaired = app.call('repairTriggers') as { ok: boolean; unprocessedAnswers: number };
    expect(repaired).toMatchObject({ ok: true, unprocessedAnswers: 0 });
    const fresh = runtime.triggers.filter((t) => t.getHandlerFunction() === 'handleFormSubmit' && !t.disabled);
    expect(fresh).toHaveLength(1);
  });

  it('with no admin address and an assignee without e-mail, the unsendable message is logged as not sent and health says why', () => {
    const wb = sampleWorkbook();
    const settings = wb.tabs.find((t) => t.name === 'Настройки')!;
    settings.rows = settings.rows.filter((r) => r[0] !== 'E-mail администраторов');
    const staff = wb.tabs.find((t) => t.name === 'Сотрудники')!;
    // Nobody is marked admin, and Смирнов (on duty for technical help on Tuesday morning) has no address.
    staff.rows = staff.rows.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 4 ? 'нет' : c === 2 && r[0] === 'Смирнов И.К.' ? '' : v))));
    const { runtime, app } = loadApp(wb);
    app.call('installTriggers');
    const saved = app.call('saveRequest', { channel: 'phone', role: 'staff', name: 'Лебедева Т.С.', class: '', email: '', kind: 'technical', description: 'Не входит' });
    expect(saved).toMatchObject({ ok: true });
    const log = runtime.spreadsheet.getSheetByName('Журнал писем')!.getDataRange().getValues();
    const header = log[0]!.map(String);
    const row = log[1]!;
    expect([row[header.indexOf('Статус')], row[header.indexOf('Ошибка')]]).toEqual([
      'не отправлено',
      'Некому отправить: нет адреса получателя (e-mail ответственного на листе «Сотрудники» или адреса администраторов на листе «Настройки»)',
    ]);
    expect(runtime.mail.sent).toEqual([]);
    const report = app.call('triggerHealth') as { ok: boolean; lines: string[] };
    expect(report.ok).toBe(false);
    expect(report.lines.slice(0, 2)).toEqual([
      'Не отправлено писем: 1. Причина каждого — на листе «Журнал писем», в столбце «Ошибка».',
      'Нет адресов администраторов (на листе «Настройки» или у сотрудника с отметкой «Администратор»): письма о некорректных обращениях и об обращениях без дежурного никому не придут.',
    ]);
  });

  it('reports script, spreadsheet and Settings time zones that disagree', () => {
    const wb = sampleWorkbook();
    const settings = wb.tabs.find((t) => t.name === 'Настройки')!;
    settings.rows = settings.rows.map((r) => (r[0] === 'Часовой пояс' ? ['Часовой пояс', 'Asia/Yekaterinburg'] : r));
    const { app } = loadApp(wb);
    const report = app.call('triggerHealth') as { lines: string[] };
    expect(report.lines).toContainEqual(expect.stringContaining('Часовые пояса не совпадают'));
  });

  it('a school outside Moscow whose Sheet and Settings agree is healthy, whatever the script’s own zone', () => {
    const wb = sampleWorkbook();
    const settings = wb.tabs.find((t) => t.name === 'Настройки')!;
    settings.rows = settings.rows.map((r) => (r[0] === 'Часовой пояс' ? ['Часовой пояс', 'Asia/Yekaterinburg'] : r));
    const { app } = loadApp(wb, { timeZone: 'Asia/Yekaterinburg', scriptTimeZone: 'Europe/Moscow' });
    app.call('installTriggers');
    const report = app.call('triggerHealth') as { ok: boolean; lines: string[] };
    expect(report.lines.filter((l) => l.includes('Часовые пояса'))).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
