import type { Event } from '../schema';

/** The filter dimensions; each holds the keys picked by the reader (empty = no filter). */
export type FacetName = 'themes' | 'actors' | 'places' | 'organisations' | 'sources';
export type Filters = Readonly<Record<FacetName, readonly string[]>>;

export const FACET_NAMES: readonly FacetName[] = [
  'themes',
  'actors',
  'places',
  'organisations',
  'sources',
];

export const NO_FILTERS: Filters = {
  themes: [],
  actors: [],
  places: [],
  organisations: [],
  sources: [],
};

/** The keys an event carries for one facet (actor name, place id, organisation id, source id). */
export function facetKeysOf(event: Event, facet: FacetName): string[] {
  switch (facet) {
    case 'themes':
      return event.themes;
    case 'actors':
      return event.actors.map((a) => a.name);
    case 'places':
      return event.places.map((p) => p.id);
    case 'organisations':
      return event.organisations.map((o) => o.id);
    case 'sources':
      return event.sources.map((s) => s.sourceId);
  }
}

/** Within a facet the picks are OR-ed (any of these places); across facets they are AND-ed. */
export function matchesFilters(event: Event, filters: Filters, except?: FacetName): boolean {
  return FACET_NAMES.every((facet) => {
    const picked = filters[facet];
    if (facet === except || picked.length === 0) return true;
    const keys = facetKeysOf(event, facet);
    return picked.some((p) => keys.includes(p));
  });
}

export function filterEvents(events: readonly Event[], filters: Filters): Event[] {
  return events.filter((e) => matchesFilters(e, filters));
}

/**
 * How many events each option of a facet would show, given the other active filters
 * (the facet's own picks are ignored, so picking one place does not hide the others' counts).
 * Options picked but matching nothing keep a count of 0, so they stay visible and removable.
 */
export function countFacet(
  events: readonly Event[],
  filters: Filters,
  facet: FacetName,
): Map<string, number> {
  const counts = new Map<string, number>(filters[facet].map((k) => [k, 0]));
  for (const e of events) {
    if (!matchesFilters(e, filters, facet)) continue;
    for (const key of new Set(facetKeysOf(e, facet))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
