import { describe, expect, it } from 'vitest';
import { fullDomainOf, sortEvents } from '../../../../src/model/queries/sortEvents';
import { sample } from './fixture';

describe('sortEvents', () => {
  it('sortEvents() orders by start of the date range, then by id', () => {
    const ids = sortEvents([...sample.events].reverse()).map((e) => e.id);
    expect(ids).toEqual([
      'congress-2022-03-01-nur-otan',
      'renaming-2022-03-01-nur-otan-amanat',
      'meeting-2022-04-nur-otan-programme',
      'proposal-2026-coalition-events',
      'headquarters-2026-02-16-astana-coalition',
    ]);
  });
});

describe('fullDomainOf', () => {
  it('fullDomainOf() covers every event, and is null for none', () => {
    expect(fullDomainOf(sample.events)).toEqual([Date.UTC(2022, 2, 1), Date.UTC(2027, 0, 1)]);
    expect(fullDomainOf([])).toBeNull();
  });
});
