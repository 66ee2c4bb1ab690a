import { describe, expect, it } from 'vitest';
import {
  createSearch,
  matchesQuery,
  searchIndexOf,
} from '../../../../src/model/queries/searchEvents';
import { byId, sample } from './fixture';

const search = createSearch(sample.events);
const ids = (q: string) => search(q).map((e) => e.id);

describe('createSearch', () => {
  it('createSearch()(query) finds inflected forms from the base form and back', () => {
    expect(ids('Тоқаев')).toEqual(ids('Тоқаевтың'));
    expect(ids('Тоқаев').length).toBe(2);
    expect(ids('Астана')).toContain('headquarters-2026-02-16-astana-coalition');
    expect(ids('Астанада')).toEqual(ids('Астана'));
    expect(ids('Астаной')).toEqual(ids('Астана'));
  });

  it('createSearch()(query) searches the titles in every language and the places', () => {
    expect(ids('congress')).toEqual(['congress-2022-03-01-nur-otan']);
    expect(ids('съезд')).toEqual(['congress-2022-03-01-nur-otan']);
    expect(ids('Astana')).toHaveLength(2);
  });

  it('createSearch(events) reads no event text until a query has words', () => {
    let reads = 0;
    const watched = sample.events.map((e) => ({
      ...e,
      get title() {
        reads += 1;
        return e.title;
      },
    }));
    const lazy = createSearch(watched);
    expect(lazy('')).toHaveLength(sample.events.length);
    expect(reads).toBe(0);
    expect(lazy('congress').map((e) => e.id)).toEqual(['congress-2022-03-01-nur-otan']);
    expect(reads).toBeGreaterThan(0);
  });

  it('createSearch()(query) requires every word and returns everything for a blank query', () => {
    expect(ids('Тоқаев Астана')).toEqual([]);
    expect(ids('   ')).toHaveLength(sample.events.length);
  });

  it('createSearch()(query) finds Kazakh text typed in Latin letters', () => {
    expect(ids('Toqaev')).toHaveLength(2);
  });

  it('createSearch()(query) treats Kazakh, Russian and English spellings of a name as one', () => {
    for (const q of ['Токаев', 'Tokayev', 'Toqaev', 'токаева', 'Tokaev'])
      expect(ids(q), q).toEqual(ids('Тоқаев'));
  });
});

describe('matchesQuery', () => {
  it('matchesQuery() matches actor roles and is case-insensitive', () => {
    const index = searchIndexOf(byId('renaming-2022-03-01-nur-otan-amanat'));
    expect(matchesQuery(index, 'МӘЖІЛІС')).toBe(true);
    expect(matchesQuery(index, 'референдум')).toBe(false);
  });
});
