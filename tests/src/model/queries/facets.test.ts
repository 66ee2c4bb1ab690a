import { describe, expect, it } from 'vitest';
import { NO_FILTERS, countFacet, filterEvents } from '../../../../src/model/queries/facets';
import { sample } from './fixture';

describe('filterEvents', () => {
  it('filterEvents() ORs picks within a facet and ANDs across facets', () => {
    const party = filterEvents(sample.events, { ...NO_FILTERS, themes: ['party'] });
    expect(party).toHaveLength(3);
    const partyOrConst = filterEvents(sample.events, {
      ...NO_FILTERS,
      themes: ['party', 'constitution'],
    });
    expect(partyOrConst).toHaveLength(5);
    const both = filterEvents(sample.events, {
      ...NO_FILTERS,
      themes: ['party'],
      actors: ['Ерлан Қошанов'],
    });
    expect(both.map((e) => e.id)).toEqual(['renaming-2022-03-01-nur-otan-amanat']);
  });
});

describe('countFacet', () => {
  it('countFacet() counts each option under the other facets only', () => {
    const themes = countFacet(sample.events, { ...NO_FILTERS, themes: ['party'] }, 'themes');
    expect(themes.get('party')).toBe(3);
    expect(themes.get('constitution')).toBe(2);
    const places = countFacet(sample.events, { ...NO_FILTERS, themes: ['party'] }, 'places');
    expect(places.get('astana')).toBeUndefined();
    expect(countFacet(sample.events, NO_FILTERS, 'places').get('astana')).toBe(2);
  });

  it('countFacet() keeps a picked option that matches nothing at 0', () => {
    const counts = countFacet(
      sample.events,
      { ...NO_FILTERS, themes: ['party'], places: ['astana'] },
      'places',
    );
    expect(counts.get('astana')).toBe(0);
  });
});
