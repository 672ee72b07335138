/** A rollout plan task: what, by when (free text as the order writes it), who, and its status. */
import { type FieldError, taskSchema, validate } from '../core/forms';
import type { Messages } from '../core/i18n';
import type { SidebarMessages } from '../core/i18n/sidebar-messages';
import type { SidebarData } from '../core/sidebar-contract';
import { datalist, el } from './dom';
import { FormView } from './form-view';
import type { ServerCall } from './server';

export const taskForm = (data: SidebarData, m: Messages, t: SidebarMessages, server: ServerCall): HTMLElement => {
  const view = new FormView('task', t, t.taskHeading(), t.taskSave());
  const schema = taskSchema(m);
  const check = (): FieldError[] => {
    const r = validate(schema, view.values(), m);
    return r.ok ? [] : r.errors;
  };

  view.add('task', el('textarea', { rows: '3' }), { label: t.taskTask() });
  view.add('deadline', el('input', { type: 'text', autocomplete: 'off' }), { label: t.taskDeadline(), hint: t.taskDeadlineHint() });
  view.add(
    'responsible',
    el('input', { type: 'text', list: 'task-people', autocomplete: 'off' }),
    { label: t.taskResponsible(), hint: t.taskResponsibleHint(), optional: true },
    datalist('task-people', data.staff),
  );
  view.add('status', el('input', { type: 'text', list: 'task-statuses', autocomplete: 'off' }), { label: t.taskStatus(), optional: true }, datalist('task-statuses', t.taskStatuses()));

  view.recheckOnInput(check);
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void view.save(check, (input) => server('saveTask', input));
  });
  return view.form;
};
