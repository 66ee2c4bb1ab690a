/**
 * Shared helpers of the classroom specs: the classroom namespace's strings (the app shows
 * them through i18next under 'classroom'; the same JSON files are read here) and a QR reader.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator, Page } from 'playwright-core';
import { createClassroomT } from '../../../src/classroom/createClassroomT';
import { openApp } from '../app';
import type { TestContext } from '../harness';

/** A classroom string in `lang`, e.g. cl('en', 'presentation.enter'). */
export function cl(lang: string, key: string, values?: Record<string, string | number>): string {
  return createClassroomT(lang)(key, values);
}

/** Decodes the QR code in a PNG screenshot, or null. */
export function decodeQr(png: Buffer): string | null {
  const img = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data ?? null;
}

/** The presentation overlay (a modal dialog named by presentation.label). */
export function presentation(page: Page, lang: string): Locator {
  return page.getByRole('dialog', { name: cl(lang, 'presentation.label') });
}

/**
 * The runner blocks service workers (its request guard must see every request), and Chromium
 * then warns when the PWA registers one. Expected in these tests, so accepted.
 */
export function allowBlockedServiceWorker(t: TestContext): void {
  t.allowConsole(/Service Worker registration blocked/);
}

/** Opens the app and enters presentation mode through its button. */
export async function openPresentation(t: TestContext, lang: string, query = ''): Promise<Locator> {
  allowBlockedServiceWorker(t);
  await openApp(t, `?lang=${lang}${query}`);
  await t.page.getByRole('button', { name: cl(lang, 'presentation.enter') }).click();
  return presentation(t.page, lang);
}

/** Saves a download triggered by `click` and returns its bytes and suggested name. */
export async function downloadOf(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await dl.path();
  const { readFileSync } = await import('node:fs');
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}
