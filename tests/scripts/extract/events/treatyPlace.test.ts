/**
 * A place in a treaty's participle phrase is where the treaty was signed, not where it was
 * ratified: "Сенат Ташкентте 5 мамырда жасалған шартты ратификациялады" (a test sentence written
 * for the check) was "An agreement is ratified in Tashkent", and the ratification law of
 * "Сенат ратифицировал соглашение, подписанное в Ташкенте" was placed in Tashkent. Generated over
 * places, participles, treaty nouns and date positions; the treaty's own signing keeps its place.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-06-12';

const KK_PLACES = ['Ташкентте', 'Мәскеуде', 'Бакуде'];
const KK_PHRASES = ['{place} 5 мамырда жасалған', '{place} жасалған', '{place} қол қойылған'];
const KK_NOUNS = ['шартты', 'келісімді'];
const KK = KK_PLACES.flatMap((place) =>
  KK_PHRASES.flatMap((phrase) =>
    KK_NOUNS.map((noun) => `Сенат ${phrase.replace('{place}', place)} ${noun} ратификациялады.`),
  ),
);

const RU_PLACES = ['в Ташкенте', 'в Москве', 'в Баку'];
const RU_NOUNS = [
  ['соглашение', 'подписанное'],
  ['договор', 'заключённый'],
] as const;
const RU = RU_PLACES.flatMap((place) =>
  RU_NOUNS.map(([noun, participle]) => `Сенат ратифицировал ${noun}, ${participle} ${place}.`),
);

/** Each event as its English title and the ids of its places. */
const placed = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUBLISHED).events.map((e) => ({
    title: e.title.en,
    places: e.places.map((p) => p.id),
  }));

describe("a treaty's participle phrase holds its signing's place", () => {
  it.each([...KK.map((t) => ['kk', t] as const), ...RU.map((t) => ['ru', t] as const)])(
    '%s: %s',
    (lang, text) => {
      const events = placed(lang, text);
      expect(events.length).toBeGreaterThan(0);
      for (const e of events.filter((x) => !/signed/u.test(x.title)))
        expect(e).toEqual({ title: e.title, places: [] });
    },
  );
  it.each([
    ['kk', 'Сенат 5 мамырда Ташкентте қол қойылған келісімді ратификациялады.'],
    ['ru', 'Сенат ратифицировал соглашение, подписанное в Ташкенте 5 мая.'],
    ['kk', 'Президент Ташкентте келісімге қол қойды.'],
  ] as const)('%s: the signing keeps it: %s', (lang, text) =>
    expect(placed(lang, text)).toContainEqual({
      title: 'An agreement is signed in Tashkent',
      places: expect.arrayContaining([expect.any(String)]) as unknown as string[],
    }),
  );
});
