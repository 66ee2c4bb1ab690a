/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import raw from '../../fixtures/events.sample.json';
import { loadEvents } from '../../../src/state/loadEvents';
import { renderApp } from './renderApp';

describe('ErrorScreen', () => {
  it('<ErrorScreen> names the event and field of invalid data, in the UI language', async () => {
    const bad = structuredClone(raw) as { events: { date: { precision: string } }[] };
    (bad.events[1] as { date: { precision: string } }).date.precision = 'week';
    const load = () =>
      loadEvents('./data/events.json', async () => new Response(JSON.stringify(bad)));
    await renderApp({ lang: 'ru' }, load);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('Не удалось показать данные');
    expect(alert).toHaveTextContent('Событие № 2 «renaming-2022-03-01-nur-otan-amanat»');
    expect(within(alert).getByText('date.precision')).toBeInTheDocument();
    expect(alert).toHaveTextContent('недопустимое значение');
  });

  it('<ErrorScreen> explains a missing file and can try again', async () => {
    let calls = 0;
    const load = async () => {
      calls++;
      return {
        ok: false as const,
        kind: 'network' as const,
        status: 404,
        url: './data/events.json',
      };
    };
    const { user } = await renderApp({}, load);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data file did not load (./data/events.json).');
    expect(alert).toHaveTextContent('Server answered: 404');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(calls).toBe(2);
  });
});

describe('UnknownIdNotice', () => {
  it('<UnknownIdNotice> says an unknown linked event was not found and still shows the events', async () => {
    await renderApp({ selectedId: 'no-such-event', mode: 'list' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Event “no-such-event” was not found');
    expect(screen.getByRole('region', { name: 'List of events' })).toBeInTheDocument();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('<ErrorScreen> asks before following a redirect whose target the page cannot see', async () => {
    let calls = 0;
    const load = async () => {
      calls++;
      return { ok: false as const, kind: 'consent' as const, url: 'http://x/d.json', host: null };
    };
    const { user } = await renderApp({}, load);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This address forwards to another one');
    await user.click(
      within(alert).getByRole('button', { name: 'Follow the address and load the data' }),
    );
    expect(calls).toBe(2);
  });
});
