import { describe, expect, it } from 'vitest';
import { bundleFileName, fromBundle, toBundle } from '../../../src/curation/bundle';
import { addArticle, newCollection } from '../../../src/curation/collection';
import type { Event, Source } from '../../../src/model/schema';

const text = 'Бүгін форум өтті. Ертең сессия.';
const source = {
  id: 'article-abc',
  file: 'article-abc.txt',
  title: 'Форум',
  language: 'kk',
  publishedFrom: 'unknown',
  hash: `sha256:${'0'.repeat(64)}`,
  duplicates: [],
  warnings: [],
  stats: { events: 1, dates: 1, undated: 0 },
} satisfies Source;
const event = {
  id: 'teacher-2026-03-14-meeting-0',
  type: 'meeting',
  themes: ['society'],
  status: 'reported',
  date: { edtf: '2026-03-14', precision: 'day', certainty: 'stated', method: 'edited' },
  title: { kk: 'Форум', ru: 'Форум', en: 'Форум' },
  summary: { text: 'Бүгін форум өтті.', lang: 'kk' },
  actors: [],
  places: [],
  organisations: [],
  figures: [],
  quotes: [],
  sources: [
    { sourceId: 'article-abc', evidence: [{ start: 0, end: 17, text: 'Бүгін форум өтті.' }] },
  ],
} satisfies Event;
const collection = addArticle(
  newCollection('9 «Б» сынып', '2026-03-15T10:00:00.000Z', 'c1'),
  source,
  text,
  [event],
);

describe('toBundle(collection) / fromBundle(text)', () => {
  it('round-trips a collection with its texts', () => {
    expect(fromBundle(toBundle(collection))).toEqual(collection);
  });

  it('merges a second report of the same event into one event with both sources', () => {
    const again = { ...event, sources: [{ ...event.sources[0]!, sourceId: 'article-def' }] };
    const c = addArticle(collection, { ...source, id: 'article-def' }, text, [again]);
    expect(c.events).toHaveLength(1);
    expect(c.events[0]!.sources.map((s) => s.sourceId)).toEqual(['article-abc', 'article-def']);
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['another format', JSON.stringify({ format: 'x', version: 1 }), /format/],
    [
      'a missing text',
      toBundle({ ...collection, texts: {} }),
      /the text of article-abc is missing/,
    ],
    [
      'evidence not in its text',
      toBundle({ ...collection, texts: { 'article-abc': 'Басқа мәтін.' } }),
      /evidence is not in article-abc/,
    ],
  ])('refuses %s with a message', (_name, text, message) => {
    expect(() => fromBundle(text)).toThrow(message);
  });

  it('bundleFileName() keeps letters and digits of the name', () => {
    expect(bundleFileName(collection)).toBe('shejire-9-Б-сынып.json');
  });
});
