/**
 * Adding a duty slot: person, weekday, time, kind of help, room. Once person, day and time are valid the
 * server is asked (debounced) which overlaps the slot would create; they are shown as a warning above the
 * save button, and saving stays allowed.
 */
import { DAYS } from '../core/days';
import { type FieldError, slotSchema, validate } from '../core/forms';
import type { Messages } from '../core/i18n';
import type { SidebarMessages } from '../core/i18n/sidebar-messages';
import { KINDS } from '../core/kinds';
import type { SidebarData } from '../core/sidebar-contract';
import { capitalize, datalist, el, option } from './dom';
import { FormView } from './form-view';
import type { ServerCall } from './server';

export const PREVIEW_DELAY_MS = 350;
const PREVIEW_FIELDS = ['person', 'day', 'time'];

export const slotForm = (data: SidebarData, m: Messages, t: SidebarMessages, server: ServerCall): HTMLElement => {
  const view = new FormView('slot', t, t.slotHeading(), t.slotSave());
  const schema = slotSchema(m);
  const check = (): FieldError[] => {
    const r = validate(schema, view.values(), m);
    return r.ok ? [] : r.errors;
  };

  const person = el('select');
  person.append(option('', t.choose()), ...data.staff.map((s) => option(s, s)));
  view.add('person', person, data.staff.length === 0 ? { label: t.slotPerson(), hint: t.slotNoStaff() } : { label: t.slotPerson() });

  const day = el('select');
  day.append(option('', t.choose()), ...DAYS.map((d) => option(d, capitalize(m.dayName(d)))));
  view.add('day', day, { label: t.slotDay() });

  view.add('time', el('input', { type: 'text', spellcheck: 'false' }), {
    label: t.slotTime(),
    hint: t.slotTimeHint(),
  });

  const kind = el('select');
  kind.append(option('', capitalize(m.kindAny())), ...KINDS.map((k) => option(k, capitalize(m.kindName(k)))));
  view.add('kind', kind, { label: t.slotKind() });

  view.add('room', el('input', { type: 'text', list: 'slot-rooms', spellcheck: 'false' }), { label: t.slotRoom(), hint: t.slotRoomHint(), optional: true }, datalist('slot-rooms', data.rooms));

  // The overlaps the slot would create: a live region, so a screen reader hears them when they appear.
  const warning = el('div', { id: 'slot-warning', class: 'warning', role: 'status', 'aria-live': 'polite', hidden: true });
  view.form.insertBefore(warning, view.actions);
  const showConflicts = (conflicts: readonly string[]): void => {
    warning.replaceChildren();
    warning.hidden = conflicts.length === 0;
    if (conflicts.length === 0) return;
    warning.append(
      el('p', { class: 'warning-title' }, t.slotConflictsHeading(conflicts.length)),
      el('ul', { id: 'slot-conflicts' }, ...conflicts.map((c) => el('li', {}, c))),
      el('p', {}, t.slotConflictsNote()),
    );
  };

  // Only the newest preview counts: an answer to an older question is dropped.
  let asked = 0;
  let timer: number | undefined;
  const preview = async (): Promise<void> => {
    const errors = check();
    if (errors.some((e) => PREVIEW_FIELDS.includes(e.field))) {
      asked++;
      showConflicts([]);
      return;
    }
    const ticket = ++asked;
    const input = view.values();
    view.form.setAttribute('data-preview', 'pending');
    try {
      const result = await server('previewSlot', input);
      if (ticket !== asked) return;
      showConflicts(result.conflicts);
      // The server may know better (a person no longer on staff): say so beside the field.
      for (const e of result.errors) if (PREVIEW_FIELDS.includes(e.field)) view.setError(e.field, e.message);
    } catch {
      // A failed preview is only a missed warning; saving reports real failures.
      if (ticket === asked) showConflicts([]);
    } finally {
      if (ticket === asked) view.form.setAttribute('data-preview', 'done');
    }
  };
  const schedule = (): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void preview(), PREVIEW_DELAY_MS);
  };
  view.form.addEventListener('input', schedule);
  view.form.addEventListener('change', schedule);
  view.recheckOnInput(check);

  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void view.save(
      check,
      (input) => server('saveSlot', input),
      () => {
        window.clearTimeout(timer);
        asked++;
        showConflicts([]);
      },
    );
  });
  return view.form;
};
