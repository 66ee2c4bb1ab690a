/** The argument finders of the news extractor: places, organisations, figures, people, quotes. */
export { findPlaces } from './findPlaces';
export { findOrganisations } from './findOrganisations';
export { findFigures } from './findFigures';
export { findPersons } from './findPersons';
export { parseCaption } from './parseCaption';
export { findQuotes } from './findQuotes';
export type {
  Caption,
  FigureHit,
  Hit,
  Lang,
  OrganisationHit,
  PersonHit,
  PlaceHit,
  PlaceKind,
  Qualifier,
  QuoteHit,
} from './types';
