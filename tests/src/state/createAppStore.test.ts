import { describe, expect, it } from 'vitest';
import { createAppStore, selectView } from '../../../src/state/createAppStore';
import { DEFAULT_VIEW } from '../../../src/state/viewState';

describe('createAppStore', () => {
  it('createAppStore(initial) starts from defaults overridden by the initial view', () => {
    const store = createAppStore({ lang: 'ru', selectedId: 'x' });
    expect(selectView(store.getState())).toEqual({ ...DEFAULT_VIEW, lang: 'ru', selectedId: 'x' });
    expect(selectView(createAppStore().getState())).toEqual(DEFAULT_VIEW);
  });

  it('toggleFilter() adds and removes a key without touching other facets', () => {
    const store = createAppStore();
    store.getState().toggleFilter('places', 'astana');
    store.getState().toggleFilter('themes', 'party');
    store.getState().toggleFilter('places', 'astana');
    expect(store.getState().filters).toEqual({ ...DEFAULT_VIEW.filters, themes: ['party'] });
    store.getState().clearFilters();
    expect(store.getState().filters).toEqual(DEFAULT_VIEW.filters);
  });

  it('setDomain() skips a range equal to the current one', () => {
    const store = createAppStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().setDomain([0, 10]);
    store.getState().setDomain([0, 10]);
    expect(calls).toBe(1);
  });
});
