/**
 * The health section: trigger and mail health as the server words it (sentences in the Sheet's language,
 * problems first), asked for each time the tab is opened, and a repair button that answers with the new
 * report. One call at a time: the button is disabled while a check or a repair is in flight.
 *
 * The report sits in an `aria-live` region, so a screen reader hears it when it changes; the status line
 * (`#health-message`) says what is happening and whether a call failed. Sentences go in as text only.
 */
import type { SidebarMessages } from '../core/i18n/sidebar-messages';
import type { HealthSummary } from '../core/sidebar-contract';
import { el } from './dom';
import type { StatusKind } from './form-view';
import type { ServerCall } from './server';

export interface HealthView {
  element: HTMLElement;
  /** Asks the server for the report (called when the tab is opened); does nothing while a call is in flight. */
  refresh(): void;
}

export const healthView = (t: SidebarMessages, server: ServerCall): HealthView => {
  const verdict = el('p', { id: 'health-verdict', class: 'health-verdict', hidden: true }, t.healthProblems());
  const lines = el('ul', { id: 'health-lines', class: 'health-lines' });
  const report = el('div', { id: 'health-report', class: 'health-report', 'aria-live': 'polite', 'aria-atomic': 'true', hidden: true }, verdict, lines);
  const button = el('button', { type: 'button', id: 'health-repair', class: 'primary', 'aria-describedby': 'health-repair-hint' }, t.healthRepair());
  const status = el('div', { id: 'health-message', class: 'status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const element = el(
    'div',
    { id: 'health', class: 'health' },
    el('h2', { id: 'health-heading' }, t.healthHeading()),
    el('p', { class: 'hint health-intro' }, t.healthIntro()),
    report,
    el('div', { class: 'actions' }, button, el('p', { id: 'health-repair-hint', class: 'hint' }, t.healthRepairHint())),
    status,
  );

  const setStatus = (kind: StatusKind | null, message = ''): void => {
    status.replaceChildren();
    status.className = kind === null ? 'status' : `status status-${kind}`;
    if (kind !== null) status.append(el('p', {}, message));
  };

  const show = (summary: HealthSummary): void => {
    const ok = summary.ok === true;
    report.hidden = false;
    report.classList.toggle('health-report-problems', !ok);
    verdict.hidden = ok;
    lines.replaceChildren(...(Array.isArray(summary.lines) ? summary.lines : []).map((line) => el('li', {}, String(line))));
  };

  let busy = false;
  const setBusy = (on: boolean): void => {
    busy = on;
    button.disabled = on;
    element.setAttribute('aria-busy', String(on));
  };

  /** One round trip; `done` turns the answer into the status line, `failed` the exception. */
  const ask = async (call: () => Promise<HealthSummary>, pending: string, done: (s: HealthSummary) => [StatusKind | null, string], failed: (reason: string) => string): Promise<void> => {
    if (busy) return;
    const hadFocus = document.activeElement === button;
    setBusy(true);
    setStatus('busy', pending);
    try {
      const summary = await call();
      show(summary);
      setStatus(...done(summary));
    } catch (e) {
      setStatus('error', failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
      // A disabled button loses focus; give it back so the keyboard stays where it was.
      if (hadFocus && (document.activeElement === null || document.activeElement === document.body)) button.focus();
    }
  };

  const refresh = (): void => {
    void ask(() => server('sidebarHealth'), t.healthChecking(), () => [null, ''], t.healthCheckFailed);
  };
  button.addEventListener('click', () => {
    void ask(() => server('repairTriggers'), t.healthRepairing(), (s) => (s.ok ? ['ok', t.healthRepaired()] : ['error', t.healthRepairedPartly()]), t.healthRepairFailed);
  });
  return { element, refresh };
};
