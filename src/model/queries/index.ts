export { edtfRange } from './edtfRange';
export { eventStartMs, fullDomainOf, sortEvents } from './sortEvents';
export { foldWord, normalizeWord, tokenize } from './normalizeWord';
export { createSearch, matchesQuery, searchIndexOf } from './searchEvents';
export {
  FACET_NAMES,
  NO_FILTERS,
  countFacet,
  facetKeysOf,
  filterEvents,
  matchesFilters,
} from './facets';
export type { FacetName, Filters } from './facets';
export { THEME_ORDER } from './themeOrder';
export { toldSeason, toldSeasonEdtf } from './toldSeason';
export type { SeasonCode } from './toldSeason';
