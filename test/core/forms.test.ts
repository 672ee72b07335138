import { requestSchema, slotSchema, taskSchema, validate } from '../../src/core/forms';
import { catalogue } from '../../src/core/i18n';

const ru = catalogue('ru');
const en = catalogue('en');

describe('the form schemas', () => {
  it('a slot with a time that has text after it is refused (the room has its own field)', () => {
    expect(validate(slotSchema(en), { person: 'A', day: 'mon', time: '9-10 room 5', kind: '' }, en)).toMatchObject({ ok: false, errors: [{ field: 'time' }] });
  });

  it('trims and fills the optional fields', () => {
    expect(validate(slotSchema(ru), { person: '  Петров В.Г. ', day: 'wed', time: '9.00-10.00' }, ru)).toEqual({
      ok: true,
      value: { person: 'Петров В.Г.', day: 'wed', time: '9.00-10.00', kind: '', room: '' },
    });
  });

  it('staff need no class; parents and students do', () => {
    const base = { channel: 'walk-in', name: 'A', kind: 'methodical', description: 'x' };
    expect(validate(requestSchema(ru), { ...base, role: 'staff' }, ru).ok).toBe(true);
    expect(validate(requestSchema(ru), { ...base, role: 'student' }, ru)).toEqual({ ok: false, errors: [{ field: 'class', message: ru.fieldClassRequired() }] });
  });

  it('a class is named by its number: a dash, «нет» or a question mark name none', () => {
    const parent = { channel: 'phone', role: 'parent', name: 'A', kind: 'technical', description: 'x' };
    // The youngest classes have a name instead: Reception (UK), K or Kindergarten (US).
    for (const cls of ['7А', '10 Б', '1а', '11', 'Year 7', 'Reception', 'K', 'Kindergarten', 'Pre-K'])
      expect([cls, validate(requestSchema(ru), { ...parent, class: cls }, ru).ok]).toEqual([cls, true]);
    for (const cls of ['-', '—', 'нет', '?', '.', 'Б'])
      expect([cls, validate(requestSchema(ru), { ...parent, class: cls }, ru)]).toEqual([cls, { ok: false, errors: [{ field: 'class', message: ru.fieldClassRequired() }] }]);
  });

  it('an e-mail address with an empty part or a one-letter top-level domain is refused', () => {
    const staff = { channel: 'email', role: 'staff', name: 'A', kind: 'technical', description: 'x' };
    for (const email of ['a@example.org', 'vasilieva.parent@example.org', 'user+tag@mail.ru', 'ivan@почта.рф', 'ivan@xn--80a1acny.xn--p1ai', 'name@sub-domain.example.com', "sean.o'brien@example.org"])
      expect([email, validate(requestSchema(en), { ...staff, email }, en).ok]).toEqual([email, true]);
    for (const email of ['ivanov@mail..ru', 'ivanov@mail.ru.', 'a@.b.c', '.ivanov@mail.ru', 'ivanov.@mail.ru', 'a@b.c', 'a@-b.ru', 'a@b', 'a b@mail.ru'])
      expect([email, validate(requestSchema(en), { ...staff, email }, en)]).toEqual([email, { ok: false, errors: [{ field: 'email', message: en.fieldBadEmail() }] }]);
  });

  it('a task needs its text and its deadline', () => {
    expect(validate(taskSchema(en), { task: '', deadline: '' }, en)).toMatchObject({ ok: false, errors: [{ field: 'task' }, { field: 'deadline' }] });
  });

  it('anything that is not an object is refused, not thrown', () => {
    for (const input of [null, undefined, 'x', 5, []]) expect(validate(taskSchema(en), input, en).ok).toBe(false);
  });
});
