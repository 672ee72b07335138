/**
 * The sidebar's entry: asks the server for the staff, rooms and language, then draws three forms (a duty
 * slot, a help request, a rollout task) and the health of triggers and mail in tabs. Every form checks its
 * input in the browser with the same zod schemas the server uses, then saves through `google.script.run`.
 */
import * as z from 'zod';
import { catalogue, type Language } from '../core/i18n';
import { sidebarEn } from '../core/i18n/sidebar-en';
import type { SidebarMessages } from '../core/i18n/sidebar-messages';
import { sidebarRu } from '../core/i18n/sidebar-ru';
import type { SidebarData } from '../core/sidebar-contract';
import { el } from './dom';
import { healthView } from './health-view';
import { requestForm } from './request-form';
import { createServer } from './server';
import { slotForm } from './slot-form';
import { tabs } from './tabs';
import { taskForm } from './task-form';

// zod's JIT compiles parsers with `new Function`; the sandboxed page may forbid it, and it is not needed.
z.config({ jitless: true });

/** The page's runner, or null when the page is opened outside Apps Script. */
const scriptRun = () => window.google?.script?.run ?? null;

const words = (language: Language): SidebarMessages => (language === 'en' ? sidebarEn : sidebarRu);

const fail = (root: HTMLElement, t: SidebarMessages, reason: string): void => {
  root.setAttribute('aria-busy', 'false');
  root.replaceChildren(el('p', { id: 'app-status', class: 'status status-error', role: 'alert' }, t.loadFailed(reason)));
};

const draw = (root: HTMLElement, data: SidebarData, server: ReturnType<typeof createServer>): void => {
  const language: Language = data.language === 'en' ? 'en' : 'ru';
  const m = catalogue(language);
  const t = words(language);
  document.documentElement.lang = language;
  document.title = t.title();
  root.setAttribute('aria-busy', 'false');
  const health = healthView(t, server);
  root.replaceChildren(
    el('h1', { class: 'visually-hidden' }, t.title()),
    tabs(t.tabsLabel(), [
      { id: 'slot', label: t.tabSlot(), panel: slotForm(data, m, t, server) },
      { id: 'request', label: t.tabRequest(), panel: requestForm(m, t, server) },
      { id: 'task', label: t.tabTask(), panel: taskForm(data, m, t, server) },
      { id: 'health', label: t.tabHealth(), panel: health.element, onShow: health.refresh },
    ]),
  );
  root.setAttribute('data-ready', 'true');
};

const start = async (): Promise<void> => {
  const root = document.getElementById('app')!;
  // Until Settings answer, speak the browser's language.
  const guess = words(navigator.language.toLowerCase().startsWith('en') ? 'en' : 'ru');
  const run = scriptRun();
  if (run === null) return fail(root, guess, 'google.script.run');
  const server = createServer(run);
  try {
    draw(root, await server('sidebarData'), server);
  } catch (e) {
    fail(root, guess, e instanceof Error ? e.message : String(e));
  }
};

void start();
