import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState, mergeSearch } from '../../../src/state/url';
import { DEFAULT_VIEW, LANGS, MODES, type ViewState } from '../../../src/state/viewState';

const key = fc.string({ minLength: 1, maxLength: 12 });
const keys = fc.uniqueArray(key, { maxLength: 3 });
const ms = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) });
const viewArb: fc.Arbitrary<ViewState> = fc.record({
  domain: fc.option(
    fc.tuple(ms, ms).filter(([a, b]) => a < b),
    { nil: null },
  ),
  selectedId: fc.option(fc.stringMatching(/^[a-z0-9-]{1,30}$/), { nil: null }),
  filters: fc.record({
    themes: keys,
    actors: keys,
    places: keys,
    organisations: keys,
    sources: keys,
  }),
  query: fc.string({ maxLength: 20 }),
  lang: fc.constantFrom(...LANGS),
  mode: fc.constantFrom(...MODES),
});

describe('encodeState / decodeState', () => {
  it('decodeState(encodeState(view)) restores every view exactly', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        expect({ ...DEFAULT_VIEW, ...decodeState(encodeState(view)) }).toEqual(view);
      }),
      { seed: 20260216, numRuns: 300 },
    );
  });

  it('encodeState() writes readable dates and leaves defaults out', () => {
    const text = encodeState({
      ...DEFAULT_VIEW,
      domain: [Date.UTC(2022, 2, 1), Date.UTC(2022, 5, 1)],
      selectedId: 'congress-2022-03-01-nur-otan',
      filters: { ...DEFAULT_VIEW.filters, themes: ['party'], places: ['astana'] },
    });
    expect(text).toBe(
      'range=2022-03-01..2022-06-01&event=congress-2022-03-01-nur-otan&theme=party&place=astana&lang=kk',
    );
  });

  it('decodeState() ignores malformed values', () => {
    expect(decodeState('range=2022-03-01..nope&lang=fr&mode=grid&event=')).toEqual({});
    expect(decodeState('range=2022-06-01..2022-03-01')).toEqual({});
    expect(decodeState('?lang=ru&mode=list')).toEqual({ lang: 'ru', mode: 'list' });
  });
});

describe('mergeSearch', () => {
  it('mergeSearch() keeps parameters that are not ours and replaces ours', () => {
    const out = mergeSearch('?data=./x.json&event=old&lang=en', { ...DEFAULT_VIEW, lang: 'ru' });
    expect(out).toBe('data=.%2Fx.json&lang=ru');
  });
});
