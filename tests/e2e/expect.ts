/**
 * Minimal assertions for the e2e suite (playwright-core has no `expect`). Value matchers throw
 * at once; locator matchers and `poll` wait for the condition, so tests never sleep.
 */
import { isDeepStrictEqual, inspect } from 'node:util';
import type { Locator } from 'playwright-core';

/**
 * How long a wait may take before the test fails: every locator matcher, `poll` and the browser
 * context's own waits (harness.ts). A passing test never reaches it (a wait ends as soon as its
 * state holds); it only has to outlast a busy 2-core machine running two tests at once, where a
 * first render took more than 5 s.
 */
export const WAIT_MS = 15_000;

function fail(label: string | undefined, message: string): never {
  throw new Error(label ? `${label}: ${message}` : message);
}

const show = (v: unknown) => inspect(v, { depth: 4, breakLength: 120 });

export interface ValueMatchers<T> {
  toBe(expected: T): void;
  toEqual(expected: T): void;
  not: { toBe(expected: T): void; toEqual(expected: T): void };
  toBeGreaterThan(n: number): void;
  toBeLessThan(n: number): void;
  toContain(item: unknown): void;
  toMatch(re: RegExp): void;
}

export interface LocatorMatchers {
  toBeVisible(): Promise<void>;
  toBeHidden(): Promise<void>;
  toHaveCount(n: number): Promise<void>;
  toBeFocused(): Promise<void>;
}

function isLocator(v: unknown): v is Locator {
  return typeof v === 'object' && v !== null && 'waitFor' in v && 'evaluateAll' in v;
}

export function expect(actual: Locator, label?: string): LocatorMatchers;
export function expect<T>(actual: T, label?: string): ValueMatchers<T>;
export function expect<T>(actual: T, label?: string): ValueMatchers<T> | LocatorMatchers {
  if (isLocator(actual)) return locatorMatchers(actual, label ?? actual.toString());
  return {
    toBe: (e) =>
      void (Object.is(actual, e) || fail(label, `expected ${show(e)}, got ${show(actual)}`)),
    toEqual: (e) =>
      void (
        isDeepStrictEqual(actual, e) || fail(label, `expected ${show(e)}, got ${show(actual)}`)
      ),
    not: {
      toBe: (e) => void (!Object.is(actual, e) || fail(label, `expected anything but ${show(e)}`)),
      toEqual: (e) =>
        void (!isDeepStrictEqual(actual, e) || fail(label, `expected anything but ${show(e)}`)),
    },
    toBeGreaterThan: (n) =>
      void ((actual as number) > n || fail(label, `expected > ${n}, got ${show(actual)}`)),
    toBeLessThan: (n) =>
      void ((actual as number) < n || fail(label, `expected < ${n}, got ${show(actual)}`)),
    toContain: (item) => {
      const ok =
        typeof actual === 'string'
          ? actual.includes(String(item))
          : Array.isArray(actual) && actual.some((a) => isDeepStrictEqual(a, item));
      if (!ok) fail(label, `expected ${show(actual)} to contain ${show(item)}`);
    },
    toMatch: (re) =>
      void (re.test(String(actual)) || fail(label, `expected ${show(actual)} to match ${re}`)),
  };
}

function locatorMatchers(loc: Locator, label: string): LocatorMatchers {
  const waitOr = async (state: 'visible' | 'hidden', what: string) => {
    try {
      await loc.first().waitFor({ state, timeout: WAIT_MS });
    } catch {
      fail(label, `not ${what} within ${WAIT_MS} ms`);
    }
  };
  return {
    toBeVisible: () => waitOr('visible', 'visible'),
    toBeHidden: () => waitOr('hidden', 'hidden'),
    toHaveCount: async (n) => {
      await poll(
        () => loc.count(),
        (c) => c === n,
        `${label}: expected ${n} elements`,
      );
    },
    toBeFocused: async () => {
      await poll(
        () => loc.evaluate((el) => el === document.activeElement).catch(() => false),
        (f) => f,
        `${label}: expected focus`,
      );
    },
  };
}

/**
 * Re-evaluates `read` until `ok` holds (every 50 ms, up to `timeout`), then returns the value.
 * On timeout it throws with the last value seen, which is usually the clue to the failure.
 */
export async function poll<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  message: string,
  timeout = WAIT_MS,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > end) throw new Error(`${message} (last value: ${show(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
