/**
 * The browser half of `google.script.run`, typed by the contract. Declared here rather than taken from
 * @types/google-apps-script, whose server types clash with the DOM's.
 */
import type { SidebarApi } from '../core/sidebar-contract';

/** One call chain: `run.withSuccessHandler(f).withFailureHandler(g).saveSlot(input)`. */
export type ScriptRun = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
} & { [K in keyof SidebarApi]: (...args: Parameters<SidebarApi[K]>) => void };

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRun } };
  }
}
