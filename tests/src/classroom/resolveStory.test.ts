import { describe, expect, it } from 'vitest';
import { resolveStory } from '../../../src/classroom/resolveStory';
import { fixture } from './fixture';

describe('resolveStory', () => {
  it('joins steps to events in story order, localizes notes and skips missing ids', () => {
    const story = {
      id: 's',
      title: { kk: 'т' },
      steps: [
        { eventId: 'coalition-2026', note: { kk: 'бір', ru: 'один' } },
        { eventId: 'missing', note: { kk: 'жоқ' } },
        { eventId: 'renaming-2022-03-01', note: { kk: 'екі' } },
      ],
    };
    const steps = resolveStory(story, fixture.events, 'ru');
    expect(steps.map((s) => [s.event.id, s.note])).toEqual([
      ['coalition-2026', 'один'],
      ['renaming-2022-03-01', 'екі'],
    ]);
  });
});
