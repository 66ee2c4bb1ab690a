// A school site on another origin embeds the timeline in a sandboxed iframe.
import { createServer, type Server } from 'node:http';
import { EMBED_RESIZE_SNIPPET } from '../../../src/classroom/embed-snippet';
import { toIframeSnippet } from '../../../src/classroom/toIframeSnippet';
import { expect, poll } from '../expect';
import { serialFile, test } from '../harness';
import { BASE_PATH } from '../server';
import { cl } from './classroom';

/** The school site: a second local origin (the classroom engineer's port 5602). */
// Its tests share a server on a fixed port: they take turns.
serialFile();

const SCHOOL_PORT = Number(process.env.E2E_SCHOOL_PORT ?? 5602);

function schoolSite(html: string): Promise<Server> {
  const server = createServer((_, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html),
  );
  return new Promise((ok) => server.listen(SCHOOL_PORT, '127.0.0.1', () => ok(server)));
}

test('the embed renders in a sandboxed iframe on another origin, resizes it and stays on its origin', async (t) => {
  const src = `${t.origin}${BASE_PATH}embed.html?lang=en&theme=party`;
  const page = `<!doctype html><html lang="en"><head><title>School</title></head><body><h1>School</h1>
${toIframeSnippet({ src, title: cl('en', 'embed.frameTitle'), height: 200 })}
${EMBED_RESIZE_SNIPPET}</body></html>`;
  const server = await schoolSite(page);
  // Its own context: the harness's guard allows only the app's origin, and here the parent
  // page lives on a second one. This context records every request with the frame it came from.
  const context = await t.context.browser()!.newContext({
    viewport: { width: 1200, height: 900 },
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const outside: string[] = [];
  const school = `http://127.0.0.1:${SCHOOL_PORT}`;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    let frameUrl: string;
    try {
      frameUrl = route.request().frame().url();
    } catch {
      frameUrl = t.origin; // a service worker's request: the app's own
    }
    const fromEmbed = frameUrl.startsWith(t.origin) || url.origin === t.origin;
    const allowed = fromEmbed
      ? url.origin === t.origin
      : url.origin === school || url.origin === t.origin;
    if (!allowed) outside.push(url.href);
    return allowed ? route.continue() : route.abort('blockedbyclient');
  });
  try {
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(school);
    const frame = p.frameLocator('iframe[data-shejire-embed]');
    await expect(
      frame.getByRole('link', { name: cl('en', 'embed.openFull') }),
      'open full view link',
    ).toBeVisible();
    await expect(
      frame.locator('[role="region"][aria-roledescription="timeline"]'),
      'the timeline',
    ).toBeVisible();
    const link = await frame
      .getByRole('link', { name: cl('en', 'embed.openFull') })
      .getAttribute('href');
    expect(link, 'full view link').toBe(`${t.origin}${BASE_PATH}?lang=en&theme=party`);
    // The embedded page reported its height and the snippet applied it.
    const height = await poll(
      () =>
        p
          .locator('iframe[data-shejire-embed]')
          .evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height),
      (h) => h > 200,
      'iframe height after the resize message',
    );
    const content = await frame
      .locator('.classroom-embed-frame')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    expect(Math.abs(height - content) <= 1, `iframe ${height}px vs content ${content}px`).toBe(
      true,
    );
    expect(outside, 'requests outside the allowed origins').toEqual([]);
    expect(errors, 'page errors').toEqual([]);
  } finally {
    await context.close();
    await new Promise((done) => server.close(done));
  }
});
