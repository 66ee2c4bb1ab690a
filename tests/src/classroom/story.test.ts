import { describe, expect, it } from 'vitest';
import { Story, storyIdFromUrl } from '../../../src/classroom/story';

describe('Story', () => {
  it('accepts Kazakh-only texts and rejects a story without steps or with a bad id', () => {
    const step = { eventId: 'a-1', note: { kk: 'ескертпе' } };
    expect(Story.safeParse({ id: 's', title: { kk: 'т' }, steps: [step] }).success).toBe(true);
    expect(Story.safeParse({ id: 's', title: { kk: 'т' }, steps: [] }).success).toBe(false);
    expect(Story.safeParse({ id: 'S!', title: { kk: 'т' }, steps: [step] }).success).toBe(false);
    expect(Story.safeParse({ id: 's', title: { ru: 'т' }, steps: [step] }).success).toBe(false);
  });
});

describe('storyIdFromUrl', () => {
  it('reads ?story= from a search string or a full url and rejects odd ids', () => {
    expect(storyIdFromUrl('?lang=kk&story=amanat-2022')).toBe('amanat-2022');
    expect(storyIdFromUrl('https://s.kz/a/?story=x1#frag')).toBe('x1');
    expect(storyIdFromUrl('?lang=kk')).toBeNull();
    expect(storyIdFromUrl('?story=<script>')).toBeNull();
  });
});
