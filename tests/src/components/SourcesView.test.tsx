/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp, sample } from './renderApp';

/**
 * Each article's unplaced items are a landmark named by the article, and the list of all of them
 * is named apart: axe's landmark-unique found two regions both called "Not yet placed" in the
 * sources view (the article's panel and the whole collection's).
 */
describe('SourcesView', () => {
  it('names each unplaced region uniquely, the article’s by its title', async () => {
    // (Every source with an unplaced item: the sample's first, and the second given one too.)
    const data = {
      ...sample,
      unplaced: [...sample.unplaced, { ...sample.unplaced[0]!, sourceId: sample.sources[1]!.id }],
    };
    await renderApp({ mode: 'sources' }, async () => ({ ok: true, data }));
    await screen.findByRole('heading', { level: 2, name: 'Sources and what was extracted' });
    const names = screen
      .getAllByRole('region')
      .map((r) => r.getAttribute('aria-label') ?? labelledBy(r))
      .filter((n) => n.startsWith('Not yet placed'));
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(3);
    for (const s of sample.sources) expect(names.some((n) => n.includes(s.title))).toBe(true);
  });
});

function labelledBy(el: Element): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/u).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}
