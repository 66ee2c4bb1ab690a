// A school webmaster points ?data= at a file of their own; when it is wrong, the page says so.
import { events, tr } from '../app';
import { expect } from '../expect';
import { test } from '../harness';

test('?data= with a file that is not JSON shows the error screen', async (t) => {
  await t.page.goto(t.app('?lang=en&data=/fixtures/not-json.json'));
  const alert = t.page.getByRole('alert');
  await expect(alert.getByText(tr('en', 'error.title')), 'error title').toBeVisible();
  await expect(
    alert.getByText(tr('en', 'error.json', { url: '/fixtures/not-json.json' })),
  ).toBeVisible();
});

test('?data= with a file that breaks the schema names the wrong event', async (t) => {
  // Built from the current data file, so only the one broken event is wrong as the schema evolves.
  const file = structuredClone(events());
  const [first] = file.events;
  Object.assign(first!, { id: 'broken-event', themes: ['no-such-theme'] });
  const isFixture = (url: URL) => url.pathname === '/fixtures/bad-schema.json';
  await t.page.route(isFixture, (route) => route.fulfill({ json: file }));
  await t.page.goto(t.app('?lang=en&data=/fixtures/bad-schema.json'));
  const alert = t.page.getByRole('alert');
  await expect(alert.getByText(tr('en', 'error.title')), 'error title').toBeVisible();
  await expect(alert.getByText('broken-event').first(), 'the id of the broken event').toBeVisible();
});

test('?data= with a missing file shows the error screen with the server status', async (t) => {
  t.allowConsole(/404/);
  await t.page.goto(t.app('?lang=en&data=/fixtures/missing.json'));
  const alert = t.page.getByRole('alert');
  await expect(alert.getByText(tr('en', 'error.title')), 'error title').toBeVisible();
  await expect(alert.getByText(tr('en', 'error.status', { status: 404 })), 'status').toBeVisible();
});
