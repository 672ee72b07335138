/**
 * Tabs after the WAI-ARIA pattern: one tab in the Tab order at a time, arrow keys, Home and End move
 * between tabs, and the panel of the chosen tab is the only one shown.
 */
import { el } from './dom';

export interface TabSpec {
  id: string;
  label: string;
  panel: HTMLElement;
  /** Called each time the tab is chosen (by click or keyboard), not for the first tab shown at start. */
  onShow?: () => void;
}

export const tabs = (label: string, specs: readonly TabSpec[]): HTMLElement => {
  const list = el('div', { role: 'tablist', 'aria-label': label, class: 'tabs' });
  const buttons: HTMLButtonElement[] = [];
  const panels: HTMLElement[] = [];
  const select = (index: number, focus: boolean): void => {
    buttons.forEach((b, i) => {
      const on = i === index;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      panels[i]!.hidden = !on;
    });
    if (focus) buttons[index]!.focus();
  };
  const choose = (index: number, focus: boolean): void => {
    select(index, focus);
    specs[index]!.onShow?.();
  };
  specs.forEach((spec, index) => {
    const button = el('button', { type: 'button', role: 'tab', id: `tab-${spec.id}`, 'aria-controls': `panel-${spec.id}` }, spec.label);
    button.addEventListener('click', () => choose(index, false));
    button.addEventListener('keydown', (event) => {
      const last = specs.length - 1;
      const to =
        event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
        : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
        : event.key === 'Home' ? 0
        : event.key === 'End' ? last
        : null;
      if (to === null) return;
      event.preventDefault();
      choose(to, true);
    });
    const panel = el('section', { role: 'tabpanel', id: `panel-${spec.id}`, 'aria-labelledby': `tab-${spec.id}`, class: 'panel' }, spec.panel);
    buttons.push(button);
    panels.push(panel);
    list.append(button);
  });
  select(0, false);
  return el('div', { class: 'tabbed' }, list, ...panels);
};
