// A teacher shares a link to "this event, this period, these themes, in Russian".
import {
  eventButton,
  eventButtons,
  eventNamed,
  events,
  openApp,
  panel,
  params,
  rangeOf,
  shownCounts,
  tr,
  waitForAxis,
} from '../app';
import { expect, poll } from '../expect';
import { test } from '../harness';

test('a deep link restores range, selection, filters and language', async (t) => {
  const e = events().events.find((ev) => ev.themes.includes('party'))!;
  const party = events().events.filter((ev) => ev.themes.includes('party')).length;
  const range = '2022-02-01..2022-06-01';
  await t.page.goto(t.app(`?range=${range}&event=${e.id}&theme=party&lang=ru`));
  await expect(panel(t.page, e, 'ru'), 'panel of the linked event, in Russian').toBeVisible();
  expect(await t.page.getAttribute('html', 'lang'), 'document language').toBe('ru');
  const [shown] = await shownCounts(t.page, 'ru');
  expect(shown, 'events shown with theme=party').toBe(party);
  // The range is kept (the URL still says so) and the axis shows its months, not years.
  expect(params(t.page).get('range'), 'range after load').toBe(range);
  const axis = await waitForAxis(t.page);
  expect(
    axis.some((l) => /мар|апр/i.test(l)),
    `Russian month ticks in ${JSON.stringify(axis)}`,
  ).toBe(true);
  await expect(
    t.page.getByRole('button', { name: tr('ru', 'filters.clear'), exact: true }),
  ).toBeVisible();
});

test('back and forward walk through the selected events', async (t) => {
  await openApp(t, '?lang=en');
  const [a, b] = await Promise.all(
    [0, 1].map(async (i) =>
      eventNamed((await eventButtons(t.page).nth(i).getAttribute('aria-label')) ?? '', 'en'),
    ),
  );
  await eventButton(t.page, a!, 'en').click();
  await expect(panel(t.page, a!, 'en'), 'panel A').toBeVisible();
  await eventButton(t.page, b!, 'en').click();
  await expect(panel(t.page, b!, 'en'), 'panel B').toBeVisible();
  await t.page.goBack();
  await expect(panel(t.page, a!, 'en'), 'panel A after Back').toBeVisible();
  await t.page.goBack();
  await expect(panel(t.page, a!, 'en'), 'no panel after Back twice').toBeHidden();
  await poll(
    async () => params(t.page).get('event'),
    (id) => id === null,
    'no event in the URL',
  );
  await t.page.goForward();
  await expect(panel(t.page, a!, 'en'), 'panel A after Forward').toBeVisible();
  expect(rangeOf(t.page) === null || rangeOf(t.page)![0] < rangeOf(t.page)![1], 'valid range').toBe(
    true,
  );
});

test('an unknown event id in a link shows a message and all events', async (t) => {
  await t.page.goto(t.app('?event=no-such-event&lang=en'));
  const message = tr('en', 'notice.unknownId', { id: 'no-such-event' });
  await expect(t.page.getByText(message), 'unknown-id notice').toBeVisible();
  const total = events().events.length;
  expect(await shownCounts(t.page, 'en'), 'all events shown').toEqual([total, total]);
});
