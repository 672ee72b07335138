/**
 * The sidebar's behaviour against a hand-written server (fast): layout at 300 px, labels, keyboard,
 * validation in the browser, the preview's debounce, the busy button, the ten-calls limit, failures.
 */
import { allIds, compiledFunctions, focusedId, focusRing, type Harness, openSidebar, scrollsSideways, startHarness, unlabelledControls } from './harness';
import { standIn } from './stand-in';

/** The ids tests (and the report) rely on. */
const STABLE_IDS = [
  'app', 'tab-slot', 'tab-request', 'tab-task', 'tab-health', 'panel-slot', 'panel-request', 'panel-task', 'panel-health',
  'slot-form', 'slot-person', 'slot-day', 'slot-time', 'slot-kind', 'slot-room', 'slot-rooms', 'slot-warning', 'slot-save', 'slot-message',
  'slot-person-error', 'slot-day-error', 'slot-time-error', 'slot-kind-error', 'slot-room-error',
  'request-form', 'request-channel', 'request-role', 'request-name', 'request-class', 'request-email', 'request-kind', 'request-description',
  'request-save', 'request-message', 'request-class-error', 'request-description-error',
  'task-form', 'task-task', 'task-deadline', 'task-responsible', 'task-status', 'task-save', 'task-message', 'task-deadline-error',
  'health-lines', 'health-repair', 'health-message',
];

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

test('every control has a label, an id, and the page fits 300 px', async () => {
  const { page, pageErrors } = await openSidebar(harness, standIn().backend);
  expect(await unlabelledControls(page)).toEqual([]);
  const ids = await allIds(page);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  expect(ids).toEqual(expect.arrayContaining(STABLE_IDS));
  for (const tab of ['slot', 'request', 'task', 'health']) {
    await page.click(`#tab-${tab}`);
    await expect(page.isVisible(`#panel-${tab}`)).resolves.toBe(true);
    expect(await scrollsSideways(page)).toBe(false);
  }
  expect(await page.getAttribute('html', 'lang')).toBe('ru');
  // Staff names are text: a name with markup shows its angle brackets.
  expect(await page.locator('#slot-person option').allTextContents()).toContain('<b>Злой</b> Х.Х.');
  expect(pageErrors).toEqual([]);

  await page.close();
});

test('tabs and fields are reachable by keyboard, with a visible focus ring', async () => {
  const { page } = await openSidebar(harness, standIn().backend);
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('tab-slot');
  await page.keyboard.press('ArrowRight');
  expect(await focusedId(page)).toBe('tab-request');
  expect(await page.isVisible('#request-form')).toBe(true);
  expect(await page.isVisible('#slot-form')).toBe(false);
  await page.keyboard.press('End');
  expect(await focusedId(page)).toBe('tab-health');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedId(page)).toBe('tab-task');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await focusedId(page)).toBe('tab-slot');
  expect(await focusRing(page)).toEqual({ style: 'solid', width: '3px' });
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('slot-person');
  expect(await focusRing(page)).toEqual({ style: 'solid', width: '3px' });
  const order: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    order.push(await focusedId(page));
  }
  expect(order).toEqual(['slot-day', 'slot-time', 'slot-kind', 'slot-room', 'slot-save', expect.any(String)]);
  await page.close();
});

test('browser validation: errors beside fields, aria-invalid, described, announced; nothing sent', async () => {
  const server = standIn();
  const { page, calls } = await openSidebar(harness, server.backend);
  await page.fill('#slot-time', '25.00-26.00');
  await page.click('#slot-save');
  await expect(page.textContent('#slot-person-error')).resolves.toBe('Выберите сотрудника');
  await expect(page.textContent('#slot-day-error')).resolves.toBe('Выберите день недели');
  expect(await page.textContent('#slot-time-error')).toContain('часа 25 не бывает');
  expect(await page.getAttribute('#slot-time', 'aria-invalid')).toBe('true');
  expect(await page.getAttribute('#slot-time', 'aria-describedby')).toContain('slot-time-error');
  expect(await page.getAttribute('#slot-message', 'aria-live')).toBe('polite');
  expect(await page.textContent('#slot-message')).toContain('Исправьте 3 поля');
  expect(await focusedId(page)).toBe('slot-person');
  // Fixing a field clears its error at once.
  await page.fill('#slot-time', '9.00-11.00');
  await expect(page.textContent('#slot-time-error')).resolves.toBe('');
  expect(await page.getAttribute('#slot-time', 'aria-invalid')).toBeNull();
  expect(calls.filter((c) => c.name.startsWith('save'))).toEqual([]);
  // zod ran jitless: no code was built from strings.
  expect(await compiledFunctions(page)).toBe(0);
  await page.close();
});

test('the slot preview is debounced, shows conflicts as a warning, and saving still works', async () => {
  const server = standIn();
  const { page, calls } = await openSidebar(harness, server.backend);
  await page.selectOption('#slot-person', 'Петров В.Г.');
  await page.selectOption('#slot-day', 'mon');
  await page.locator('#slot-time').pressSequentially('10.00-12.00', { delay: 20 });
  await page.waitForSelector('#slot-warning:not([hidden])');
  expect(await page.textContent('#slot-warning')).toContain('Петров В.Г. уже дежурит 9.00–16.00 в каб. 14 (10.00-12.00)');
  // Typing eleven characters asked once or twice, not eleven times.
  expect(calls.filter((c) => c.name === 'previewSlot').length).toBeLessThanOrEqual(2);
  await page.click('#slot-save');
  await page.waitForSelector('#slot-message.status-ok');
  expect(server.slots).toEqual([{ person: 'Петров В.Г.', day: 'mon', time: '10.00-12.00', kind: '', room: '' }]);
  expect(await page.inputValue('#slot-time')).toBe('');
  expect(await page.inputValue('#slot-person')).toBe('');
  expect(await page.isHidden('#slot-warning')).toBe(true);
  // Changing the day away from the conflict clears the warning.
  await page.selectOption('#slot-person', 'Петров В.Г.');
  await page.selectOption('#slot-day', 'mon');
  await page.fill('#slot-time', '9.00-10.00');
  await page.waitForSelector('#slot-warning:not([hidden])');
  await page.selectOption('#slot-day', 'tue');
  await page.waitForSelector('#slot-warning[hidden]', { state: 'attached' });
  await page.close();
});

test('an answer to an older preview never overwrites a newer one', async () => {
  const server = standIn();
  // The first preview is slow, the second fast: the slow answer arrives last and must be dropped.
  let previews = 0;
  const { page } = await openSidebar(harness, server.backend, { delayMs: (name) => (name === 'previewSlot' && ++previews === 1 ? 1200 : 0) });
  await page.selectOption('#slot-person', 'Петров В.Г.');
  await page.selectOption('#slot-day', 'mon');
  await page.fill('#slot-time', '9.00-10.00');
  await page.waitForTimeout(500);
  await page.selectOption('#slot-day', 'tue');
  await page.waitForTimeout(1500);
  expect(await page.isHidden('#slot-warning')).toBe(true);
  await page.close();
});

test('the save button is disabled while the call is in flight; server errors and failures are shown', async () => {
  const server = standIn();
  const { page } = await openSidebar(harness, server.backend, { delayMs: (name) => (name === 'saveTask' ? 400 : 0) });
  await page.click('#tab-task');
  await page.fill('#task-task', 'Семинар для родителей');
  await page.fill('#task-deadline', 'До 01 сентября 2026');
  await page.click('#task-save');
  expect(await page.isDisabled('#task-save')).toBe(true);
  expect(await page.getAttribute('#task-form', 'aria-busy')).toBe('true');
  await page.waitForSelector('#task-message.status-ok');
  expect(await page.isDisabled('#task-save')).toBe(false);
  expect(server.tasks).toHaveLength(1);
  expect(await page.inputValue('#task-task')).toBe('');

  await page.fill('#task-task', 'server says no');
  await page.fill('#task-deadline', 'когда-нибудь');
  await page.click('#task-save');
  await page.waitForSelector('#task-message.status-error');
  expect(await page.textContent('#task-deadline-error')).toBe('Сервер: срок непонятен');
  expect(await page.inputValue('#task-task')).toBe('server says no');

  await page.fill('#task-task', 'throw');
  // Saved by keyboard: after the failure the keyboard is back on the button, not lost to the page.
  await page.focus('#task-save');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#task-message:has-text("защищён")');
  expect(await page.textContent('#task-message')).toBe('Не удалось сохранить: Лист «План внедрения» защищён');
  expect(await page.isDisabled('#task-save')).toBe(false);
  expect(await focusedId(page)).toBe('task-save');
  await page.close();
});

test('health: asked on opening the tab, problems marked, Repair by keyboard is disabled in flight', async () => {
  const server = standIn();
  const { page, calls, pageErrors } = await openSidebar(harness, server.backend, { delayMs: (name) => (name === 'repairTriggers' ? 400 : 0) });
  expect(calls.map((c) => c.name)).toEqual(['sidebarData']);
  // By keyboard: Tab to the tabs, End to the last one (Health), Tab into its panel.
  await page.keyboard.press('Tab');
  await page.keyboard.press('End');
  expect(await focusedId(page)).toBe('tab-health');
  await page.waitForSelector('#health-lines li');
  expect(calls.map((c) => c.name)).toEqual(['sidebarData', 'sidebarHealth']);
  expect(await page.locator('#health-lines li').allTextContents()).toEqual(server.sidebarHealth().lines);
  expect(await page.isVisible('#health-verdict')).toBe(true);
  expect(await page.textContent('#health-verdict')).toBe('Есть неполадки: они в начале списка.');
  expect(await page.getAttribute('#health-report', 'aria-live')).toBe('polite');
  expect(await page.getAttribute('#health-message', 'aria-live')).toBe('polite');
  expect(await scrollsSideways(page)).toBe(false);
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('health-repair');
  expect(await focusRing(page)).toEqual({ style: 'solid', width: '3px' });
  await page.keyboard.press('Enter');
  expect(await page.isDisabled('#health-repair')).toBe(true);
  expect(await page.textContent('#health-message')).toBe('Исправляю…');
  // A second press while in flight sends nothing more.
  await page.click('#health-repair', { force: true });
  await page.waitForSelector('#health-message.status-ok');
  expect(await page.textContent('#health-message')).toBe('Исправлено.');
  expect(await page.isEnabled('#health-repair')).toBe(true);
  expect(await focusedId(page)).toBe('health-repair');
  expect(calls.filter((c) => c.name === 'repairTriggers')).toHaveLength(1);
  expect((await page.locator('#health-lines li').allTextContents())[0]).toBe('Всё в порядке.');
  expect(await page.isHidden('#health-verdict')).toBe(true);
  // Opening the tab again asks again.
  await page.click('#tab-slot');
  await page.click('#tab-health');
  for (let i = 0; i < 50 && calls.filter((c) => c.name === 'sidebarHealth').length < 2; i++) await page.waitForTimeout(20);
  expect(calls.filter((c) => c.name === 'sidebarHealth')).toHaveLength(2);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test('health: lines are text, and a failed check or repair is said in the status line', async () => {
  let fail = true;
  const server = standIn('ru', {
    sidebarHealth: () => {
      if (fail) throw new Error('Нет прав на триггеры');
      return { ok: false, lines: ['<img src=x onerror="alert(1)"> не установлен.', 'Почта: осталось 5'] };
    },
    repairTriggers: () => {
      throw new Error('Слишком много триггеров');
    },
  });
  const { page } = await openSidebar(harness, server.backend);
  await page.click('#tab-health');
  await page.waitForSelector('#health-message.status-error');
  expect(await page.textContent('#health-message')).toBe('Не удалось проверить: Нет прав на триггеры');
  expect(await page.isHidden('#health-report')).toBe(true);
  fail = false;
  await page.click('#tab-health');
  await page.waitForSelector('#health-lines li');
  expect(await page.textContent('#health-message')).toBe('');
  expect(await page.locator('#health-lines li').first().textContent()).toBe('<img src=x onerror="alert(1)"> не установлен.');
  expect(await page.locator('#health-lines img').count()).toBe(0);
  await page.click('#health-repair');
  await page.waitForSelector('#health-message.status-error');
  expect(await page.textContent('#health-message')).toBe('Не удалось исправить: Слишком много триггеров');
  // The last report stays, and the button can be pressed again.
  expect(await page.locator('#health-lines li').count()).toBe(2);
  expect(await page.isEnabled('#health-repair')).toBe(true);
  await page.close();
});

test('a failed sidebarData call is shown, not a blank page', async () => {
  const server = standIn('ru', {
    sidebarData: () => {
      throw new Error('Нет доступа к таблице');
    },
  });
  const { page } = await openSidebar(harness, server.backend, { allowLoadFailure: true });
  expect(await page.textContent('#app-status')).toContain('Нет доступа к таблице');
  await page.close();
});
