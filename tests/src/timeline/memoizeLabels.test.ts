import { describe, expect, it, vi } from 'vitest';
import { memoizeLabels } from '../../../src/timeline/memoizeLabels';

describe('memoizeLabels', () => {
  it('memoizeLabels(labelOf) builds each (item, detail) label once', () => {
    const labelOf = vi.fn((it: { id: string }, d: string) => `${it.id}:${d}`);
    const cached = memoizeLabels(labelOf);
    expect(cached({ id: 'a' }, 'labels')).toBe('a:labels');
    expect(cached({ id: 'a' }, 'labels')).toBe('a:labels');
    expect(cached({ id: 'a' }, 'detail')).toBe('a:detail');
    expect(labelOf).toHaveBeenCalledTimes(2);
  });
});
