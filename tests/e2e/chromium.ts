/**
 * Where the browser for the end-to-end tests lives and how it is started. Debian's Chromium
 * is used because `npx playwright install` downloads from a CDN, which CI may not reach.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** CHROMIUM_PATH lets a developer on another system point at their own Chrome or Chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function missingChromiumMessage(): string {
  return [
    `× Chromium was not found at ${chromiumPath()}; the end-to-end tests need it.`,
    '  Install it with:  sudo apt-get install -y chromium',
    '  or point CHROMIUM_PATH at an existing Chrome/Chromium binary.',
  ].join('\n');
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath())) throw new Error(missingChromiumMessage());
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Belt and braces next to the request guard: no host but the test server even resolves.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}
