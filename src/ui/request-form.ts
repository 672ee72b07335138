/**
 * A help request taken by phone, e-mail or in person. Parents and students must give the class, as the
 * regulation requires; the class field says so and becomes required when such a role is chosen.
 */
import { type FieldError, requestSchema, validate } from '../core/forms';
import type { Messages } from '../core/i18n';
import type { SidebarMessages } from '../core/i18n/sidebar-messages';
import { KINDS } from '../core/kinds';
import { capitalize, el, option } from './dom';
import { FormView } from './form-view';
import type { ServerCall } from './server';

const CHANNELS = ['phone', 'email', 'walk-in'] as const;
const ROLES = ['staff', 'parent', 'student'] as const;

export const requestForm = (m: Messages, t: SidebarMessages, server: ServerCall): HTMLElement => {
  const view = new FormView('request', t, t.requestHeading(), t.requestSave());
  const schema = requestSchema(m);
  const check = (): FieldError[] => {
    const r = validate(schema, view.values(), m);
    return r.ok ? [] : r.errors;
  };

  const channel = el('select');
  channel.append(option('', t.choose()), ...CHANNELS.map((c) => option(c, capitalize(t.channelName(c)))));
  view.add('channel', channel, { label: t.requestChannel() });

  const role = el('select');
  role.append(option('', t.choose()), ...ROLES.map((r) => option(r, capitalize(t.roleName(r)))));
  view.add('role', role, { label: t.requestRole() });

  view.add('name', el('input', { type: 'text', autocomplete: 'off' }), { label: t.requestName() });

  const klass = el('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' });
  view.add('class', klass, { label: t.requestClass(), hint: t.requestClassHint() });
  const classRequired = (): void => {
    klass.setAttribute('aria-required', String(role.value === 'parent' || role.value === 'student'));
  };
  role.addEventListener('change', classRequired);
  classRequired();

  view.add('email', el('input', { type: 'email', autocomplete: 'off', spellcheck: 'false', inputmode: 'email' }), { label: t.requestEmail(), optional: true });

  const kind = el('select');
  kind.append(option('', t.choose()), ...KINDS.map((k) => option(k, capitalize(m.kindName(k)))));
  view.add('kind', kind, { label: t.requestKind() });

  view.add('description', el('textarea', { rows: '5' }), { label: t.requestDescription(), hint: t.requestDescriptionHint() });

  view.recheckOnInput(check);
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void view.save(check, (input) => server('saveRequest', input), classRequired);
  });
  return view.form;
};
