/**
 * A treaty's signing told only in a participle attached to the treaty ("Сенат ратифицировал
 * соглашение, подписанное в Ташкенте", "Ташкентте қол қойылған келісімді ратификациялады") was
 * done before, on a day the sentence does not give: never an event of the publication day; the
 * sentence's own act, the ratification, is. A date in the participle's phrase is the signing's own
 * and keeps it. Sentences written for the test, generated over the treaties, their cases and
 * genders, the participles and the word orders.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const events = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`);
const signedToday = (lines: string[]) =>
  lines.filter((l) => l.includes(PUB) && /signed|concluded/u.test(l));

// Accusative after "ратифицировал", then the participle in its gender: [noun, participle stem end].
// prettier-ignore
const RU_TREATIES: [string, string][] = [
  ['соглашение о сотрудничестве', 'ое'], ['договор о стратегическом партнёрстве', 'ый'],
  ['конвенцию', 'ую'], ['меморандум о взаимопонимании', 'ый'],
];
const RU_PARTICIPLES = ['подписанн', 'заключённ', 'заключенн'];
const KK_TREATIES = [
  'келісімді',
  'шартты',
  'меморандумды',
  'стратегиялық әріптестік туралы шартты',
];
const KK_PARTICIPLES = ['қол қойылған', 'жасалған', 'бекітілген'];

describe('a treaty signed before, told in a participle', () => {
  it.each(
    RU_TREATIES.flatMap(([noun, end]) =>
      RU_PARTICIPLES.flatMap((p) => [
        `Сенат ратифицировал ${noun}, ${p}${end} в Ташкенте.`,
        `Сенат ратифицировал ${noun}, ранее ${p}${end} с Узбекистаном.`,
        `Сенат ратифицировал ${p}${end} в Ташкенте ${noun}.`,
      ]),
    ),
  )('ru %s', (text) => {
    const lines = events('ru', `${text} Об этом сообщила пресс-служба палаты.`);
    expect(signedToday(lines)).toEqual([]);
    expect(lines).toContain(`other ${PUB} An agreement is ratified`);
  });
  it.each(
    KK_TREATIES.flatMap((noun) =>
      KK_PARTICIPLES.flatMap((p) => [
        `Сенат Ташкентте ${p} ${noun} ратификациялады.`,
        `Өзбекстанмен ${p} ${noun} Сенат ратификациялады.`,
      ]),
    ),
  )('kk %s', (text) => {
    const lines = events('kk', `${text} Бұл туралы палатаның баспасөз қызметі хабарлады.`);
    expect(signedToday(lines)).toEqual([]);
    expect(lines.every((l) => !/is signed/u.test(l))).toBe(true);
    expect(lines).toContain(`other ${PUB} An agreement is ratified`);
  });
  it.each([
    ['ru', 'Министр рассказал о ходе выполнения соглашения, заключённого с Россией.'],
    ['ru', 'Министр рассказал о ходе выполнения договора, подписанного в Москве.'],
    ['ru', 'Стороны обсудили реализацию подписанных в Ташкенте соглашений.'],
  ] as const)('%s, the only act the participle: %s', (lang, text) =>
    expect(signedToday(events(lang, text))).toEqual([]),
  );
});

describe('a date in the participle phrase is the signing’s', () => {
  it.each([
    ['ru', 'Сенат ратифицировал соглашение, подписанное 5 мая 2024 года в Ташкенте.'],
    [
      'ru',
      'Сенат ратифицировал договор между Казахстаном и Узбекистаном, заключённый 5 мая 2024 года.',
    ],
    ['kk', 'Сенат 2024 жылғы 5 мамырда Ташкентте қол қойылған келісімді ратификациялады.'],
  ] as const)('%s %s', (lang, text) =>
    expect(
      events(lang, text).some((l) => l.startsWith('other 2024-05-05 An agreement is signed')),
    ).toBe(true),
  );
});
