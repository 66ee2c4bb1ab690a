// The service worker under real-world servers (issue 10, point 2): a server that sends
// `Vary: Origin` (vite preview did), and a redeploy of a changed build while a reader has the old one.
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { headersFor } from '../../../scripts/serve/headers';
import { expect } from '../expect';
import { serialFile, test } from '../harness';

// Its tests share a server on a fixed port: they take turns.
serialFile();

const PORT = Number(process.env.E2E_DEPLOY_PORT ?? 5604);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIST = resolve(process.env.E2E_DIST ?? 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A web server whose folder can be swapped (a deploy), sending `Vary: Origin` like vite preview. */
async function deployServer(first: string) {
  const site = { root: first };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', ORIGIN).pathname);
    let file = normalize(join(site.root, path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(site.root + sep) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      ...headersFor(relative(site.root, file).split(sep).join('/')),
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      Vary: 'Origin',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(PORT, '127.0.0.1', ok));
  return {
    site,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A copy of the build as a new deploy would differ: other chunk names, a new worker version. */
function changedBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shejire-deploy-'));
  cpSync(DIST, dir, { recursive: true });
  const renames = readdirSync(join(dir, 'assets')).map((name) => {
    const next = name.replace(/(\.[a-z]+)$/u, '-v2$1');
    renameSync(join(dir, 'assets', name), join(dir, 'assets', next));
    return [name, next] as const;
  });
  const rewrite = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) rewrite(path);
      else if (/\.(html|js|css)$/u.test(name)) {
        let text = readFileSync(path, 'utf8');
        for (const [from, to] of renames) text = text.split(from).join(to);
        if (name === 'sw.js')
          text = text.replace(/const CACHE = '([^']+)'/u, "const CACHE = '$1-v2'");
        if (name === 'index.html')
          text = text.replace('<head>', '<head><meta name="shejire-build" content="v2">');
        writeFileSync(path, text);
      }
    }
  };
  rewrite(dir);
  return dir;
}

async function controlledPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/?lang=en`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });
  return page;
}

const timeline = (page: Page) =>
  page.locator('[role="region"][aria-roledescription="timeline"]').getByRole('button').first();

async function withDeploy(
  t: { context: BrowserContext },
  run: (context: BrowserContext, site: { root: string }) => Promise<void>,
) {
  const server = await deployServer(DIST);
  const context = await t.context
    .browser()!
    .newContext({ serviceWorkers: 'allow', reducedMotion: 'reduce' });
  try {
    await run(context, server.site);
  } finally {
    await context.close();
    await server.close();
  }
}

test('offline after one visit even when the server sends Vary: Origin', async (t) => {
  await withDeploy(t, async (context) => {
    const page = await controlledPage(context);
    await context.setOffline(true);
    await page.reload();
    await expect(timeline(page), 'a mark on the timeline offline').toBeVisible();
  });
});

test('after a redeploy a reload shows the new build, and it still works offline', async (t) => {
  await withDeploy(t, async (context, site) => {
    const page = await controlledPage(context);
    site.root = changedBuild();
    await page.reload();
    await expect(timeline(page), 'the timeline after the redeploy').toBeVisible();
    expect(
      await page.locator('meta[name="shejire-build"]').count(),
      'the new build’s page (not the old cached one)',
    ).toBe(1);
    await context.setOffline(true);
    await page.reload();
    await expect(timeline(page), 'the timeline offline after the redeploy').toBeVisible();
  });
});
