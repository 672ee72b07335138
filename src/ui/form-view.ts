/**
 * One form of the sidebar: labelled fields with a hint and an error line each, a save button and a status
 * line. Errors set `aria-invalid` on the field, sit in an element the field names in `aria-describedby`,
 * and are summed up in the status line, which is an `aria-live` region.
 */
import type { FieldError } from '../core/forms';
import type { SidebarMessages } from '../core/i18n/sidebar-messages';
import type { SaveResult } from '../core/sidebar-contract';
import { el } from './dom';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface FieldOptions {
  label: string;
  hint?: string;
  optional?: boolean;
}

interface Field {
  control: Control;
  error: HTMLElement;
  initial: string;
}

export type StatusKind = 'busy' | 'ok' | 'error';

export class FormView {
  readonly form: HTMLFormElement;
  readonly button: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly actions: HTMLElement;
  private readonly fields = new Map<string, Field>();
  private readonly body: HTMLElement;
  /** Set after the first save attempt: from then on, errors follow every keystroke. */
  tried = false;

  constructor(
    readonly prefix: string,
    private readonly t: SidebarMessages,
    heading: string,
    buttonLabel: string,
  ) {
    this.body = el('div', { class: 'fields' });
    this.button = el('button', { type: 'submit', id: `${prefix}-save`, class: 'primary' }, buttonLabel);
    this.status = el('div', { id: `${prefix}-message`, class: 'status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.actions = el('div', { class: 'actions' }, this.button);
    this.form = el(
      'form',
      { id: `${prefix}-form`, novalidate: true, 'aria-labelledby': `${prefix}-heading`, autocomplete: 'off' },
      el('h2', { id: `${prefix}-heading` }, heading),
      this.body,
      this.actions,
      this.status,
    );
  }

  /** Adds a field with its label, hint and error line; the control gets the id `${prefix}-${name}`. */
  add(name: string, control: Control, options: FieldOptions, ...extra: Node[]): HTMLElement {
    const id = `${this.prefix}-${name}`;
    control.id = id;
    control.name = name;
    const label = el('label', { for: id }, options.label);
    if (options.optional) label.append(' ', el('span', { class: 'optional' }, `(${this.t.optional()})`));
    else control.setAttribute('aria-required', 'true');
    const described: string[] = [];
    const wrapper = el('div', { class: 'field', id: `${id}-field` }, label, control, ...extra);
    if (options.hint !== undefined) {
      wrapper.append(el('p', { id: `${id}-hint`, class: 'hint' }, options.hint));
      described.push(`${id}-hint`);
    }
    const error = el('p', { id: `${id}-error`, class: 'error' });
    wrapper.append(error);
    described.push(`${id}-error`);
    control.setAttribute('aria-describedby', described.join(' '));
    this.fields.set(name, { control, error, initial: control.value });
    this.body.append(wrapper);
    return wrapper;
  }

  control(name: string): Control {
    const field = this.fields.get(name);
    if (!field) throw new Error(`no field ${name}`);
    return field.control;
  }

  /** The form's values as a plain object of strings: exactly what crosses to the server. */
  values(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, field] of this.fields) out[name] = field.control.value;
    return out;
  }

  setError(name: string, message: string | null): void {
    const field = this.fields.get(name);
    if (!field) return;
    field.error.textContent = message ?? '';
    if (message === null) field.control.removeAttribute('aria-invalid');
    else field.control.setAttribute('aria-invalid', 'true');
  }

  /** Shows these errors beside their fields and clears the others; returns the ones with no field here. */
  showErrors(errors: readonly FieldError[]): FieldError[] {
    const orphans: FieldError[] = [];
    for (const name of this.fields.keys()) this.setError(name, null);
    for (const e of errors) {
      if (this.fields.has(e.field)) this.setError(e.field, e.message);
      else orphans.push(e);
    }
    return orphans;
  }

  /** Errors from a save attempt: beside the fields, summed up in the status line, focus on the first. */
  reportErrors(errors: readonly FieldError[]): void {
    const orphans = this.showErrors(errors);
    const placed = errors.length - orphans.length;
    const lines = orphans.map((e) => e.message);
    this.setStatus('error', placed > 0 ? this.t.fixErrors(placed) : (lines.shift() ?? this.t.fixErrors(0)), lines);
    // Focus the first field in page order that has a problem.
    for (const [name, field] of this.fields) {
      if (errors.some((e) => e.field === name)) {
        field.control.focus();
        break;
      }
    }
  }

  setStatus(kind: StatusKind | null, message = '', details: readonly string[] = []): void {
    this.status.replaceChildren();
    this.status.className = kind === null ? 'status' : `status status-${kind}`;
    if (kind === null) return;
    this.status.append(el('p', {}, message));
    if (details.length > 0) this.status.append(el('ul', {}, ...details.map((d) => el('li', {}, d))));
  }

  setBusy(busy: boolean): void {
    this.button.disabled = busy;
    this.form.setAttribute('aria-busy', String(busy));
  }

  /** Back to the empty form after a successful save; the status line is kept. */
  reset(): void {
    for (const [name, field] of this.fields) {
      field.control.value = field.initial;
      this.setError(name, null);
    }
    this.tried = false;
  }

  /** After the first save attempt, re-check on every change so an error disappears once it is fixed. */
  recheckOnInput(check: () => FieldError[]): void {
    const recheck = (): void => {
      if (this.tried) this.showErrors(check());
    };
    this.form.addEventListener('input', recheck);
    this.form.addEventListener('change', recheck);
  }

  focusFirst(): void {
    const first = this.fields.values().next().value;
    first?.control.focus();
  }

  /**
   * The save round trip shared by the three forms: check in the browser, send, show the server's verdict.
   * `check` returns the browser's errors (empty when the input may be sent).
   */
  async save(check: () => FieldError[], send: (input: Record<string, string>) => Promise<SaveResult>, onSaved?: () => void): Promise<void> {
    if (this.button.disabled) return;
    this.tried = true;
    const errors = check();
    if (errors.length > 0) {
      this.reportErrors(errors);
      return;
    }
    const hadFocus = document.activeElement;
    this.setBusy(true);
    this.setStatus('busy', this.t.saving());
    try {
      const result = await send(this.values());
      if (result.ok) {
        this.reset();
        onSaved?.();
        this.setStatus('ok', result.message || this.t.saved(), result.conflicts);
        this.focusFirst();
      } else {
        this.reportErrors(result.errors);
      }
    } catch (e) {
      this.setStatus('error', this.t.saveFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      this.setBusy(false);
      // A disabled button loses focus: where nothing else took it (no field error), give it back.
      if (hadFocus instanceof HTMLElement && (document.activeElement === null || document.activeElement === document.body)) hadFocus.focus();
    }
  }
}
