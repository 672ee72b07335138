import { loadApp, sampleWorkbook } from '../helpers/bundle';

const slot = { person: 'Сидоренко Д.Е.', day: 'tue', time: '10.30-12.00', kind: 'methodical', room: 'каб. 21' };
const request = { channel: 'phone', role: 'parent', name: 'Васильева О.П.', class: '7А', email: 'parent@example.org', kind: 'technical', description: 'Не открывается дневник' };

/** Runs `act` when the script first calls `method` (as `Service.method`), after the call is counted. */
const onFirstCall = (runtime: ReturnType<typeof loadApp>['runtime'], method: string, act: () => void): void => {
  const onCall = runtime.clock.onCall.bind(runtime.clock);
  let done = false;
  runtime.clock.onCall = (called: string) => {
    onCall(called);
    if (done || called !== method) return;
    done = true;
    act();
  };
};

describe('the sidebar server functions', () => {
  it('sidebarData gives the language, active staff and known rooms', () => {
    const { app } = loadApp();
    expect(app.call('sidebarData')).toEqual({
      language: 'ru',
      staff: ['Иванова А.Б.', 'Петров В.Г.', 'Сидоренко Д.Е.', 'Кузнецова Ж.З.', 'Смирнов И.К.', 'Орлова Л.М.'],
      rooms: ['каб. 14', 'каб. 21'],
      schoolDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    });
  });

  it('the rooms are in the order a person reads them: каб. 2 before каб. 10', () => {
    const wb = sampleWorkbook();
    wb.tabs.find((t) => t.name === 'График')!.rows.push(['суббота', '11.00-12.00', 'техническая', 'Смирнов И.К.', 'каб. 2', ''], ['суббота', '12.00-13.00', 'техническая', 'Смирнов И.К.', 'Каб. 3', '']);
    const { app } = loadApp(wb);
    expect((app.call('sidebarData') as { rooms: string[] }).rooms).toEqual(['каб. 2', 'Каб. 3', 'каб. 14', 'каб. 21']);
  });

  it('previewSlot names the overlap a slot would create', () => {
    const { app } = loadApp();
    expect(app.call('previewSlot', slot)).toEqual({ errors: [], conflicts: ['Иванова А.Б. уже дежурит 10.30–13.30 в каб. 21'] });
  });

  it('saveSlot validates again, appends one row and highlights the new overlap', () => {
    const { runtime, app } = loadApp();
    expect(app.call('saveSlot', { ...slot, time: '25-26' })).toEqual({ ok: false, errors: [{ field: 'time', message: '«25-26» — часа 25 не бывает (часы от 0 до 24)' }] });
    const saved = app.call('saveSlot', slot);
    expect(saved).toMatchObject({ ok: true, tab: 'График', row: 14, cell: 'График!B14', message: 'Дежурство добавлено: строка 14 на листе «График»' });
    const sheet = runtime.spreadsheet.getSheetByName('График')!;
    expect(sheet.getRange('A14:F14').getValues()).toEqual([['вторник', '10.30-12.00', 'методическая', 'Сидоренко Д.Е.', 'каб. 21', '']]);
    expect(sheet.getRange('B14').getNotes()[0]![0]).toContain('Там же: Иванова А.Б. (График!B5)');
  });

  it('saveSlot on a list with start and end columns writes both times, and the schedule reads the new slot', () => {
    const wb = sampleWorkbook();
    wb.tabs[0] = { name: 'График', rows: [['День', 'Начало', 'Окончание', 'Ответственный', 'Кабинет'], ['вторник', '10.30', '13.30', 'Иванова А.Б.', 'каб. 21']] };
    const { runtime, app } = loadApp(wb);
    // No kind column: a kind chosen has nowhere to go (it would read back as any kind), so it is refused.
    expect(app.call('saveSlot', slot)).toEqual({ ok: false, errors: [{ field: 'kind', message: 'На листе «График» нет столбца «Вид помощи»' }] });
    expect(app.call('saveSlot', { ...slot, kind: '' })).toMatchObject({ ok: true, tab: 'График', row: 3, cell: 'График!B3' });
    const sheet = runtime.spreadsheet.getSheetByName('График')!;
    expect(sheet.getRange('A3').getValue()).toBe('вторник');
    expect(sheet.getRange('D3:E3').getValues()).toEqual([['Сидоренко Д.Е.', 'каб. 21']]);
    // Both in one room on Tuesday 10.30–12.00: the new row's start cell is marked with the overlap.
    expect(sheet.getRange('B3').getNotes()[0]![0]).toContain('Там же: Иванова А.Б. (График!B2)');
  });

  // Waits out the real 30-second lock wait once.
  it('a request saved just before another run takes the Sheet is saved once, its e-mails left for the catch-up run', () => {
    const { runtime, app } = loadApp();
    const cells = new Int32Array(runtime.locks.buffer);
    // As the save lets go of the lock, another execution (say the weekly send) takes it and keeps it.
    onFirstCall(runtime, 'Lock.releaseLock', () => Atomics.store(cells, 0, 7));
    expect(app.call('saveRequest', request)).toMatchObject({ ok: true, message: 'Обращение ЭЖ-2026-0004 записано' });
    const log = () => runtime.spreadsheet.getSheetByName('Обращения')!.getDataRange().getValues();
    expect(log()).toHaveLength(5);
    expect(runtime.mail.sent).toEqual([]);
    const catchUp = runtime.globals.ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === 'catchUpFormAnswers');
    expect(catchUp).toHaveLength(1);
    // The other run lets go; the catch-up sends what waited, and the request is still there once.
    Atomics.store(cells, 0, 0);
    runtime.runTrigger(catchUp[0] as never);
    expect(runtime.mail.sent.map((m) => m.to)).toEqual([['parent@example.org'], ['smirnov@school5.example.org']]);
    expect(log()).toHaveLength(5);
  }, 60_000);

  it('a service failing after the request is written still reports it saved, so a retry does not save it twice', () => {
    const { runtime, app } = loadApp();
    onFirstCall(runtime, 'MailApp.getRemainingDailyQuota', () => {
      throw new Error('Service unavailable: Mail');
    });
    const rows = () => runtime.spreadsheet.getSheetByName('Обращения')!.getLastRow();
    const before = rows();
    expect(app.call('saveRequest', request)).toMatchObject({ ok: true, message: 'Обращение ЭЖ-2026-0004 записано' });
    expect(rows()).toBe(before + 1);
    expect(JSON.stringify(runtime.logs)).toContain('Service unavailable: Mail');
    // Its e-mails stay queued, and a catch-up run is arranged to send them.
    expect(runtime.globals.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toContain('catchUpFormAnswers');
  });

  it('ScriptApp failing after the request is written (no trigger can be arranged) still reports it saved', () => {
    const { runtime, app } = loadApp(undefined, { mailQuota: 0 });
    const scriptApp = runtime.globals.ScriptApp as unknown as { getProjectTriggers: () => unknown[] };
    scriptApp.getProjectTriggers = () => {
      throw new Error('Service invoked too many times: trigger');
    };
    const before = runtime.spreadsheet.getSheetByName('Обращения')!.getLastRow();
    expect(app.call('saveRequest', request)).toMatchObject({ ok: true });
    expect(runtime.spreadsheet.getSheetByName('Обращения')!.getLastRow()).toBe(before + 1);
  });

  it('a request whose mail all went out lists no triggers (a slow call) to arrange a later run', () => {
    const { runtime, app } = loadApp();
    runtime.resetCalls();
    app.call('saveRequest', request);
    expect(runtime.mail.sent).toHaveLength(2);
    expect([...runtime.calls.keys()].filter((k) => k.includes('getProjectTriggers'))).toEqual([]);
  });

  it('a request log with an unnamed column of notes: the columns it lacks are added after the notes, which stay', () => {
    const wb = sampleWorkbook();
    const log = wb.tabs.find((t) => t.name === 'Обращения')!;
    log.rows = log.rows.map((r, i) => [...r, i === 0 ? '' : `звонили ${i}`]);
    const { runtime, app } = loadApp(wb);
    expect(app.call('saveRequest', request)).toMatchObject({ ok: true });
    const rows = runtime.spreadsheet.getSheetByName('Обращения')!.getDataRange().getValues();
    expect(rows[0]![13]).toBe('');
    expect(rows.slice(1, 4).map((r) => r[13])).toEqual(['звонили 1', 'звонили 2', 'звонили 3']);
    expect(rows[0]!.slice(14).every((h) => String(h) !== '')).toBe(true);
  });

  it('saveRequest gives a stable id and writes the row by header', () => {
    const { runtime, app } = loadApp();
    expect(app.call('saveRequest', request)).toMatchObject({ ok: true, message: 'Обращение ЭЖ-2026-0004 записано', row: 5 });
    expect(app.call('saveRequest', request)).toMatchObject({ ok: true, message: 'Обращение ЭЖ-2026-0005 записано' });
    const row = runtime.spreadsheet.getSheetByName('Обращения')!.getRange('A5:K5').getValues()[0]!;
    expect([row[0], row[2], row[3], row[4], row[5], row[7], row[8], row[10]]).toEqual(['ЭЖ-2026-0004', 'телефон', 'родитель', 'Васильева О.П.', '7А', 'техническая', 'Не открывается дневник', 'новое']);
    expect(row[1]).toBeInstanceOf(Date);
  });

  it('an id is never reused after the last row is deleted', () => {
    const { runtime, app } = loadApp();
    app.call('saveRequest', request);
    const sheet = runtime.spreadsheet.getSheetByName('Обращения')!;
    sheet.getRange('A5:M5').setValues([Array.from({ length: 13 }, () => '')]);
    expect(app.call('saveRequest', request)).toMatchObject({ message: 'Обращение ЭЖ-2026-0005 записано' });
  });

  it.each([
    ['a parent without a class', { ...request, class: '' }, 'class', 'Родители и учащиеся должны указать класс (например, 5Б)'],
    ['a student without a class', { ...request, role: 'student', class: '  ' }, 'class', 'Родители и учащиеся должны указать класс (например, 5Б)'],
    ['a bad e-mail', { ...request, email: 'not-an-address' }, 'email', 'Адрес электронной почты выглядит неверно (пример: name@example.org)'],
    ['a description longer than a cell', { ...request, description: 'я'.repeat(60_000) }, 'description', 'Слишком длинно: 60 000 знаков, можно не больше 49 999'],
    ['a wrong kind', { ...request, kind: 'legal' }, 'kind', 'Выберите вид помощи'],
    ['no name', { ...request, name: '' }, 'name', 'Заполните это поле'],
  ])('%s is refused with a clear message and nothing is written', (_case, input, field, message) => {
    const { runtime, app } = loadApp();
    const result = app.call('saveRequest', input) as { ok: boolean; errors: { field: string; message: string }[] };
    expect(result.ok).toBe(false);
    expect(result.errors).toContainEqual({ field, message });
    expect(runtime.spreadsheet.getSheetByName('Обращения')!.getLastRow()).toBe(4);
  });

  it.each([
    ['=IMPORTXML("http://x","//a")'],
    ['+7 (900) 000-00-00'],
    ['-не работает'],
    ['@всем'],
    ['<script>alert(1)</script>'],
  ])('hostile text %s is stored exactly as typed, never as a formula', (text) => {
    const { runtime, app } = loadApp();
    app.call('saveRequest', { ...request, name: text, description: text });
    const range = runtime.spreadsheet.getSheetByName('Обращения')!.getRange('E5:I5');
    expect(range.getFormulas()[0]).toEqual(['', '', '', '', '']);
    expect(range.getValues()[0]![0]).toBe(text);
    expect(range.getValues()[0]![4]).toBe(text);
  });

  it('saveTask numbers the task and fills its due date', () => {
    const { runtime, app } = loadApp();
    app.call('setUp');
    expect(app.call('saveTask', { task: 'Анкетирование родителей', deadline: 'До 01 сентября 2027', responsible: 'Иванова А.Б.', status: '' })).toMatchObject({
      ok: true,
      cell: "'План внедрения'!B12",
    });
    expect(runtime.spreadsheet.getSheetByName('План внедрения')!.getRange('A12:F12').getValues()).toEqual([
      [11, 'Анкетирование родителей', 'До 01 сентября 2027', 'Иванова А.Б.', '', '2027-09-01'],
    ]);
    // That date is ours: when the deadline loses it, so does the due column.
    runtime.userEdit('План внедрения', 'C12', 'В течение года');
    expect(runtime.spreadsheet.getSheetByName('План внедрения')!.getRange('F12').getValues()).toEqual([['']]);
  });
});
