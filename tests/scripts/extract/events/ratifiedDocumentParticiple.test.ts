/**
 * The law of a ratification takes no day from the ratified document's participle phrase: "Сенат
 * ратифицировал соглашение между Казахстаном и Узбекистаном, подписанное 5 мая" and "Сенат 5
 * мамырда қол қойылған келісімді ратификациялады" (test sentences written for the check) made "The
 * law on ratifying an agreement is signed" on 5 May: the phrase's date and its signing are the
 * agreement's, the ratification is the article's news. Generated over treaty nouns, participles,
 * complements and verb forms; a Russian act done by a decree ("Указом, подписанным …") keeps its day.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-06-12';
const DOC_DAY = '2025-05-05';

const RU_NOUNS = [
  ['соглашение', 'подписанное'],
  ['договор', 'заключённый'],
  ['конвенцию', 'подписанную'],
  ['меморандум', 'подписанный'],
] as const;
const RU_WAYS = ['', ' между Казахстаном и Узбекистаном', ' о сотрудничестве'];
const RU_VERBS = ['Сенат ратифицировал', 'Депутаты ратифицировали'];
const RU = RU_NOUNS.flatMap(([noun, participle]) =>
  RU_WAYS.flatMap((way) =>
    RU_VERBS.map((verb) => `${verb} ${noun}${way}, ${participle} в Ташкенте 5 мая.`),
  ),
);

const KK_NOUNS = ['келісімді', 'шартты', 'меморандумды', 'конвенцияны'];
const KK_PHRASES = [
  '5 мамырда қол қойылған',
  'Қазақстан мен Өзбекстан арасында 5 мамырда қол қойылған',
  '5 мамырда Ташкентте қол қойылған',
];
const KK = KK_NOUNS.flatMap((noun) =>
  KK_PHRASES.map((phrase) => `Сенат ${phrase} ${noun} ратификациялады.`),
);

const laws = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUBLISHED)
    .events.filter((e) => e.type === 'law')
    .map((e) => `${e.date.edtf} ${e.title.en}`);

describe("a ratified document's participle phrase is not the ratification law's", () => {
  it.each([...RU.map((t) => ['ru', t] as const), ...KK.map((t) => ['kk', t] as const)])(
    '%s: %s',
    (lang, text) => {
      const found = laws(lang, text);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(new RegExp(`^${PUBLISHED} `));
      expect(found[0]).not.toMatch(/signed/u);
    },
  );
  it.each([
    'Указом Президента, подписанным 5 мая, назначен новый аким.',
    'Президент подписал указ от 5 мая о назначении выборов.',
  ])("ru: the act's own day stays: %s", (text) =>
    expect(extractSentences('ru', text, PUBLISHED).events.map((e) => e.date.edtf)).toContain(
      DOC_DAY,
    ),
  );
});
