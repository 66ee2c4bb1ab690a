// Privacy and self-containment: what a school webmaster must be able to promise parents.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect } from '../expect';
import { test } from '../harness';
import { openApp } from '../app';

const DIST = resolve(process.env.E2E_DIST ?? 'dist');

/** Parses a CSP string into directive → source list. */
function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

test('the page sets a CSP that forbids inline scripts and third-party origins', async (t) => {
  await t.page.goto(t.app());
  const meta = t.page.locator('meta[http-equiv="Content-Security-Policy"]');
  const csp = parseCsp((await meta.getAttribute('content')) ?? '');
  expect(csp.get('default-src'), 'default-src').toEqual(["'self'"]);
  expect(csp.get('script-src'), 'script-src').toEqual(["'self'"]);
  expect(csp.get('object-src'), 'object-src').toEqual(["'none'"]);
  expect(csp.get('base-uri'), 'base-uri').toEqual(["'self'"]);
  // Only the page's own origin (and inline data for images) may be contacted; the one exception
  // is fetch() over https for a ?data= file, which the app makes only after the reader agrees.
  expect(csp.get('connect-src'), 'connect-src').toEqual(["'self'", 'https:']);
  for (const [name, sources] of csp) {
    if (name === 'connect-src') continue;
    for (const s of sources) {
      const local = ["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'].includes(s);
      expect(local, `${name} allows ${s}`).toBe(true);
    }
  }
  const referrer = await t.page.locator('meta[name="referrer"]').getAttribute('content');
  expect(referrer, 'referrer policy').toBe('no-referrer');
  // The policy is enforced, not just present: an injected inline script does not run.
  t.allowConsole(/Content Security Policy/i);
  const ran = await t.page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran, 'inline script ran despite the CSP').toBe(false);
});

test('the built HTML has no inline script and no external URL is referenced', async () => {
  const files = listFiles(DIST);
  const problems: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
      if (!/\bsrc=/.test(tag)) problems.push(`${relative(DIST, file)}: inline ${tag}`);
    }
  }
  // Absolute URLs where the browser would fetch them by itself: src/href of resource elements,
  // CSS url() and @import, fetch()/import()/importScripts() in code, and manifest icons.
  // Plain strings (XML namespaces, React's error links) and article links a reader clicks
  // (<a href>, the sources' "url" in data/) are not fetched, so they are not listed here.
  const FETCHED: [RegExp, RegExp][] = [
    [
      /\.html$/,
      /<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*\b(?:src|href|data|srcset)=["']?(?:https?:)?\/\/[^"'\s>]+/gi,
    ],
    [/\.(css|html)$/, /(?:url\(\s*["']?|@import\s+["'])(?:https?:)?\/\/[^"')\s]+/gi],
    [/\.m?js$/, /\b(?:fetch|import|importScripts)\(\s*["'`](?:https?:)?\/\/[^"'`\s]+/g],
    [/(\.webmanifest|manifest\.json)$/, /"(?:src|start_url|scope)"\s*:\s*"(?:https?:)?\/\/[^"]+/g],
  ];
  for (const file of files) {
    for (const [name, pattern] of FETCHED) {
      if (!name.test(file)) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(pattern)) {
        problems.push(`${relative(DIST, file)}: ${m[0]}`);
      }
    }
  }
  expect(problems, 'external or inline resources in dist/').toEqual([]);
});

test('no cookie is set and no request leaves the origin while using the app', async (t) => {
  await openApp(t);
  await t.page.keyboard.press('Tab');
  await t.page.keyboard.press('Enter');
  expect(await t.context.cookies(), 'cookies').toEqual([]);
  // The request guard in the harness fails the test on any request to another host.
  expect(t.requests.length, 'requests made').toBeGreaterThan(0);
});

test('a ?data= link to another site asks first and contacts nobody until the reader agrees', async (t) => {
  await t.page.goto(t.app('?data=https://tracker.example/events.json'));
  const alert = t.page.getByRole('alert');
  await expect(alert).toBeVisible();
  expect(await alert.textContent(), 'consent text').toMatch(/tracker\.example/u);
  await t.page.waitForTimeout(300);
  const external = t.requests.filter((u) => !u.startsWith(t.origin));
  expect(external, 'requests to other hosts').toEqual([]);
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)],
  );
}
