// A small hand-made EventsFile for the classroom tests: day, month, year and interval dates,
// a source with and without a url, and text with commas, quotes and a line break (CSV traps).
import { EventsFile, type Event, type Source } from '../../../src/model/schema';

const span = (text: string) => ({ start: 0, end: text.length, text });
const hash = `sha256:${'0'.repeat(64)}`;

function source(id: string, url?: string): Source {
  return {
    id,
    file: `${id}.txt`,
    title: `Мақала ${id}`,
    ...(url ? { url } : {}),
    language: 'kk',
    published: '2022-03-01',
    publishedFrom: 'header',
    hash,
    duplicates: [],
    warnings: [],
    stats: { events: 1, dates: 1, undated: 0 },
  };
}

function event(
  id: string,
  edtf: string,
  precision: Event['date']['precision'],
  kk: string,
  extra: Partial<Event> = {},
): Event {
  return {
    id,
    type: 'meeting',
    themes: ['party'],
    status: 'reported',
    date: { edtf, precision, certainty: 'stated', method: 'explicit' },
    title: { kk, ru: `${kk} (ru)`, en: `${kk} (en)` },
    summary: { text: `${kk}: қысқаша`, lang: 'kk' },
    actors: [],
    places: [],
    organisations: [],
    figures: [],
    quotes: [],
    sources: [{ sourceId: 's1', evidence: [span(kk)] }],
    ...extra,
  };
}

export const fixture: EventsFile = EventsFile.parse({
  schemaVersion: 1,
  sources: [source('s1', 'https://example.org/a?x=1'), source('s2'), source('s3-unused')],
  events: [
    event('election-2022-11-20', '2022-11-20', 'day', 'Президент сайлауы', {
      type: 'election',
      themes: ['elections'],
      summary: { text: 'Сайлау өтті, "нәтиже" белгілі,\nекінші жол', lang: 'kk' },
      actors: [
        { name: 'Тоқаев', evidence: span('Тоқаев') },
        { name: 'Тоқаев', evidence: span('Тоқаев') },
      ],
      places: [
        {
          id: 'astana',
          name: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
          kind: 'city',
          evidence: span('Астана'),
        },
      ],
      sources: [
        { sourceId: 's1', evidence: [span('a')] },
        { sourceId: 's2', evidence: [span('b')] },
      ],
    }),
    event('coalition-2026', '2026', 'year', 'Коалиция <b>жұмысы</b>', {
      themes: ['constitution', 'society'],
    }),
    event('renaming-2022-03-01', '2022-03-01', 'day', 'Атауы өзгертілді', { type: 'renaming' }),
    event('meeting-2022-03', '2022-03', 'month', '=Жиын'),
    event('campaign-2022-10-06', '2022-10-06/2022-11-19', 'interval', 'Сайлау науқаны'),
  ],
  unplaced: [],
});

export const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);
