/**
 * The e2e suite's tiny test API. A spec file calls `test(name, fn, options)`; the runner
 * (run.ts) gives every test a fresh browser context with two guards installed:
 *  - every request is routed: one to any host but the test server fails the test (privacy);
 *  - every console error or warning and every uncaught page error fails the test.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { WAIT_MS } from './expect';
import { BASE_PATH } from './server';

/** Screenshots and other artefacts; ignored by git. */
export const RESULTS_DIR = resolve('test-results');
/** The data the build shipped with: tests compare the page against it. */
export const DATA_FILE = resolve('data/events.json');

export interface TestOptions {
  viewport?: { width: number; height: number };
  /** Browser UI language (navigator.language). Kazakh by default: the app's primary audience. */
  locale?: string;
  /** Phone emulation: touch events and the mobile viewport meta. */
  mobile?: boolean;
  deviceScaleFactor?: number;
  colorScheme?: 'light' | 'dark';
}

export interface TestContext {
  page: Page;
  context: BrowserContext;
  origin: string;
  /** URL of the app under the school sub-path, e.g. app('?lang=ru#x'). */
  app(suffix?: string): string;
  /** Accept console messages matching `pattern` in this test (e.g. a deliberately broken file). */
  allowConsole(pattern: RegExp): void;
  /** Every URL the page requested, in order. */
  requests: string[];
}

export type TestFn = (t: TestContext) => Promise<void>;

export interface Registered {
  name: string;
  fn: TestFn;
  options: TestOptions;
  file: string;
}

const registry: Registered[] = [];
const serialFiles = new Set<string>();
let currentFile = '';

export function test(name: string, fn: TestFn, options: TestOptions = {}): void {
  registry.push({ name, fn, options, file: currentFile });
}

/**
 * The calling spec file's tests run one after another, never beside each other: the runner runs
 * two tests at a time, and these share something of their own (a server on a fixed port).
 */
export function serialFile(): void {
  serialFiles.add(currentFile);
}

export function setCurrentFile(file: string): void {
  currentFile = file;
}

/**
 * The tests as units of work for the runner's parallel workers: each test alone, except that a
 * serial file's tests form one unit, in their order.
 */
export function units(tests: readonly Registered[]): Registered[][] {
  const byFile = new Map<string, Registered[]>();
  const out: Registered[][] = [];
  for (const t of tests) {
    if (!serialFiles.has(t.file)) {
      out.push([t]);
      continue;
    }
    let unit = byFile.get(t.file);
    if (!unit) {
      unit = [];
      byFile.set(t.file, unit);
      out.push(unit);
    }
    unit.push(t);
  }
  return out;
}

export function registeredTests(): readonly Registered[] {
  return registry;
}

export interface Outcome {
  problems: string[];
  requests: number;
}

/** Runs one test in a fresh context and returns what went wrong (empty when it passed). */
export async function runOne(
  browser: Browser,
  origin: string,
  t: Registered,
  onFailure: (page: Page) => Promise<void>,
): Promise<Outcome> {
  const o = t.options;
  const context = await browser.newContext({
    viewport: o.viewport ?? { width: 1366, height: 768 },
    locale: o.locale ?? 'kk-KZ',
    // A DST-observing zone far from Almaty: a local-time leak shifts dates and fails a test.
    timezoneId: 'America/Los_Angeles',
    hasTouch: o.mobile ?? false,
    isMobile: o.mobile ?? false,
    deviceScaleFactor: o.deviceScaleFactor ?? 1,
    colorScheme: o.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    // A service worker's fetches would bypass route(); block it so the guard sees everything.
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(15_000);
  const problems: string[] = [];
  // Our own doing: the context blocks service workers (see above) and Playwright says so.
  const allowed: RegExp[] = [/^Service Worker registration blocked by Playwright/];
  const requests: string[] = [];
  const ownHost = new URL(origin).host;

  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (new URL(url).host !== ownHost) {
      problems.push(`request left the origin: ${url}`);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('websocket', (ws) => problems.push(`websocket opened: ${ws.url()}`));
  page.on('console', (msg) => {
    const type = msg.type();
    if (type !== 'error' && type !== 'warning' && type !== 'assert') return;
    const text = `${msg.text()} @ ${msg.location().url}`;
    if (!allowed.some((re) => re.test(text))) problems.push(`console ${type}: ${text}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught error in page: ${err.message}`));

  const ctx: TestContext = {
    page,
    context,
    origin,
    app: (suffix = '') => `${origin}${BASE_PATH}${suffix}`,
    allowConsole: (re) => allowed.push(re),
    requests,
  };
  try {
    await withTimeout(t.fn(ctx), 60_000, t.name);
  } catch (err) {
    problems.unshift(err instanceof Error ? (err.stack ?? err.message) : String(err));
  }
  if (problems.length > 0) await onFailure(page).catch(() => undefined);
  await context.close();
  return { problems, requests: requests.length };
}

function withTimeout<T>(p: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`"${name}" took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}
