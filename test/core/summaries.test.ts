import { wallClockOf, isTaskDone } from '../../src/core/summaries';

describe('wallClockOf', () => {
  it('a time typed as text and the same moment kept as a date measure the same instant', () => {
    const typed = wallClockOf('17.11.2026 18:03', 'Europe/Moscow')!;
    const kept = wallClockOf(new Date(Date.UTC(2026, 10, 17, 15, 3)), 'Europe/Moscow')!;
    expect(typed).toEqual(kept);
    expect(typed.ms).toBe(Date.UTC(2026, 10, 17, 15, 3));
  });

  it('in a zone with summer time, each side of the change is read at its own offset', () => {
    expect(wallClockOf('15.01.2026 12:00', 'Europe/Berlin')!.ms).toBe(Date.UTC(2026, 0, 15, 11, 0));
    expect(wallClockOf('15.07.2026 12:00', 'Europe/Berlin')!.ms).toBe(Date.UTC(2026, 6, 15, 10, 0));
  });
});

describe('isTaskDone', () => {
  it.each([
    ['Проведено', true],
    ['Проведён 12.11', true],
    ['Сделана', true],
    ['Исполнена', true],
    ['+', true],
    ['✓', true],
    ['да', true],
    ['Выполнено на 100%', true],
    ['выполнено 100 %', true],
    ['Выполнено не в срок', true],
    ['Выполнено, приказ подписан', true],
    ['Выполнено частично', false],
    ['Resolved', true],
    ['Achieved', true],
    ['Implemented', true],
    ['Реализовано', true],
    ['Implemented partially', false],
    ['Implemented in part', false],
    ['выполнено на 50%', false],
    ['Готов проект приказа, на подписи', false],
    ['не выполнено', false],
    ['Выполнено не полностью', false],
    ['да (не все)', false],
    ['да, кроме 9Б', false],
    ['Да?', false],
    ['да/нет', false],
    ['Held over to spring', false],
    ['проведено (не все классы)', false],
    ['выполнено/не выполнено', false],
    ['done (not all staff)', false],
    ['done, not late', true],
    ['Done late', true],
    ['Held', true],
    ['Held on 15.09', true],
    ['done (not late)', true],
    ['Completed (not on time)', true],
    ['Выполнено (не требуется)', true],
    ['да, выполнено', true],
    ['Да, 15.09', true],
    ['Выполнено 18.09 (не все классы)', false],
    ['не выполнено', false],
    ['выполнено, но не', false],
    ['Выполнено, но не в полном объёме', false],
    ['Готов, не подписан', false],
    ['Completed, not submitted', false],
    ['Held up by supplier', false],
    ['Да, 2 из 5 классов', false],
    ['Да — 15.09', true],
    ['Проведено (не было замечаний)', true],
    ['', false],
    // Nothing left to do is not an open task: no reminders for it.
    ['Не требуется', true],
    ['Снято с контроля', true],
    ['Not required', true],
    ['N/A', true],
    ['не требуется согласование, ждём подписи', false],
    // A date alone is the day it was done; an emoji keyboard's tick; a part of the whole is not done.
    ['14.10.2026', true],
    ['+ 18.09.2026', true],
    ['✔️', true],
    ['☑️', true],
    ['Проведено 2 из 3', false],
    ['Done for 4 of 5 classes', false],
    ['Выполнено 5 из 5', true],
    ['10/14/2026', true],
    ['2/3', false],
    ['0/5', false],
    ['0.5', false],
    ['1.2', true],
    ['45.12', false],
    ['18/09', true],
    ['+ 18/09', true],
    ['Да, 2/3', false],
    ['да 0.5', false],
    ['Да, 18/09', true],
  ])('«%s» done: %s', (status, done) => {
    expect(isTaskDone(status)).toBe(done);
  });
});
