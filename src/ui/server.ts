/**
 * Promise-shaped calls to the server through `google.script.run`, at most ten in flight (Apps Script's
 * limit per page); further calls wait their turn. Arguments must be plain objects, strings and numbers.
 */
import type { SidebarApi } from '../core/sidebar-contract';
import type { ScriptRun } from './google-script';

export const MAX_IN_FLIGHT = 10;

export type ServerCall = <K extends keyof SidebarApi>(name: K, ...args: Parameters<SidebarApi[K]>) => Promise<ReturnType<SidebarApi[K]>>;

/** The server's exception as an Error whose message a person can read. */
export const toError = (e: unknown): Error => {
  if (e instanceof Error) return e;
  if (typeof e === 'string') return new Error(e);
  if (e !== null && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') return new Error((e as { message: string }).message);
  return new Error(String(e));
};

export const createServer = (run: ScriptRun, max = MAX_IN_FLIGHT): ServerCall => {
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const next = (): void => {
    while (inFlight < max && waiting.length > 0) waiting.shift()!();
  };
  return <K extends keyof SidebarApi>(name: K, ...args: Parameters<SidebarApi[K]>) =>
    new Promise<ReturnType<SidebarApi[K]>>((resolve, reject) => {
      waiting.push(() => {
        inFlight++;
        let settled = false;
        const done = (): boolean => {
          if (settled) return false;
          settled = true;
          inFlight--;
          // Let the caller's handlers run first, then start the next waiting call.
          setTimeout(next, 0);
          return true;
        };
        try {
          const runner = run
            .withSuccessHandler((value) => {
              if (done()) resolve(value as ReturnType<SidebarApi[K]>);
            })
            .withFailureHandler((error) => {
              if (done()) reject(toError(error));
            });
          (runner[name] as (...a: unknown[]) => void)(...args);
        } catch (e) {
          // google.script.run throws at once for an argument it cannot send (a Date, a function, a DOM node).
          if (done()) reject(toError(e));
        }
      });
      next();
    });
};
