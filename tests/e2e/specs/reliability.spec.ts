// Hostile and unlucky input (issue 10): no request to another site without consent, no blank
// page, no framing of the full app, no CSP violation on a normal load.
import { createServer, type Server } from 'node:http';
import { expect, poll } from '../expect';
import { serialFile, test } from '../harness';
import { BASE_PATH } from '../server';
import { events } from '../app';
import { tr } from '../strings';

/** A second local origin: the "other site" a ?data= link or a redirect leads to, or a school page. */
// Its tests share a server on a fixed port: they take turns.
serialFile();

const OTHER_PORT = Number(process.env.E2E_OTHER_PORT ?? 5603);
const OTHER = `http://127.0.0.1:${OTHER_PORT}`;

async function otherSite(html = '{}'): Promise<{ hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const type = html.startsWith('<') ? 'text/html' : 'application/json';
    res.writeHead(200, {
      'Content-Type': `${type}; charset=utf-8`,
      'Access-Control-Allow-Origin': '*',
    });
    res.end(html);
  });
  await new Promise<void>((ok) => server.listen(OTHER_PORT, '127.0.0.1', ok));
  return {
    hits,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

test('the embed asks before loading ?data= from another site and contacts nobody until then', async (t) => {
  const other = await otherSite();
  try {
    await t.page.goto(t.app(`embed.html?lang=en&data=${OTHER}/events.json`));
    const alert = t.page.getByRole('alert');
    await expect(alert, 'the consent question').toBeVisible();
    expect(await alert.textContent(), 'names the other site').toMatch(/127\.0\.0\.1:5603/u);
    await expect(
      t.page.getByRole('button', { name: 'Load the data' }),
      'load button',
    ).toBeVisible();
    await t.page.waitForTimeout(300);
    expect(other.hits, 'requests to the other site').toEqual([]);
  } finally {
    await other.close();
  }
});

test('a same-site ?data= address that redirects to another site asks before following it', async (t) => {
  const other = await otherSite();
  try {
    await t.page.route(
      (url) => url.pathname === '/fixtures/moved.json',
      (route) => route.fulfill({ status: 302, headers: { Location: `${OTHER}/events.json` } }),
    );
    await t.page.goto(t.app('?lang=en&data=/fixtures/moved.json'));
    const alert = t.page.getByRole('alert');
    await expect(
      alert.getByText(tr('en', 'consent.redirectExplain')),
      'redirect consent',
    ).toBeVisible();
    await t.page.waitForTimeout(300);
    expect(other.hits, 'requests to the other site').toEqual([]);
  } finally {
    await other.close();
  }
});

test('a link too long for a QR code (a pasted 2,500-character search) still shows the app', async (t) => {
  await t.page.goto(t.app(`?lang=en&q=${'x'.repeat(2500)}`));
  await expect(t.page.getByRole('searchbox').first(), 'the search box').toBeVisible();
  await expect(t.page.getByRole('main'), 'the main view').toBeVisible();
  expect(
    await t.page.locator('#root').evaluate((el) => el.childElementCount > 0),
    'not blank',
  ).toBe(true);
});

test('huge event, story and 1,000 actor= values in a link still show the app, not a blank page', async (t) => {
  const actors = Array.from({ length: 1_000 }, (_, i) => `actor=a${i}`).join('&');
  for (const query of [
    `?lang=en&event=${'e'.repeat(3000)}`,
    `?lang=en&story=${'s'.repeat(3000)}`,
    `?lang=en&${actors}`,
  ]) {
    await t.page.goto(t.app(query));
    await expect(
      t.page.getByRole('main'),
      `the main view for ${query.slice(0, 30)}…`,
    ).toBeVisible();
  }
});

test('?data= with an impossible date (30 February) names it instead of drawing 2 March', async (t) => {
  const file = structuredClone(events());
  Object.assign(file.events[0]!, { id: 'impossible-day' });
  file.events[0]!.date.edtf = '2022-02-30';
  await t.page.route(
    (url) => url.pathname === '/fixtures/impossible.json',
    (route) => route.fulfill({ json: file }),
  );
  await t.page.goto(t.app('?lang=en&data=/fixtures/impossible.json'));
  const alert = t.page.getByRole('alert');
  await expect(alert.getByText(tr('en', 'error.title')), 'error title').toBeVisible();
  await expect(alert.getByText('impossible-day').first(), 'the event').toBeVisible();
  await expect(alert.getByText('date.edtf'), 'the field').toBeVisible();
  expect(await alert.textContent(), 'why').toMatch(/no such day: 2022-02-30/u);
});

test('another site cannot frame the full app; it can frame the embed page', async (t) => {
  const app = `${t.origin}${BASE_PATH}?lang=en`;
  const embed = `${t.origin}${BASE_PATH}embed.html?lang=en`;
  const school = await otherSite(
    `<!doctype html><title>School</title><iframe id="app" src="${app}"></iframe><iframe id="embed" src="${embed}"></iframe>`,
  );
  // Its own context: the page lives on a second origin, which the harness's guard would refuse.
  const context = await t.context.browser()!.newContext({ serviceWorkers: 'block' });
  try {
    const p = await context.newPage();
    const refused: string[] = [];
    p.on('console', (m) => /frame-ancestors/u.test(m.text()) && refused.push(m.text()));
    await p.goto(OTHER);
    await expect(
      p.frameLocator('#embed').locator('[role="region"][aria-roledescription="timeline"]'),
      'the embedded timeline',
    ).toBeVisible();
    await poll(
      async () => refused.length,
      (n) => n > 0,
      'the browser refusing to frame the app',
    );
    expect(await p.frameLocator('#app').locator('#root').count(), 'app inside the frame').toBe(0);
  } finally {
    await context.close();
    await school.close();
  }
});

test('a normal load reports no Content-Security-Policy violation', async (t) => {
  await t.page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
    );
  });
  await t.page.goto(t.app('?lang=en'));
  await expect(
    t.page.locator('[role="region"][aria-roledescription="timeline"]').getByRole('button').first(),
    'a mark on the timeline',
  ).toBeVisible();
  const violations = await t.page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  expect(violations, 'CSP violations').toEqual([]);
});
