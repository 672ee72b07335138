/**
 * Drives build/Sidebar.html in Debian's headless Chromium (playwright-core, never a downloaded browser).
 * The page is served over http from 127.0.0.1 and gets a `google.script.run` stand-in before it loads,
 * bridged to a back end in this process: asynchronous, success handler gets the return value, failure
 * handler gets an Error, arguments JSON-cloned (a Date or a function fails the call, as in Apps Script).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { SIDEBAR_FUNCTIONS } from '../../src/core/sidebar-contract';
import type { CellValue, Workbook } from '../../src/core/workbook';
import { type BundleHandle, createLocalRuntime, type LocalRuntime, loadBundleFile } from '../../src/local/runtime';
import { readCsvFolder } from '../../src/local/workbook-file';
import { BUILD, ROOT } from '../helpers/build';

/**
 * What page-side callbacks touch. The laptop tsconfig has no DOM types (they clash with Apps Script's),
 * so the little the tests use is declared here, for this module only.
 */
interface PageElement {
  id: string;
  outerHTML: string;
  tagName: string;
}
declare const document: {
  activeElement: PageElement | null;
  documentElement: { scrollWidth: number; clientWidth: number };
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement> & { length: number };
};
declare const getComputedStyle: (element: PageElement) => { outlineStyle: string; outlineWidth: string };

export const SIDEBAR = join(BUILD, 'Sidebar.html');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const WIDTH = 300;

/** What the page's calls reach: a function name and its (JSON-cloned) arguments. */
export type Backend = (name: string, args: unknown[]) => unknown;

export interface Call {
  name: string;
  args: unknown[];
  result?: unknown;
  error?: string;
}

export interface Harness {
  context: BrowserContext;
  url: string;
  close(): Promise<void>;
}

/** One browser (with a fresh profile) and one tiny http server per test file. */
export const startHarness = async (): Promise<Harness> => {
  const server: Server = createServer((req, res) => {
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(readFileSync(SIDEBAR));
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const profile = mkdtempSync(join(tmpdir(), 'sidebar-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: WIDTH, height: 900 },
    locale: 'ru-RU',
  });
  return {
    context,
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
};

// Runs in the page before its own script: the google.script.run stand-in.
const installStandIn = (names: readonly string[]): void => {
  const w = globalThis as unknown as Record<string, unknown> & { __bridge(name: string, payload: string): Promise<string> };
  const stats = { inFlight: 0, maxInFlight: 0, calls: 0, overLimit: 0 };
  w.__scriptRunStats = stats;
  // What google.script.run accepts: primitives, arrays and plain objects (a Date, a function, a DOM node fail).
  const check = (value: unknown, path: string): void => {
    if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        check(v, `${path}.${i}`);
      });
      return;
    }
    if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      for (const [k, v] of Object.entries(value as object)) check(v, `${path}.${k}`);
      return;
    }
    throw new Error(`Failed due to illegal value in property: ${path}`);
  };
  type Handler = ((value: unknown) => void) | null;
  const runner = (success: Handler, failure: Handler): Record<string, unknown> => {
    const r: Record<string, unknown> = {
      withSuccessHandler: (f: Handler) => runner(f, failure),
      withFailureHandler: (f: Handler) => runner(success, f),
      withUserObject: () => r,
    };
    for (const name of names) {
      r[name] = (...args: unknown[]) => {
        for (const [i, a] of args.entries()) check(a, String(i));
        const payload = JSON.stringify(args);
        stats.calls++;
        stats.inFlight++;
        stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
        if (stats.inFlight > 10) stats.overLimit++;
        w.__bridge(name, payload).then(
          (reply) => {
            stats.inFlight--;
            const answer = JSON.parse(reply) as { ok: boolean; value?: unknown; message?: string };
            if (answer.ok) success?.(answer.value);
            else failure?.(new Error(answer.message));
          },
          (e: unknown) => {
            stats.inFlight--;
            failure?.(e instanceof Error ? e : new Error(String(e)));
          },
        );
      };
    }
    return r;
  };
  w.google = { script: { run: runner(null, null), host: { close: () => undefined } } };
};

// Runs in the page before its own script: counts code built at run time (`new Function`), which zod's JIT
// would do without `z.config({ jitless: true })` and which a strict sandbox may refuse.
const countCompiledFunctions = (): void => {
  const g = globalThis as unknown as { Function: FunctionConstructor; __compiled: number };
  const Original = g.Function;
  g.__compiled = 0;
  g.Function = new Proxy(Original, {
    construct(target, args) {
      g.__compiled++;
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      g.__compiled++;
      return Reflect.apply(target, self, args);
    },
  });
};

/** How many functions the page built from strings so far. */
export const compiledFunctions = (page: Page): Promise<number> => page.evaluate('globalThis.__compiled');

export interface OpenOptions {
  /** Milliseconds each call waits before it reaches the back end. */
  delayMs?: number | ((name: string) => number);
  /** The test expects sidebarData to fail. */
  allowLoadFailure?: boolean;
}

export interface SidebarPage {
  page: Page;
  calls: Call[];
  /** Messages the page logged as errors, and uncaught exceptions. */
  pageErrors: string[];
}

/** Opens the sidebar in a new tab with its calls bridged to `backend`, and waits until it has drawn. */
export const openSidebar = async (harness: Harness, backend: Backend, options: OpenOptions = {}): Promise<SidebarPage> => {
  const page = await harness.context.newPage();
  const calls: Call[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(msg.text());
  });
  await page.exposeFunction('__bridge', async (name: string, payload: string): Promise<string> => {
    const delay = typeof options.delayMs === 'function' ? options.delayMs(name) : (options.delayMs ?? 0);
    await new Promise((r) => setTimeout(r, delay));
    const args = JSON.parse(payload) as unknown[];
    const call: Call = { name, args };
    calls.push(call);
    try {
      const result = backend(name, args);
      // The return value crosses as JSON too.
      const value = result === undefined ? null : JSON.parse(JSON.stringify(result));
      call.result = value;
      return JSON.stringify({ ok: true, value });
    } catch (e) {
      call.error = e instanceof Error ? e.message : String(e);
      return JSON.stringify({ ok: false, message: call.error });
    }
  });
  // Fail a step in seconds with its selector, rather than the whole test at jest's limit.
  page.setDefaultTimeout(8_000);
  await page.addInitScript(installStandIn, SIDEBAR_FUNCTIONS);
  await page.addInitScript(countCompiledFunctions);
  await page.goto(harness.url);
  await page.waitForSelector('#app[data-ready="true"], #app-status.status-error');
  if (!options.allowLoadFailure && (await page.$('#app-status.status-error'))) {
    throw new Error(`the sidebar did not load: ${await page.textContent('#app-status')} ${JSON.stringify(calls)}`);
  }
  return { page, calls, pageErrors };
};

/** The sample school, optionally with Settings changed. */
export const sampleSchool = (settings: Record<string, CellValue> = {}): Workbook => {
  const workbook = readCsvFolder(join(ROOT, 'src/local/sample-school'));
  const tab = workbook.tabs.find((t) => t.name === 'Настройки')!;
  for (const [key, value] of Object.entries(settings)) {
    const row = tab.rows.find((r) => r[0] === key);
    if (row) row[1] = value;
    else tab.rows.push([key, value]);
  }
  return workbook;
};

/** The real server: build/Code.js loaded into the local Apps Script runtime over the sample school. */
export const realServer = (workbook: Workbook = sampleSchool()): { runtime: LocalRuntime; app: BundleHandle; backend: Backend } => {
  const runtime = createLocalRuntime({ workbook, locale: 'ru_RU', timeZone: 'Europe/Moscow', htmlDir: BUILD });
  const app = loadBundleFile(runtime, join(BUILD, 'Code.js'));
  const missing = SIDEBAR_FUNCTIONS.filter((name) => !app.has(name));
  if (missing.length > 0) throw new Error(`build/Code.js lacks ${missing.join(', ')}: run node tools/build.mjs`);
  return { runtime, app, backend: (name, args) => app.call(name, ...args) };
};

/** A tab's cells as the script would read them. */
export const tabValues = (runtime: LocalRuntime, name: string): CellValue[][] => {
  const sheet = runtime.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet.getDataRange().getValues() as CellValue[][];
};

export const screenshot = async (page: Page, name: string): Promise<string> => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `sidebar-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
};

/** True when the page is wider than the 300 px sidebar (a horizontal scroll bar would appear). */
export const scrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The id of the focused element ('' when none). */
export const focusedId = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.id ?? '');

/** The focused element's outline: the visible focus ring. */
export const focusRing = (page: Page): Promise<{ style: string; width: string }> =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (!e) return { style: 'none', width: '0px' };
    const css = getComputedStyle(e);
    return { style: css.outlineStyle, width: css.outlineWidth };
  });

/** Form controls with no id or no `<label for>` naming them. */
export const unlabelledControls = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...document.querySelectorAll('input, select, textarea')].filter((c) => !c.id || !document.querySelector(`label[for="${c.id}"]`)).map((c) => c.outerHTML));

export const allIds = (page: Page): Promise<string[]> => page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));

export const countElements = (page: Page, selector: string): Promise<number> => page.evaluate((sel) => document.querySelectorAll(sel).length, selector);
