/**
 * The built sidebar (build/Sidebar.html) against the real server: build/Code.js in the local Apps Script
 * runtime over the sample school, bridged through a google.script.run stand-in.
 */
import { TYPED_TEXT_LIMIT } from '../../src/core/forms';
import { countElements, focusedId, type Harness, openSidebar, realServer, sampleSchool, screenshot, scrollsSideways, startHarness, tabValues } from './harness';

jest.setTimeout(30_000);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const IMPORTXML = '=IMPORTXML("http://x","//a")';
const SCRIPT = '<script>alert(1)</script>';

test('an overlapping slot: the warning shows, saving still works, and the row is in «График»', async () => {
  const { runtime, backend } = realServer();
  const { page, calls, pageErrors } = await openSidebar(harness, backend);
  const before = tabValues(runtime, 'График').length;

  await page.selectOption('#slot-person', 'Сидоренко Д.Е.');
  await page.selectOption('#slot-day', 'tue');
  await page.fill('#slot-time', '10.30-12.00');
  await page.fill('#slot-room', 'каб. 21');
  await page.waitForSelector('#slot-warning:not([hidden])');
  expect(await page.textContent('#slot-conflicts')).toBe('Иванова А.Б. уже дежурит 10.30–13.30 в каб. 21');
  expect(await page.isEnabled('#slot-save')).toBe(true);
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'slot');

  await page.click('#slot-save');
  await page.waitForSelector('#slot-message.status-ok');
  const save = calls.find((c) => c.name === 'saveSlot')!;
  expect(save.args).toEqual([{ person: 'Сидоренко Д.Е.', day: 'tue', time: '10.30-12.00', kind: '', room: 'каб. 21' }]);
  const result = save.result as { ok: true; tab: string; row: number; message: string };
  expect(result.ok).toBe(true);
  expect(await page.textContent('#slot-message')).toContain(result.message);

  const rows = tabValues(runtime, 'График');
  expect(rows).toHaveLength(before + 1);
  expect(result.tab).toBe('График');
  const row = rows[result.row - 1]!;
  expect(row).toEqual(expect.arrayContaining(['Сидоренко Д.Е.', 'каб. 21']));
  expect(row.join(' ')).toMatch(/10[.:]30\s*[-–]\s*12[.:]00/);
  // The form is empty again, the warning gone.
  expect(await page.inputValue('#slot-person')).toBe('');
  expect(await page.inputValue('#slot-time')).toBe('');
  expect(await page.isHidden('#slot-warning')).toBe(true);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test("a parent's request without a class: the class error is beside the field and nothing is written", async () => {
  const { runtime, backend } = realServer();
  const { page, calls } = await openSidebar(harness, backend);
  const before = tabValues(runtime, 'Обращения');

  await page.click('#tab-request');
  await page.selectOption('#request-channel', 'phone');
  await page.selectOption('#request-role', 'parent');
  await page.fill('#request-name', 'Васильева О.П.');
  await page.selectOption('#request-kind', 'technical');
  await page.fill('#request-description', 'Не приходит пароль от электронного дневника');
  await page.click('#request-save');

  await expect(page.textContent('#request-class-error')).resolves.toBe('Родители и учащиеся должны указать класс (например, 5Б)');
  expect(await page.getAttribute('#request-class', 'aria-invalid')).toBe('true');
  expect(await page.getAttribute('#request-class', 'aria-describedby')).toContain('request-class-error');
  expect(await page.getAttribute('#request-class', 'aria-required')).toBe('true');
  expect(await focusedId(page)).toBe('request-class');
  expect(await page.textContent('#request-message')).toContain('Исправьте поле');
  // The error line sits right below the class field, not somewhere else on the page.
  const field = await page.locator('#request-class').boundingBox();
  const error = await page.locator('#request-class-error').boundingBox();
  expect(error!.y).toBeGreaterThan(field!.y);
  expect(error!.y - (field!.y + field!.height)).toBeLessThan(40);
  await screenshot(page, 'request');

  expect(calls.filter((c) => c.name === 'saveRequest')).toEqual([]);
  expect(tabValues(runtime, 'Обращения')).toEqual(before);

  // The server refuses the same input too, had the browser's check been skipped.
  const direct = backend('saveRequest', [{ channel: 'phone', role: 'parent', name: 'Васильева О.П.', class: '', email: '', kind: 'technical', description: 'x' }]);
  expect(direct).toEqual({ ok: false, errors: [{ field: 'class', message: 'Родители и учащиеся должны указать класс (например, 5Б)' }] });
  expect(tabValues(runtime, 'Обращения')).toEqual(before);

  // With the class, it is saved and the form cleared.
  await page.fill('#request-class', '5Б');
  await expect(page.textContent('#request-class-error')).resolves.toBe('');
  await page.click('#request-save');
  await page.waitForSelector('#request-message.status-ok');
  expect(tabValues(runtime, 'Обращения')).toHaveLength(before.length + 1);
  expect(await page.inputValue('#request-name')).toBe('');
  await page.close();
});

test('hostile input: a formula is stored as text, markup shows as text, an over-long text is refused', async () => {
  const { runtime, backend } = realServer();
  const { page, calls, pageErrors } = await openSidebar(harness, backend);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.click('#tab-request');
  const fill = async (description: string, name = 'Лебедева Т.С.'): Promise<void> => {
    await page.selectOption('#request-channel', 'email');
    await page.selectOption('#request-role', 'staff');
    await page.fill('#request-name', name);
    await page.selectOption('#request-kind', 'methodical');
    await page.fill('#request-description', description);
  };

  // 1. A formula is saved, and stays text in the Sheet.
  await fill(IMPORTXML, SCRIPT);
  await page.click('#request-save');
  await page.waitForSelector('#request-message.status-ok');
  const saved = calls.find((c) => c.name === 'saveRequest')!.result as { ok: true; tab: string; row: number };
  expect(saved.ok).toBe(true);
  const sheet = runtime.spreadsheet.getSheetByName(saved.tab)!;
  const header = tabValues(runtime, saved.tab)[0]!;
  const descriptionColumn = header.indexOf('Описание') + 1;
  const nameColumn = header.indexOf('ФИО') + 1;
  const cell = sheet.getRange(saved.row, descriptionColumn);
  expect(cell.getFormulas()[0]![0]).toBe('');
  expect(cell.getValue()).toBe(IMPORTXML);
  expect(sheet.getRange(saved.row, nameColumn).getValue()).toBe(SCRIPT);

  // 2. Markup typed anywhere shows as text: here it comes back inside an error sentence.
  await page.click('#tab-slot');
  await page.fill('#slot-time', SCRIPT);
  await page.click('#slot-save');
  expect(await page.textContent('#slot-time-error')).toContain(SCRIPT);
  expect(await page.locator('#slot-time-error script').count()).toBe(0);
  expect(await countElements(page, 'script')).toBe(1);

  // 3. 60,000 characters: refused with a clear message, nothing sent, nothing written.
  await page.click('#tab-request');
  const before = tabValues(runtime, 'Обращения');
  const sends = calls.filter((c) => c.name === 'saveRequest').length;
  await fill('а'.repeat(60_000));
  await page.click('#request-save');
  // (Node and Chromium may group digits with different spaces.)
  expect(await page.textContent('#request-description-error')).toMatch(/^Слишком длинно: 60\s000 знаков, можно не больше 49\s999$/);
  expect(TYPED_TEXT_LIMIT).toBe(49_999);
  expect(await page.getAttribute('#request-description', 'aria-invalid')).toBe('true');
  // The text is kept (never cut), for the person to shorten.
  expect((await page.inputValue('#request-description')).length).toBe(60_000);
  expect(calls.filter((c) => c.name === 'saveRequest')).toHaveLength(sends);
  // And the server refuses it on its own.
  const direct = backend('saveRequest', [{ channel: 'email', role: 'staff', name: 'X', class: '', email: '', kind: 'methodical', description: 'а'.repeat(60_000) }]) as {
    ok: boolean;
    errors: { field: string }[];
  };
  expect(direct.ok).toBe(false);
  expect(direct.errors.map((e) => e.field)).toEqual(['description']);
  expect(tabValues(runtime, 'Обращения')).toEqual(before);

  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test('the English UI when Settings say en', async () => {
  const { runtime, backend } = realServer(sampleSchool({ Язык: 'en' }));
  const { page } = await openSidebar(harness, backend);
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  expect(await page.locator('[role="tab"]').allTextContents()).toEqual(['Duty', 'Request', 'Task', 'Health']);
  expect(await page.textContent('label[for="slot-person"]')).toBe('Who is on duty');
  expect(await page.locator('#slot-day option').allTextContents()).toEqual(['— choose —', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
  expect(await page.locator('#slot-kind option').allTextContents()).toEqual(['Any', 'Technical', 'Methodical']);
  expect(await page.textContent('#slot-save')).toBe('Add duty slot');

  await page.click('#tab-request');
  expect(await page.locator('#request-channel option').allTextContents()).toEqual(['— choose —', 'Phone', 'E-mail', 'Walk-in']);
  await page.selectOption('#request-role', 'student');
  await page.click('#request-save');
  await expect(page.textContent('#request-name-error')).resolves.toBe('Please fill in this field');
  expect(await page.textContent('#request-class-error')).toBe('Parents and students must give the class (e.g. 5B)');
  expect(await page.textContent('#request-channel-error')).toBe('Choose how the request came in');
  expect(await page.textContent('#request-message')).toMatch(/^Please fix \d+ fields/);
  await screenshot(page, 'request-en');

  await page.click('#tab-task');
  await page.fill('#task-task', 'Parent meeting on the e-diary');
  await page.fill('#task-deadline', 'By 1 December 2026');
  await page.click('#task-save');
  await page.waitForSelector('#task-message.status-ok, #task-message.status-error');
  expect(await page.getAttribute('#task-message', 'class')).toContain('status-ok');
  expect(tabValues(runtime, 'План внедрения').some((r) => r.includes('Parent meeting on the e-diary'))).toBe(true);
  await page.close();
});

test('screenshots of each form', async () => {
  const { backend } = realServer();
  const { page } = await openSidebar(harness, backend);
  // Slot form with its overlap warning is taken in the first test; here the request and task forms.
  await page.click('#tab-task');
  await page.fill('#task-task', 'Семинар «Построение учебного процесса с использованием электронного журнала»');
  await page.fill('#task-deadline', 'До 01 сентября 2026');
  await page.fill('#task-responsible', 'Иванова А.Б., Кузнецова Ж.З.');
  await page.fill('#task-status', 'в работе');
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'task');
  await page.click('#task-save');
  await page.waitForSelector('#task-message.status-ok');
  expect(await page.inputValue('#task-task')).toBe('');
  await screenshot(page, 'task-saved');
  await page.click('#tab-slot');
  await page.keyboard.press('Tab');
  await page.click('#slot-save');
  await screenshot(page, 'slot-errors');
  await page.close();
});

test('health: a deleted weekly trigger is reported, and Repair installs it again', async () => {
  const { runtime, app, backend } = realServer();
  app.call('installTriggers');
  const ScriptApp = runtime.globals.ScriptApp;
  const weekly = () => ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === 'sendWeeklySummaries');
  expect(weekly()).toHaveLength(1);
  ScriptApp.deleteTrigger(weekly()[0]!);
  expect(weekly()).toHaveLength(0);

  const { page, calls, pageErrors } = await openSidebar(harness, backend);
  expect(calls.filter((c) => c.name === 'sidebarHealth')).toEqual([]);
  await page.click('#tab-health');
  await page.waitForSelector('#health-lines li');
  const check = calls.find((c) => c.name === 'sidebarHealth')!.result as { ok: boolean; lines: string[] };
  expect(check.ok).toBe(false);
  const lines = await page.locator('#health-lines li').allTextContents();
  expect(lines).toEqual(check.lines);
  expect(lines[0]).toBe('Триггер «недельная сводка» не установлен.');
  expect(await page.isVisible('#health-verdict')).toBe(true);
  expect(await page.getAttribute('#health-report', 'class')).toContain('health-report-problems');
  expect(await page.getAttribute('#health-report', 'aria-live')).toBe('polite');
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'health');

  await page.click('#health-repair');
  await page.waitForSelector('#health-message.status-ok');
  expect(await page.textContent('#health-message')).toBe('Исправлено.');
  expect((await page.locator('#health-lines li').allTextContents())[0]).toBe('Всё в порядке.');
  expect(await page.isHidden('#health-verdict')).toBe(true);
  expect(calls.map((c) => c.name).filter((n) => n !== 'sidebarData')).toEqual(['sidebarHealth', 'repairTriggers']);
  expect(weekly()).toHaveLength(1);
  expect(pageErrors).toEqual([]);
  await screenshot(page, 'health-repaired');
  await page.close();
});
