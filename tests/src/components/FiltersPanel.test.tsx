/** @vitest-environment jsdom */
import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import * as queries from '../../../src/model/queries';
import { renderApp } from './renderApp';

// The real counting, watched: a zoom settling must not recount every facet.
vi.mock('../../../src/model/queries', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/model/queries')>();
  return { ...real, countFacet: vi.fn(real.countFacet) };
});

describe('FiltersPanel', () => {
  it('<FiltersPanel> shows a count per option and narrows the list when one is picked', async () => {
    const { user, store } = await renderApp();
    const filters = await screen.findByRole('navigation', { name: 'Filters' });
    const party = within(filters).getByRole('checkbox', { name: /^Parties\s*\(3\)$/ });
    expect(within(filters).getByRole('checkbox', { name: /^Constitution\s*\(2\)$/ })).toBeEnabled();
    await user.click(party);
    expect(store.getState().filters.themes).toEqual(['party']);
    expect(within(filters).getByText('Events shown: 3 of 5')).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'List of events' });
    expect(within(list).getAllByRole('button')).toHaveLength(3);
  });

  it('<FiltersPanel> counts of one facet follow the filters of the others', async () => {
    const { user } = await renderApp();
    const filters = await screen.findByRole('navigation', { name: 'Filters' });
    await user.click(within(filters).getByText('Places'));
    expect(within(filters).getByRole('checkbox', { name: /^Astana\s*\(2\)$/ })).toBeEnabled();
    await user.click(within(filters).getByRole('checkbox', { name: /Parties/ }));
    // No party event happened in Astana: the option stays visible with 0 and cannot be picked.
    expect(within(filters).getByRole('checkbox', { name: /^Astana\s*\(0\)$/ })).toBeDisabled();
  });

  it('<SearchBox> narrows the events as you type, across inflected Kazakh forms', async () => {
    const { user } = await renderApp();
    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'Тоқаевтың');
    expect(screen.getByText('Events shown: 2 of 5')).toBeInTheDocument();
  });

  it('<FiltersPanel> does not recount when only the visible range changes (a zoom settling)', async () => {
    const { store } = await renderApp();
    await screen.findByRole('navigation', { name: 'Filters' });
    const counted = vi.mocked(queries.countFacet).mock.calls.length;
    expect(counted).toBeGreaterThan(0);
    act(() => store.getState().setDomain([Date.UTC(2022, 0, 1), Date.UTC(2022, 5, 1)]));
    act(() => store.getState().setDomain([Date.UTC(2022, 1, 1), Date.UTC(2022, 4, 1)]));
    expect(vi.mocked(queries.countFacet).mock.calls.length).toBe(counted);
  });
});
