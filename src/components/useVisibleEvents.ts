import { useMemo } from 'react';
import { createSearch, filterEvents } from '../model/queries';
import type { Event } from '../model/schema';
import { useAppStore } from '../state/StoreContext';
import { useAppData } from './DataContext';

const selectFilters = (s: { filters: import('../model/queries').Filters }) => s.filters;
const selectQuery = (s: { query: string }) => s.query;

/**
 * Events after search and filters, in timeline order. Derived data: computed here, never stored.
 * `searched` is the search result alone, which filter counts start from.
 */
export function useVisibleEvents(): { visible: Event[]; searched: Event[] } {
  const { events } = useAppData();
  const filters = useAppStore(selectFilters);
  const query = useAppStore(selectQuery);
  const search = useMemo(() => createSearch(events), [events]);
  const searched = useMemo(() => search(query), [search, query]);
  const visible = useMemo(() => filterEvents(searched, filters), [searched, filters]);
  return { visible, searched };
}
