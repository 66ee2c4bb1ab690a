/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from './renderApp';

const titles = () =>
  within(screen.getByRole('region', { name: 'List of events' }))
    .getAllByRole('button')
    .map((b) => b.querySelector('.event-list-title')?.textContent);

describe('ListView', () => {
  it('<ListView> lists events in timeline order (range start, then id)', async () => {
    await renderApp();
    await screen.findByRole('region', { name: 'List of events' });
    expect(titles()).toEqual([
      'Extraordinary 22nd congress of the Nur Otan party',
      'Renaming Nur Otan to Amanat proposed',
      'Review of the election programme',
      'Coalition headquarters plans about a thousand events',
      'City headquarters of the national coalition opened in Astana',
    ]);
  });

  it('<ListView> follows the filters and opens the event panel', async () => {
    const { user, store } = await renderApp({
      filters: { themes: ['constitution'], actors: [], places: [], organisations: [], sources: [] },
    });
    await screen.findByRole('region', { name: 'List of events' });
    expect(titles()).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: /plans about a thousand/ }));
    expect(store.getState().selectedId).toBe('proposal-2026-coalition-events');
    expect(
      screen.getByRole('complementary', { name: /plans about a thousand/ }),
    ).toBeInTheDocument();
  });
});
