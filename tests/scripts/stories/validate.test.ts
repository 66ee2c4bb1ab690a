import { describe, expect, it } from 'vitest';
import { validateStories } from '../../../scripts/stories/validate';
import { fixture } from '../../src/classroom/fixture';

const story = (id: string, eventIds: string[]) => ({
  id,
  title: { kk: 'Сабақ' },
  steps: eventIds.map((eventId) => ({ eventId, note: { kk: 'ескертпе' } })),
});

describe('validateStories', () => {
  it('passes stories whose every step names an existing event', () => {
    const r = validateStories(
      [{ file: 'data/stories/a.json', data: story('a', ['coalition-2026', 'meeting-2022-03']) }],
      fixture,
    );
    expect(r.errors).toEqual([]);
    expect(r.stories).toHaveLength(1);
  });

  it('names the file, the 1-based step and the id of a vanished event', () => {
    const r = validateStories(
      [{ file: 'data/stories/a.json', data: story('a', ['coalition-2026', 'gone-2022']) }],
      fixture,
    );
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(
      /^data\/stories\/a\.json: step 2: event id "gone-2022" is not in data\/events\.json/,
    );
  });

  it('reports malformed files, ids that differ from the file name and duplicate ids', () => {
    const r = validateStories(
      [
        { file: 'data/stories/bad.json', data: { id: 'bad', steps: [] } },
        { file: 'data/stories/b.json', data: story('c', ['coalition-2026']) },
        { file: 'data/stories/c.json', data: story('c', ['coalition-2026']) },
      ],
      fixture,
    );
    expect(r.errors.some((e) => e.startsWith('data/stories/bad.json: title'))).toBe(true);
    expect(r.errors).toContain('data/stories/b.json: story id "c" differs from the file name "b"');
    expect(r.errors).toContain(
      'data/stories/c.json: story id "c" is already used by data/stories/b.json',
    );
  });
});
