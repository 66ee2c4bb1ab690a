/**
 * A statement carried by a quotation's speech tag (events/quoteTag.ts): "«…», – сказал депутат
 * Ерлан Искаков", "«…», – деді Мемлекет басшысы", "Депутат подчеркнул: «…»" in an article that
 * reports its own news is a statement of that news' day (here the publication day); one the
 * sentence tells as recalled ("ранее", "бұрын", a past perfect "айтқан болатын") is not placed.
 * Generated: speakers (a name, a post and a name, a post, a pronoun after a named person) × the
 * tag's verbs (each gender, each tense that reports) × the quotation before or after the tag ×
 * recall markers. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-03-12';
// (The news of its own the article tells: an act of today, of yesterday, of a weekday just past.)
const NEWS = {
  kk: [
    'Депутаттар бюджетті талқылады\n\nМәжіліс депутаттары бүгін бюджет жобасын талқылады.',
    'Депутаттар бюджетті талқылады\n\nМәжіліс депутаттары кеше бюджет жобасын талқылады.',
  ],
  ru: [
    'Депутаты обсудили бюджет\n\nДепутаты Мажилиса сегодня обсудили проект бюджета.',
    'Депутаты обсудили бюджет\n\nДепутаты Мажилиса во вторник обсудили проект бюджета.',
  ],
};
// (An opinion column or an analysis: no act of a day of its own, only the past narrated.)
const NO_NEWS = {
  kk: 'Бюджет туралы пікір\n\nСоңғы он жылда бюджет шығыны екі есе өсті.',
  ru: 'Мнение о бюджете\n\nЗа последние десять лет расходы бюджета выросли вдвое.',
};
const QUOTE = {
  kk: ['«Біз мұндай шығынды қолдай алмаймыз»', 'Біз мұндай шығынды қолдай алмаймыз'],
  ru: ['«Мы не можем поддержать такие расходы»', 'Мы не можем поддержать такие расходы'],
};

/** A declaring verb, a statement by itself ("мәлімдеді", "заявил"). */
const DECLARES = /мәлімдеді|заяв/u;

/** The statements the article gives: "date summary". */
function statements(lang: 'kk' | 'ru', text: string, lead = NEWS[lang][0]!): string[] {
  const data = extractSentences(lang, `${lead} ${text}`, PUBLISHED);
  return data.events
    .filter((e) => e.type === 'statement' && e.date?.edtf)
    .map((e) => `${e.date.edtf} ${e.summary?.text ?? ''}`);
}

// Kazakh: [speaker named before the quotation, or '' ; speaker after the verb, or ''].
const KK_SPEAKERS: Array<[string, string, string]> = [
  ['name', '', 'Ерлан Исқақов'],
  ['post and name', '', 'депутат Ерлан Исқақов'],
  ['post', '', 'Мемлекет басшысы'],
  ['minister', '', 'Қаржы министрі Мадина Әбілқасымова'],
  ['pronoun', 'Депутат Ерлан Исқақов бұл мәселеге ерекше тоқталды.', 'ол'],
];
const KK_VERBS = ['деді', 'айтты', 'атап өтті', 'мәлімдеді', 'түсіндірді', 'жеткізді', 'ескертті'];

// Russian: [speaker, masculine?]; the verb agrees with the speaker's gender.
const RU_SPEAKERS: Array<[string, string, string, boolean]> = [
  ['name', '', 'Ерлан Искаков', true],
  ['post and name', '', 'депутат Ерлан Искаков', true],
  ['post', '', 'Глава государства', true],
  ['woman', '', 'министр финансов Мадина Абылкасымова', false],
  ['pronoun', 'Депутат Ерлан Искаков остановился на этом вопросе.', 'он', true],
  ['pronoun, she', 'Депутат Айгуль Сапарова остановилась на этом вопросе.', 'она', false],
];
const RU_VERBS = ['сказал', 'отметил', 'подчеркнул', 'сообщил', 'пояснил', 'рассказал'];
const ru = (verb: string, male: boolean) => (male ? verb : `${verb}а`);

describe('Kazakh: a quotation’s speech tag is a statement of the news day', () => {
  const cases = KK_SPEAKERS.flatMap(([what, before, speaker]) =>
    KK_VERBS.flatMap((verb) => [
      [what, verb, 'quote first', `${before} ${QUOTE.kk[0]}, – ${verb} ${speaker}.`.trim()],
      ...(what === 'pronoun'
        ? []
        : [
            [
              what,
              verb,
              'quote last',
              `${speaker[0]!.toUpperCase()}${speaker.slice(1)} былай ${verb}: ${QUOTE.kk[0]}.`,
            ],
          ]),
    ]),
  );
  it.each(cases)('%s, %s, %s: %s', (_what, _verb, _where, text) => {
    const got = statements('kk', text);
    expect(got.some((s) => s.startsWith(PUBLISHED))).toBe(true);
    // (Told after yesterday's news: of yesterday, the day of that news.)
    expect(statements('kk', text, NEWS.kk[1]).some((s) => s.startsWith('2025-03-11'))).toBe(true);
    // (In an article with no news of its own: never on the day it appeared. A declaring verb,
    // "мәлімдеді", is a statement by itself, dated as any other: events/when.ts.)
    if (!DECLARES.test(text)) expect(statements('kk', text, NO_NEWS.kk)).toEqual([]);
    // (The summary is the sentence that carries the quotation, never the bare tag.)
    expect(got.every((s) => s.includes(QUOTE.kk[1]!))).toBe(true);
  });
});

describe('Russian: a quotation’s speech tag is a statement of the news day', () => {
  const cases = RU_SPEAKERS.flatMap(([what, before, speaker, male]) =>
    RU_VERBS.flatMap((verb) => [
      [
        what,
        verb,
        'quote first',
        `${before} ${QUOTE.ru[0]}, – ${ru(verb, male)} ${speaker}.`.trim(),
      ],
      ...(what.startsWith('pronoun')
        ? []
        : [
            [
              what,
              verb,
              'quote last',
              `${speaker[0]!.toUpperCase()}${speaker.slice(1)} ${ru(verb, male)}: ${QUOTE.ru[0]}.`,
            ],
          ]),
    ]),
  );
  it.each(cases)('%s, %s, %s: %s', (_what, _verb, _where, text) => {
    const got = statements('ru', text);
    expect(got.some((s) => s.startsWith(PUBLISHED))).toBe(true);
    expect(statements('ru', text, NEWS.ru[1]).some((s) => s.startsWith('2025-03-11'))).toBe(true);
    if (!DECLARES.test(text)) expect(statements('ru', text, NO_NEWS.ru)).toEqual([]);
    expect(got.every((s) => s.includes(QUOTE.ru[1]!))).toBe(true);
  });
});

describe('a quotation told as recalled is not placed', () => {
  const kk = KK_VERBS.flatMap((verb) => [
    ['kk', `${QUOTE.kk[0]}, – деп бұрын ${verb} депутат Ерлан Исқақов.`],
    [
      'kk',
      `Бұған дейін депутат Ерлан Исқақов ${QUOTE.kk[0]} деп ${verb.replace(/(?:ды|ді|ты|ті)$/u, (e) => (/[ыд]/u.test(e) ? 'ған' : 'ген'))} болатын.`,
    ],
  ]);
  const ruCases = RU_VERBS.flatMap((verb) => [
    ['ru', `${QUOTE.ru[0]}, – ранее ${verb} депутат Ерлан Искаков.`],
    ['ru', `Еще в прошлом году депутат Ерлан Искаков ${verb}: ${QUOTE.ru[0]}.`],
    ['ru', `Напомним, депутат Ерлан Искаков ${verb}: ${QUOTE.ru[0]}.`],
  ]);
  it.each([...kk, ...ruCases])('%s: %s', (lang, text) => {
    const got = statements(lang as 'kk' | 'ru', text);
    expect(got.filter((s) => s.startsWith(PUBLISHED))).toEqual([]);
  });
});

/**
 * A quotation whose words are a saying the article told just before (also across a paragraph
 * break, or what the speaker called something: "… деп атады", "назвал …"), or were given to the
 * outlet itself ("сказал нашему изданию", "тілшімізге айтты": an interview), is no statement of
 * its own (events/quoteTag.ts, locales/{kk,ru}/events/quoteTag.ts).
 */
/** The statements whose summary carries the quotation's words. */
function quoted(lang: 'kk' | 'ru', text: string): string[] {
  const data = extractSentences(lang, `${NEWS[lang][0]}\n\n${text}`, PUBLISHED);
  return data.events
    .filter(
      (e) => e.type === 'statement' && e.date?.edtf && e.summary?.text.includes(QUOTE[lang][1]!),
    )
    .map((e) => `${e.date.edtf} ${e.summary?.text ?? ''}`);
}

const KK_BEFORE = [
  'Депутат Ерлан Исқақов бюджетті қайта қарауды ең маңызды мәселе деп атады.',
  'Депутат Ерлан Исқақов бюджетті қайта қарау қажет деп санайды.',
  'Депутат Ерлан Исқақов жобаны сәтсіз деп бағалады.',
  'Депутат Ерлан Исқақов шығындар тым көп екенін атап өтті.',
];
const RU_BEFORE = [
  'Депутат Ерлан Искаков назвал пересмотр бюджета главной задачей.',
  'Депутаты заявили журналистам, что не поддержат проект.',
  'Депутат Ерлан Искаков сообщил, что расходы слишком велики.',
];
const KK_TAGS = ['деді ол', 'атап өтті ол', 'деп түсіндірді депутат'];
const RU_TAGS = ['сказал он', 'отметил депутат', 'пояснил один из депутатов'];

describe('a quotation after the saying its words are of is no second statement', () => {
  const cases = [
    ...KK_BEFORE.flatMap((before) =>
      KK_TAGS.flatMap((tag) =>
        [' ', '\n\n'].map((gap) => ['kk', `${before}${gap}${QUOTE.kk[0]}, – ${tag}.`]),
      ),
    ),
    ...RU_BEFORE.flatMap((before) =>
      RU_TAGS.flatMap((tag) =>
        [' ', '\n\n'].map((gap) => ['ru', `${before}${gap}${QUOTE.ru[0]}, – ${tag}.`]),
      ),
    ),
  ];
  it.each(cases)('%s: %s', (lang, text) => {
    expect(quoted(lang as 'kk' | 'ru', text)).toEqual([]);
  });
});

const KK_OUTLETS = ['тілшімізге', 'Kazinform тілшісіне', 'басылымымызға', 'редакциямызға'];
const RU_OUTLETS = [
  'нашему изданию',
  'нашей редакции',
  'нашему корреспонденту',
  'корреспонденту «Курсива»',
];

describe('words given to the outlet are no statement of the news day', () => {
  const cases = [
    ...KK_OUTLETS.flatMap((to) =>
      ['айтты', 'атап өтті', 'түсіндірді'].map((verb) => [
        'kk',
        `${QUOTE.kk[0]}, – деп ${to} ${verb} депутат Ерлан Исқақов.`,
      ]),
    ),
    ...RU_OUTLETS.flatMap((to) =>
      ['сказал', 'отметил', 'пояснил'].map((verb) => [
        'ru',
        `${QUOTE.ru[0]}, – ${verb} ${to} депутат Ерлан Искаков.`,
      ]),
    ),
  ];
  it.each(cases)('%s: %s', (lang, text) => {
    expect(quoted(lang as 'kk' | 'ru', text)).toEqual([]);
  });
});
