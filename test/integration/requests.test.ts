import { MARK_COLORS } from '../../src/core/marks';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { readRequestRows } from '../../src/core/request-log';
import { readMailLog } from '../../src/core/outbox';
import { wholeRowKey } from '../../src/core/intake';
import type { Tab } from '../../src/core/workbook';
import { io, loadApp, sampleWorkbook } from '../helpers/bundle';
import { holdScriptLockInWorker } from '../helpers/lock-holder';

type App = ReturnType<typeof loadApp>;

const answers = {
  'Кто обращается': 'родитель',
  ФИО: 'Васильева О.П.',
  Класс: '7А',
  'E-mail для ответа': 'parent@example.org',
  'Вид помощи': 'техническая',
  'Что случилось': 'Не открывается дневник <script>alert(1)</script>',
  'Как с вами связаться': 'по e-mail',
};

const withForm = (options: Parameters<typeof loadApp>[1] = {}) => {
  const app = loadApp(undefined, options);
  const { url } = app.app.call('createRequestForm') as { url: string };
  const formId = app.runtime.forms.all[0]!.id;
  return { ...app, url, formId };
};

const tabOf = (runtime: App['runtime'], name: string): Tab => ({ name, rows: runtime.spreadsheet.getSheetByName(name)!.getDataRange().getValues() });
const requests = (runtime: App['runtime']) => readRequestRows(tabOf(runtime, 'Обращения')).requests;
const mailLog = (runtime: App['runtime']) => readMailLog(tabOf(runtime, 'Журнал писем')).entries;

describe('createRequestForm', () => {
  it('makes one form in the school language, linked to the Sheet, with its triggers', () => {
    const { runtime, url } = withForm();
    expect(url).toMatch(/^https:\/\//);
    const form = runtime.forms.all[0]!;
    expect(form.getTitle()).toBe('Обращение за помощью по электронному журналу — МОУ «СШ №5»');
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['Кто обращается', 'ФИО', 'Класс', 'E-mail для ответа', 'Вид помощи', 'Что случилось', 'Как с вами связаться']);
    expect(runtime.spreadsheet.getSheetByName('Ответы на форму (1)')).not.toBeNull();
    // It promises nothing the answer may not get: an answer without a class is logged as invalid, not accepted.
    expect(form.confirmationMessage).not.toMatch(/принято/);
    expect(form.confirmationMessage).toContain('что уточнить');
    expect(runtime.globals.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()).sort()).toEqual(['handleFormSubmit', 'handleRequestEdit']);
  });

  it('run again, repairs the same form instead of making a second one', () => {
    const { runtime, app, formId } = withForm();
    const form = runtime.forms.get(formId);
    const classItem = form.getItems().find((i) => i.getTitle() === 'Класс')!;
    form.removeItem(classItem.getId());
    form.getItems()[0]!.asMultipleChoiceItem().setTitle('Кто вы?');
    expect(app.call('createRequestForm')).toMatchObject({ created: false });
    expect(runtime.forms.all).toHaveLength(1);
    expect(form.getItems().map((i) => i.getTitle())).toContain('Класс');
    expect(form.getItems().map((i) => i.getTitle())).toContain('Кто обращается');
    expect(runtime.globals.ScriptApp.getProjectTriggers()).toHaveLength(2);
  });

  it('installing on a sheet of old requests mails nothing old', () => {
    const { runtime } = withForm();
    expect(runtime.mail.sent).toEqual([]);
  });
});

describe('a form answer', () => {
  it('becomes one row with an id, is routed to the person on duty, and mails the requester and the assignee', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helpdesk-outbox-'));
    const { runtime, formId } = withForm({ outboxDir: dir });
    runtime.respondToForm(formId, answers);
    const logged = requests(runtime);
    expect(logged).toHaveLength(4);
    expect(logged[3]).toMatchObject({ id: 'ЭЖ-2026-0004', status: 'new', assignee: 'Смирнов И.К.', className: '7А', email: 'parent@example.org' });
    await runtime.mail.flush();
    expect(runtime.mail.sent.map((m) => [m.to, m.subject])).toEqual([
      [['parent@example.org'], 'Обращение ЭЖ-2026-0004 принято'],
      [['smirnov@school5.example.org'], 'Новое обращение ЭЖ-2026-0004: техническая помощь'],
    ]);
    const [ack, assigned] = await Promise.all(runtime.mail.sent.map((m) => simpleParser(m.mime!)));
    expect(ack!.text).toContain('Ваше обращение № ЭЖ-2026-0004 принято. Вид помощи: техническая.');
    expect(ack!.text).toContain('Сейчас дежурит Смирнов И.К., каб. 14, до 13.00.');
    expect(assigned!.html).toContain('Не открывается дневник &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(assigned!.html).not.toContain('<script>');
    for (const m of runtime.mail.sent) expect(m.subject).not.toMatch(/Васильева|7А/);
    expect(mailLog(runtime).map((e) => [e.key, e.status])).toEqual([
      ['ЭЖ-2026-0004|ack', 'sent'],
      ['ЭЖ-2026-0004|assigned|Смирнов И.К.|0', 'sent'],
    ]);
  });

  it('a pasted error log of 45,000 characters is logged whole and both e-mails still go', async () => {
    const { runtime, formId } = withForm({ outboxDir: mkdtempSync(join(tmpdir(), 'helpdesk-outbox-')) });
    const pasted = 'Ошибка <div class="x"> & "кавычки"\n'.repeat(1300);
    expect(pasted.length).toBeGreaterThan(45_000);
    runtime.respondToForm(formId, { ...answers, 'Что случилось': pasted });
    expect(requests(runtime)[3]).toMatchObject({ id: 'ЭЖ-2026-0004', description: pasted.trim() });
    expect(mailLog(runtime).map((e) => [e.key, e.status])).toEqual([
      ['ЭЖ-2026-0004|ack', 'sent'],
      ['ЭЖ-2026-0004|assigned|Смирнов И.К.|0', 'sent'],
    ]);
    // Its HTML, escaped, would not fit the Mail log's cell: the assignee gets the plain text, shortened.
    await runtime.mail.flush();
    const assigned = await simpleParser(runtime.mail.sent[1]!.mime!);
    expect(assigned.html).toBe(false);
    expect(assigned.text).toContain('Ошибка <div class="x"> & "кавычки"');
    expect(assigned.text!.trim().endsWith('полный текст — в таблице]')).toBe(true);
  });

  it('a description of a full cell that starts with a minus is refused as too long, and blocks no later run', () => {
    const { runtime, app, formId } = withForm();
    runtime.respondToForm(formId, { ...answers, 'Что случилось': `-${'я'.repeat(49_999)}` });
    expect(requests(runtime)[3]).toMatchObject({ id: 'ЭЖ-2026-0004', status: 'invalid' });
    expect(() => app.call('reconcileRequests')).not.toThrow();
    expect(requests(runtime)).toHaveLength(4);
  });

  it('someone marked inactive on the staff list is not assigned, even when the schedule has them on duty', () => {
    const wb = sampleWorkbook();
    const staff = wb.tabs.find((t) => t.name === 'Сотрудники')!;
    staff.rows = staff.rows.map((r) => (r[0] === 'Смирнов И.К.' ? r.map((v, c) => (c === 5 ? 'нет' : v)) : r));
    const { runtime, app } = loadApp(wb);
    app.call('createRequestForm');
    runtime.respondToForm(runtime.forms.all[0]!.id, answers);
    // Смирнов stands in for Петров this Tuesday morning; the next active technical help is Кузнецова's.
    expect(requests(runtime)[3]).toMatchObject({ status: 'new', assignee: 'Кузнецова Ж.З.' });
  });

  it('a duplicated event and a blank phantom event give one request and one pair of e-mails', () => {
    const { runtime, formId } = withForm();
    const { event } = runtime.respondToForm(formId, answers);
    runtime.fireFormSubmit({ ...event! });
    const blank = { ...event!, namedValues: Object.fromEntries(Object.keys(event!.namedValues as object).map((k) => [k, ['']])), values: [] };
    runtime.fireFormSubmit(blank);
    expect(requests(runtime)).toHaveLength(4);
    expect(runtime.mail.sent).toHaveLength(2);
  });

  it('an event from a foreign or duplicate trigger is ignored', () => {
    const { runtime, app, formId } = withForm();
    const { event } = runtime.respondToForm(formId, answers, { fireTriggers: false });
    expect(app.call('handleFormSubmit', { ...event!, triggerUid: 'someone-elses-trigger' })).toBe('foreign trigger');
    expect(requests(runtime)).toHaveLength(3);
  });

  it('a request whose row an administrator deleted is not imported again, nor mailed again', () => {
    const { runtime, app, formId } = withForm();
    runtime.respondToForm(formId, answers);
    runtime.respondToForm(formId, { ...answers, ФИО: 'Орлов П.П.' }, { fireTriggers: false });
    // The first was logged by its trigger, the second is imported; then both rows are deleted.
    expect(app.call('reconcileRequests')).toBe(1);
    const log = runtime.spreadsheet.getSheetByName('Обращения')!;
    log.deleteRows(5, 2);
    const mailed = runtime.mail.sent.length;
    expect(app.call('reconcileRequests')).toBe(0);
    expect(requests(runtime)).toHaveLength(3);
    expect(runtime.mail.sent).toHaveLength(mailed);
    expect((app.call('sidebarHealth') as { unprocessedAnswers: number }).unprocessedAnswers).toBe(0);
    // A new answer after that is logged as usual.
    runtime.respondToForm(formId, { ...answers, ФИО: 'Белова Е.Е.' });
    expect(requests(runtime).map((r) => r.name)).toEqual([expect.any(String), expect.any(String), expect.any(String), 'Белова Е.Е.']);
  });

  it('an answer an administrator corrects in the responses sheet is not logged again, before or after a reconcile', () => {
    const { runtime, app, formId } = withForm();
    const sheet = () => runtime.spreadsheet.getSheetByName('Ответы на форму (1)')!;
    const first = runtime.respondToForm(formId, answers);
    // A surname corrected before any reconcile: the trigger's key is gone, its timestamp is not.
    sheet().getRange(first.row!, 3).setValue('Васильева О.Н.');
    runtime.clock.advance(15 * 60 * 1000);
    const second = runtime.respondToForm(formId, { ...answers, ФИО: 'Орлов П.П.' });
    const mailed = runtime.mail.sent.length;
    expect(app.call('reconcileRequests')).toBe(0);
    // The second, within the reconcile's last minutes, is kept by its key; corrected after it, by its time.
    sheet().getRange(second.row!, 3).setValue('Орлов П.С.');
    sheet().getRange(first.row!, 3).setValue('Васильева О.А.');
    runtime.clock.advance(60 * 60 * 1000);
    expect((app.call('sidebarHealth') as { unprocessedAnswers: number }).unprocessedAnswers).toBe(0);
    expect(app.call('reconcileRequests')).toBe(0);
    expect(requests(runtime)).toHaveLength(5);
    expect(runtime.mail.sent).toHaveLength(mailed);
  });

  it('a logged answer whose row is deleted before any reconcile is not imported again either', () => {
    const { runtime, app, formId } = withForm();
    runtime.respondToForm(formId, answers);
    runtime.spreadsheet.getSheetByName('Обращения')!.deleteRows(5, 1);
    expect(app.call('reconcileRequests')).toBe(0);
    expect(requests(runtime)).toHaveLength(3);
  });

  it('an answer whose trigger never ran is imported by reconcileRequests exactly once', () => {
    const { runtime, app, formId } = withForm();
    runtime.respondToForm(formId, answers, { fireTriggers: false });
    runtime.respondToForm(formId, { ...answers, ФИО: 'Орлов П.П.' });
    expect(requests(runtime)).toHaveLength(4);
    expect(app.call('reconcileRequests')).toBe(1);
    expect(app.call('reconcileRequests')).toBe(0);
    expect(requests(runtime).map((r) => r.name)).toEqual(['Морозова Е.П.', 'Васильев К.Н.', 'Лебедева Т.С.', 'Орлов П.П.', 'Васильева О.П.']);
    expect(runtime.mail.sent).toHaveLength(4);
  });

  it('an answer sent on 31 December and imported after midnight takes the year it was sent in', () => {
    // 23:58 in Moscow on 31 December 2026; the import runs five minutes later, in 2027.
    const { runtime, app, formId } = withForm({ now: new Date(Date.UTC(2026, 11, 31, 20, 58)) });
    runtime.respondToForm(formId, answers, { fireTriggers: false });
    runtime.clock.advance(5 * 60 * 1000);
    runtime.respondToForm(formId, { ...answers, ФИО: 'Орлов П.П.' });
    expect(app.call('reconcileRequests')).toBe(1);
    const byName = new Map(requests(runtime).map((r) => [r.name, r.id]));
    expect([byName.get('Васильева О.П.'), byName.get('Орлов П.П.')]).toEqual(['ЭЖ-2026-0004', 'ЭЖ-2027-0001']);
  });

  it('while another execution holds the script lock, the answer waits for it and is then logged once', async () => {
    const { runtime, formId } = withForm();
    // Another execution, in another thread, holds the script lock for a moment.
    const worker = await holdScriptLockInWorker(runtime.locks.buffer, 300);
    runtime.respondToForm(formId, answers);
    // It ran once the other run let go (not timed: a busy machine may start it late).
    expect(worker.released()).toBeGreaterThan(0);
    expect(requests(runtime)).toHaveLength(4);
    await worker.terminate();
  });

  it('a catch-up run that meets another failure than a busy Sheet shows it and does not schedule itself again', () => {
    const { runtime, app } = withForm();
    const sheets = runtime.globals.SpreadsheetApp;
    const real = sheets.getActiveSpreadsheet.bind(sheets);
    sheets.getActiveSpreadsheet = () => {
      throw new Error('The spreadsheet is broken');
    };
    expect(() => app.call('catchUpFormAnswers')).toThrow('The spreadsheet is broken');
    sheets.getActiveSpreadsheet = real;
    expect(runtime.globals.ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === 'catchUpFormAnswers')).toEqual([]);
  });

  // Waits out the real 30-second lock wait once: the lock is a real one between threads.
  it('a catch-up run that finds the Sheet busy again schedules one more try and imports nothing yet', () => {
    const { runtime, app, formId } = withForm();
    runtime.respondToForm(formId, answers, { fireTriggers: false });
    const cells = new Int32Array(runtime.locks.buffer);
    Atomics.store(cells, 0, 7); // another execution holds the script lock throughout
    expect(app.call('catchUpFormAnswers')).toBe(0);
    Atomics.store(cells, 0, 0);
    expect(requests(runtime)).toHaveLength(3);
    expect(runtime.globals.ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === 'catchUpFormAnswers')).toHaveLength(1);
  }, 60_000);

  // Waits out the real 30-second lock wait: the lock is a real one between threads.
  it('an answer that finds the Sheet busy for the whole wait is imported by a catch-up run minutes later', async () => {
    const { runtime, app, formId } = withForm();
    const worker = await holdScriptLockInWorker(runtime.locks.buffer, 30_500);
    const released = new Promise((resolve) => worker.once('exit', resolve));
    runtime.respondToForm(formId, answers);
    // The other run lets go of the lock half a second after this one gave up waiting.
    await released;
    expect(requests(runtime)).toHaveLength(3);
    expect(runtime.mail.sent).toEqual([]);
    const catchUp = runtime.globals.ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === 'catchUpFormAnswers');
    expect(catchUp).toHaveLength(1);
    const health = app.call('sidebarHealth') as { unprocessedAnswers: number; lines: string[] };
    expect(health.unprocessedAnswers).toBe(1);
    expect(health.lines).toContainEqual(expect.stringContaining('отложено (таблица была занята): 1'));
    runtime.clock.advance(2 * 60 * 1000);
    runtime.runTrigger(catchUp[0] as never);
    expect(requests(runtime).map((r) => r.id)).toEqual(['ЭЖ-2026-0001', 'ЭЖ-2026-0002', 'ЭЖ-2026-0003', 'ЭЖ-2026-0004']);
    expect(runtime.mail.sent).toHaveLength(2);
    expect(runtime.globals.ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === 'catchUpFormAnswers')).toEqual([]);
  }, 60_000);
});

describe('the outbox in the Sheet', () => {
  it('with no quota the mail is queued, and the next run with quota sends each message exactly once', () => {
    const { runtime, app, formId } = withForm({ mailQuota: 0 });
    runtime.respondToForm(formId, answers);
    expect(runtime.mail.sent).toEqual([]);
    expect(mailLog(runtime).map((e) => e.status)).toEqual(['queued', 'queued']);
    // The next day the quota is back; any job sends what waits, once.
    runtime.clock.advance(24 * 3600 * 1000);
    runtime.mail.quota = 100;
    app.call('reconcileRequests');
    expect(runtime.mail.sent.map((m) => m.subject)).toEqual(['Обращение ЭЖ-2026-0004 принято', 'Новое обращение ЭЖ-2026-0004: техническая помощь']);
    app.call('reconcileRequests');
    runtime.respondToForm(formId, { ...answers, ФИО: 'Другой Д.Д.' });
    expect(runtime.mail.sent.filter((m) => m.subject.includes('ЭЖ-2026-0004'))).toHaveLength(2);
    expect(mailLog(runtime).every((e) => e.status === 'sent')).toBe(true);
  });

  it('a failed send is logged with its error and retried after the back-off', () => {
    const { runtime, app, formId } = withForm();
    runtime.mail.failNext(1, 'Service error: Gmail');
    runtime.respondToForm(formId, answers);
    expect(mailLog(runtime).map((e) => [e.status, e.attempts])).toEqual([
      ['failed', 1],
      ['sent', 1],
    ]);
    expect(runtime.spreadsheet.getSheetByName('Журнал писем')!.getDataRange().getValues()[1]).toContain('Service error: Gmail');
    app.call('reconcileRequests');
    expect(runtime.mail.sent).toHaveLength(1); // still backing off
    runtime.clock.advance(6 * 60 * 1000);
    app.call('reconcileRequests');
    expect(runtime.mail.sent).toHaveLength(2);
    expect(mailLog(runtime).map((e) => e.status)).toEqual(['sent', 'sent']);
  });
});

describe('the status workflow', () => {
  it('resolving a request writes the times and mails the requester once; a new assignee is mailed', () => {
    const { runtime, formId } = withForm();
    runtime.respondToForm(formId, answers);
    runtime.mail.sent.length = 0;
    runtime.clock.advance(3600 * 1000);
    runtime.userEdit('Обращения', 'K5', 'решено');
    const row = requests(runtime)[3]!;
    expect(row.resolved).toBeInstanceOf(Date);
    expect(runtime.mail.sent.map((m) => [m.to, m.subject])).toEqual([[['parent@example.org'], 'Обращение ЭЖ-2026-0004 решено']]);
    runtime.userEdit('Обращения', 'K5', 'решено');
    expect(runtime.mail.sent).toHaveLength(1);
    runtime.userEdit('Обращения', 'J5', 'Петров В.Г.');
    expect(runtime.mail.sent.map((m) => m.to[0])).toEqual(['parent@example.org', 'petrov@school5.example.org']);
  });

  it('a status it cannot read (решим завтра) is marked on its cell with the statuses it knows; a readable one takes the mark off', () => {
    const { runtime, formId } = withForm();
    runtime.respondToForm(formId, answers);
    runtime.mail.sent.length = 0;
    runtime.userEdit('Обращения', 'K5', 'решим завтра');
    const cell = runtime.spreadsheet.getSheetByName('Обращения')!.getRange('K5');
    expect(runtime.mail.sent).toEqual([]);
    expect(cell.getNote()).toContain('Статус «решим завтра» непонятен');
    expect(cell.getNote()).toContain('решено');
    runtime.userEdit('Обращения', 'K5', 'решено');
    expect(cell.getNote()).toBe('');
    expect(runtime.mail.sent).toHaveLength(1);
  });

  it('the status note leaves the row’s colour alone: administrators colour request rows by hand', () => {
    const { runtime, formId } = withForm();
    runtime.respondToForm(formId, answers);
    const row = runtime.spreadsheet.getSheetByName('Обращения')!.getRange('A5:M5');
    row.setBackground('#b6d7a8');
    runtime.userEdit('Обращения', 'K5', 'решена');
    expect(row.getBackgrounds()[0]).toEqual(Array(13).fill('#b6d7a8'));
    runtime.userEdit('Обращения', 'K5', 'решено');
    expect(row.getBackgrounds()[0]).toEqual(Array(13).fill('#b6d7a8'));
  });

  it('a request log renamed away loses our status note at the next check, and keeps the fill an administrator gave the cell', () => {
    const { runtime, formId, app } = withForm();
    runtime.respondToForm(formId, answers);
    runtime.userEdit('Обращения', 'K5', 'решим завтра');
    const sheet = runtime.spreadsheet.getSheetByName('Обращения')!;
    sheet.getRange('K5').setBackground(MARK_COLORS.error);
    sheet.setName('Обращения 2025');
    app.call('checkSchedule');
    expect([sheet.getRange('K5').getNote(), sheet.getRange('K5').getBackground()]).toEqual(['', MARK_COLORS.error]);
  });

  it('a status edit reads the Mail log once to queue its mail and once to send it', () => {
    const { runtime, formId } = withForm();
    runtime.respondToForm(formId, answers);
    runtime.mail.sent.length = 0;
    runtime.resetCalls();
    runtime.userEdit('Обращения', 'K5', 'решено');
    expect(runtime.mail.sent).toHaveLength(1);
    // Queueing (under the lock) and sending (under the lock again, after other executions may have sent).
    expect(io(runtime, 'Журнал писем').reads).toBe(2);
  });

  it('an e-mail cell holding several addresses is not mailed as is: the «resolved» mail is logged as not sent, saying why', () => {
    const { runtime, formId } = withForm();
    runtime.respondToForm(formId, { ...answers, Класс: '', 'E-mail для ответа': 'me@example.org,victim1@example.net,victim2@example.net' });
    expect(requests(runtime)[3]).toMatchObject({ status: 'invalid' });
    runtime.mail.sent.length = 0;
    runtime.clock.advance(3600 * 1000);
    runtime.userEdit('Обращения', 'K5', 'решено');
    expect(runtime.mail.sent).toEqual([]);
    const resolved = mailLog(runtime).find((e) => e.key.includes('|resolved|'))!;
    expect(resolved.status).toBe('gaveUp');
    expect(resolved.cells.join(' ')).toContain('это не адрес электронной почты');
  });

  it('a request resolved, reopened and resolved again while its edits waited is told again once an hour has passed', () => {
    const { runtime, app, formId } = withForm();
    runtime.respondToForm(formId, answers);
    runtime.clock.advance(3600 * 1000);
    runtime.userEdit('Обращения', 'K5', 'решено');
    runtime.spreadsheet.getSheetByName('Обращения')!.getRange('K5:M5').setValues([['в работе', '', '']]);
    runtime.clock.advance(2 * 3600 * 1000);
    runtime.spreadsheet.getSheetByName('Обращения')!.getRange('K5').setValue('решено');
    runtime.mail.sent.length = 0;
    app.call('reconcileRequests');
    expect(runtime.mail.sent.map((m) => m.subject)).toEqual(['Обращение ЭЖ-2026-0004 решено']);
  });

  it('the assignee retyped with other spacing is the same person: no second assignment mail', () => {
    const { runtime, formId } = withForm();
    runtime.respondToForm(formId, answers);
    runtime.mail.sent.length = 0;
    runtime.userEdit('Обращения', 'J5', 'Смирнов И. К.');
    expect(runtime.mail.sent).toEqual([]);
  });

  it('a request marked resolved whose edit was never handled is finished by the next import: its time written, the requester told once', () => {
    const { runtime, app, formId } = withForm();
    runtime.respondToForm(formId, answers);
    runtime.mail.sent.length = 0;
    // Typed while no trigger could act on it: the cell says resolved, nothing else happened.
    runtime.spreadsheet.getSheetByName('Обращения')!.getRange('K5').setValue('решено');
    const oldRows = requests(runtime).slice(0, 3);
    app.call('reconcileRequests');
    expect(requests(runtime)[3]!.resolved).toBeInstanceOf(Date);
    expect(runtime.mail.sent.map((m) => m.subject)).toEqual(['Обращение ЭЖ-2026-0004 решено']);
    app.call('reconcileRequests');
    expect(runtime.mail.sent).toHaveLength(1);
    // Old rows from before the install, never mailed about, stay as they are.
    expect(requests(runtime).slice(0, 3)).toEqual(oldRows);
  });

  // Waits out the real 30-second lock wait: the lock is a real one between threads.
  it('a status edit that finds the Sheet busy for the whole wait is finished by a catch-up run minutes later', async () => {
    const { runtime, formId } = withForm();
    runtime.respondToForm(formId, answers);
    runtime.mail.sent.length = 0;
    const worker = await holdScriptLockInWorker(runtime.locks.buffer, 30_500);
    const released = new Promise((resolve) => worker.once('exit', resolve));
    expect(runtime.userEdit('Обращения', 'K5', 'решено').rejected).toBe(false);
    await released;
    expect(runtime.mail.sent).toEqual([]);
    const catchUp = runtime.globals.ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === 'catchUpFormAnswers');
    expect(catchUp).toHaveLength(1);
    runtime.clock.advance(2 * 60 * 1000);
    runtime.runTrigger(catchUp[0] as never);
    expect(requests(runtime)[3]!.resolved).toBeInstanceOf(Date);
    expect(runtime.mail.sent.map((m) => m.to)).toEqual([['parent@example.org']]);
  }, 60_000);

  it('old rows edited after install mail nothing', () => {
    const { runtime } = withForm();
    runtime.userEdit('Обращения', 'K2', 'закрыто');
    expect(runtime.mail.sent).toEqual([]);
  });
});

describe('hostile form answers', () => {
  it.each([
    ['a formula in the name', { ФИО: '=IMPORTXML("http://x","//a")' }, 'new'],
    ['a phone number starting with +', { 'Что случилось': '+7 900 000-00-00 перезвоните' }, 'new'],
    ['markup in the description', { 'Что случилось': '<script>alert(1)</script>' }, 'new'],
    ['a description starting with an apostrophe', { 'Что случилось': "'Дневник' не открывается" }, 'new'],
    ['a class a Sheet would read as a date', { Класс: '7-1' }, 'new'],
    ['a description that is a date', { 'Что случилось': '24.11.2026' }, 'new'],
    ['60,000 characters', { 'Что случилось': 'я'.repeat(60_000) }, 'invalid'],
    ['a bad e-mail', { 'E-mail для ответа': 'not-an-address' }, 'invalid'],
    ['a parent with no class', { Класс: '' }, 'invalid'],
  ])('%s ends as a clear error or safe typed text, with nothing lost', (_case, change, status) => {
    const { runtime, formId } = withForm();
    runtime.respondToForm(formId, Object.fromEntries(Object.entries({ ...answers, ...change }).filter(([, v]) => v !== '')));
    const logged = requests(runtime);
    expect(logged).toHaveLength(4);
    expect(logged[3]!.status).toBe(status);
    const row = runtime.spreadsheet.getSheetByName('Обращения')!.getRange(5, 1, 1, 16);
    expect(row.getFormulas()[0]!.every((f) => f === '')).toBe(true);
    const text = Object.values(change)[0]!;
    if (status === 'new') expect(row.getValues()[0]).toContain(text);
    else {
      expect(String(row.getValues()[0]![14])).toMatch(/^Не принято: /);
      expect(runtime.mail.sent.map((m) => m.subject)).toContain('Ответ формы не принят: нужна проверка');
    }
  });

  it('a wrong kind of help is kept as typed and refused with a reason', () => {
    const { runtime, app } = loadApp();
    const { deliverFormAnswer } = require('../../src/local/form-delivery') as typeof import('../../src/local/form-delivery');
    expect(deliverFormAnswer(runtime, app, 'ru', { role: 'parent', name: 'А', class: '5Б', kind: 'юридическая', description: 'x' })).toMatchObject({ status: 'invalid' });
    const last = requests(runtime).at(-1)!;
    expect(last.statusText).toBe('некорректное');
    expect(runtime.spreadsheet.getSheetByName('Обращения')!.getRange(5, 8).getValue()).toBe('юридическая');
  });
});

describe('the assignee’s address', () => {
  it('someone back on a new staff row is mailed at the active row’s address, not the old inactive one', () => {
    const workbook = sampleWorkbook();
    const staff = workbook.tabs.find((t) => t.name === 'Сотрудники')!;
    const email = staff.rows[0]!.indexOf('E-mail');
    const active = staff.rows[0]!.findIndex((h) => String(h).startsWith('Активен'));
    const old = [...staff.rows.find((r) => r[0] === 'Смирнов И.К.')!];
    old[email] = 'smirnov.old@school5.example.org';
    old[active] = 'нет';
    staff.rows.splice(1, 0, old);
    const { runtime, app } = loadApp(workbook);
    app.call('createRequestForm');
    runtime.respondToForm(runtime.forms.all[0]!.id, answers);
    const assigned = mailLog(runtime).find((e) => e.key.includes('|assigned|'))!;
    expect(assigned.mail!.to).toEqual(['smirnov@school5.example.org']);
  });
});

describe('which answers are requests, and which were logged already', () => {
  it('a column the secretary adds beside the answers and fills in does not bring an answer back as a new request', () => {
    const { runtime, app, formId } = withForm();
    runtime.respondToForm(formId, answers);
    const responses = runtime.spreadsheet.getSheetByName('Ответы на форму (1)')!;
    const width = responses.getLastColumn();
    responses.getRange(1, width + 1).setValue('Отметка секретаря');
    responses.getRange(2, width + 1).setValue('передано');
    const sent = runtime.mail.sent.length;
    expect(app.call('reconcileRequests')).toBe(0);
    expect(requests(runtime)).toHaveLength(4);
    expect(runtime.mail.sent).toHaveLength(sent);
  });

  it('an answer the Sheet stores as a number (class 05, 7,1) has the same key for the trigger and the import', () => {
    for (const Класс of ['05', '7,1']) {
      const { runtime, app, formId } = withForm();
      runtime.respondToForm(formId, { ...answers, Класс });
      expect([Класс, app.call('reconcileRequests')]).toEqual([Класс, 0]);
      expect(requests(runtime)).toHaveLength(4);
    }
  });

  it('the responses sheet’s timestamp header renamed (or in another language) does not hide our answers', () => {
    const { runtime, formId } = withForm();
    runtime.spreadsheet.getSheetByName('Ответы на форму (1)')!.getRange('A1').setValue('Zeitstempel');
    runtime.respondToForm(formId, answers);
    expect(requests(runtime)).toHaveLength(4);
  });

  it('the same answer in a copy of the responses sheet is imported once', () => {
    const { runtime, app, formId } = withForm();
    runtime.respondToForm(formId, answers, { fireTriggers: false });
    const responses = runtime.spreadsheet.getSheetByName('Ответы на форму (1)')!;
    const copy = runtime.spreadsheet.insertSheet('Копия ответов');
    const values = responses.getDataRange().getValues();
    copy.getRange(1, 1, values.length, values[0]!.length).setValues(values);
    expect(app.call('reconcileRequests')).toBe(1);
    expect(requests(runtime)).toHaveLength(4);
  });

  it('a request logged by an earlier version under the whole row’s key is not imported again', () => {
    const { runtime, app, formId } = withForm();
    runtime.respondToForm(formId, answers);
    const log = runtime.spreadsheet.getSheetByName('Обращения')!;
    const keyColumn = log.getRange(1, 1, 1, log.getLastColumn()).getValues()[0]!.indexOf('Ключ ответа формы') + 1;
    const responses = runtime.spreadsheet.getSheetByName('Ответы на форму (1)')!;
    const row = responses.getRange(2, 1, 1, responses.getLastColumn()).getValues()[0]!;
    // What the earlier versions wrote: the fingerprint of the whole row.
    log.getRange(5, keyColumn).setValue(wholeRowKey(row));
    runtime.globals.PropertiesService.getDocumentProperties()!.deleteProperty('formAnswers:handled');
    expect(app.call('reconcileRequests')).toBe(0);
    expect(requests(runtime)).toHaveLength(4);
  });

  it('after the form is made again (the first one deleted), an answer its trigger missed is imported from the new responses sheet', () => {
    const { runtime, app } = withForm();
    runtime.respondToForm(runtime.forms.all[0]!.id, answers);
    runtime.forms.all.splice(0, 1);
    expect(app.call('createRequestForm')).toMatchObject({ created: true });
    expect(runtime.spreadsheet.getSheetByName('Ответы на форму (2)')).not.toBeNull();
    runtime.respondToForm(runtime.forms.all[0]!.id, { ...answers, ФИО: 'Орлов П.П.' }, { fireTriggers: false });
    expect(app.call('reconcileRequests')).toBe(1);
    expect(requests(runtime).map((r) => r.name)).toEqual(expect.arrayContaining(['Васильева О.П.', 'Орлов П.П.']));
    expect(requests(runtime)).toHaveLength(5);
  });

  it('answers to another form linked to the spreadsheet (a survey) are not requests: nothing logged, nobody mailed', () => {
    const { runtime } = withForm();
    // biome-ignore lint/suspicious/noExplicitAny: the local FormApp, driven as a school's own script would
    const forms = runtime.globals.FormApp as any;
    const survey = forms.create('Анкета');
    survey.addTextItem().setTitle('ФИО');
    survey.addTextItem().setTitle('Класс');
    survey.addTextItem().setTitle('Довольны?');
    survey.setDestination(forms.DestinationType.SPREADSHEET, runtime.spreadsheet.getId());
    const sent = runtime.mail.sent.length;
    runtime.respondToForm(survey.getId(), { ФИО: 'Соколова А.А.', Класс: '3В', 'Довольны?': 'да' });
    expect(requests(runtime)).toHaveLength(3);
    expect(runtime.mail.sent).toHaveLength(sent);
  });
});
