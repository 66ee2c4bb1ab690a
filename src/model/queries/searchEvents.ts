import type { Event } from '../schema';
import { toKazakhLatin } from '../translit';
import { normalizeWord, spellingKey, tokenize } from './normalizeWord';

/** Every searchable word of an event, as stems, once: titles in all languages, summary, actors, places. */
export function searchIndexOf(event: Event): string[] {
  const texts = [
    event.title.kk,
    event.title.ru,
    event.title.en,
    event.summary.text,
    ...event.actors.flatMap((a) => [a.name, a.role ?? '']),
    ...event.places.flatMap((p) => [p.name.kk, p.name.ru, p.name.en]),
    ...event.organisations.map((o) => o.name),
  ];
  // Latin transliteration too, so a reader of the kk-latn view can type what they see.
  const all = [...texts, ...texts.map(toKazakhLatin)].join(' ');
  const stems = tokenize(all).map(normalizeWord);
  // And spelling-blind keys, so Тоқаев, Токаев, Toqaev and Tokayev find the same events.
  return [...new Set([...stems, ...stems.map(spellingKey)])];
}

/** One stem continues the other: stemming is rough, so "астан" (Астаной) and "аста" (Астанада) meet. */
function sharesStem(stem: string, word: string): boolean {
  return stem.startsWith(word) || (stem.length >= 4 && word.startsWith(stem));
}

/**
 * Does every word of the query prefix-match a stem of the event? Case-, ё- and suffix-insensitive.
 * An empty query matches everything.
 * @example matchesQuery(event, 'Тоқаевтың Астана')
 */
export function matchesQuery(index: readonly string[], query: string): boolean {
  const words = tokenize(query).map(normalizeWord);
  return words.every((w) => {
    const key = spellingKey(w);
    return index.some((stem) => sharesStem(stem, w) || sharesStem(stem, key));
  });
}

/**
 * A search function over a fixed list: indexes once, at the first query with words, then filters
 * per query. Not before: indexing 10,000 events takes seconds, and the first view needs none.
 */
export function createSearch(events: readonly Event[]): (query: string) => Event[] {
  let indexes: Map<string, string[]> | null = null;
  return (query) => {
    if (tokenize(query).length === 0) return [...events];
    indexes ??= new Map(events.map((e) => [e.id, searchIndexOf(e)]));
    const byId = indexes;
    return events.filter((e) => matchesQuery(byId.get(e.id) ?? [], query));
  };
}
