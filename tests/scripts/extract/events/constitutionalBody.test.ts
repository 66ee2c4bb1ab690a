/**
 * A ruling on conformity to the Constitution is titled by the body the sentence names: the
 * Constitutional Council (which ruled until 2023) as the Council, the Constitutional Court as the
 * Court, in kk, ru and en, whatever the case the body stands in (subject, possessor, agent), the
 * verb's gender and number, and the date. A ruling ahead is none. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

type Body = 'council' | 'court';
const TITLES: Record<Body, { kk: string; ru: string; en: string }> = {
  council: {
    kk: 'Конституциялық Кеңестің шешімі',
    ru: 'Решение Конституционного совета',
    en: 'The Constitutional Council rules on the law on elections',
  },
  court: {
    kk: 'Конституциялық Соттың шешімі',
    ru: 'Решение Конституционного суда',
    en: 'The Constitutional Court rules on the law on elections',
  },
};

/** Russian: the body as subject, possessor or agent, with a verb of its gender and number. */
const RU: Record<Body, Array<(d: string) => string>> = {
  council: [
    (d) => `Конституционный совет ${d} признал закон о выборах соответствующим Конституции.`,
    (d) =>
      `Коллегия Конституционного совета ${d} признала закон о выборах противоречащим Конституции.`,
    (d) => `Члены Конституционного совета ${d} признали закон о выборах не соответствующим Конституции.`, // prettier-ignore
    (d) => `Закон о выборах ${d} признан Конституционным советом соответствующим Конституции.`,
    (d) => `Решением Конституционного совета закон о выборах ${d} был признан противоречащим Конституции.`, // prettier-ignore
    (d) => `Конституционный Совет Республики Казахстан ${d} постановил признать закон о выборах соответствующим Конституции.`, // prettier-ignore
  ],
  court: [
    (d) => `Конституционный суд ${d} признал закон о выборах соответствующим Конституции.`,
    (d) => `Судьи Конституционного суда ${d} признали закон о выборах противоречащим Конституции.`,
    (d) => `Закон о выборах ${d} признан Конституционным судом соответствующим Конституции.`,
  ],
};
/** Kazakh: the body bare, possessed ("Республикасының … Кеңесі"), as possessor ("Кеңесінің"). */
const KK: Record<Body, Array<(d: string) => string>> = {
  council: [
    (d) => `Конституциялық Кеңес ${d} сайлау туралы заңды Конституцияға сәйкес деп таныды.`,
    (d) => `Қазақстан Республикасының Конституциялық Кеңесі ${d} сайлау туралы заңды Конституцияға сәйкес емес деп таныды.`, // prettier-ignore
    (d) => `Конституциялық Кеңестің мүшелері ${d} сайлау туралы заңды Конституцияға қайшы деп тапты.`, // prettier-ignore
    (d) => `Конституциялық Кеңестің шешімімен сайлау туралы заң ${d} Конституцияға сәйкес деп танылды.`, // prettier-ignore
  ],
  court: [
    (d) => `Конституциялық Сот ${d} сайлау туралы заңды Конституцияға сәйкес деп таныды.`,
    (d) => `Қазақстан Республикасының Конституциялық Соты ${d} сайлау туралы заңды Конституцияға сәйкес емес деп таныды.`, // prettier-ignore
  ],
};
const DATES = {
  ru: [
    ['5 марта', '2025-03-05'],
    ['12 февраля 2019 года', '2019-02-12'],
  ],
  kk: [
    ['5 наурызда', '2025-03-05'],
    ['2019 жылғы 12 ақпанда', '2019-02-12'],
  ],
} as const;

const rulings = (lang: 'kk' | 'ru', s: string) =>
  extractSentences(lang, `Текст.\n\n${s}`, '2025-03-12')
    .events.filter((e) => /rules on/u.test(e.title.en))
    .map((e) => ({ date: e.date.edtf, kk: e.title.kk, ru: e.title.ru, en: e.title.en }));

const cases = (['kk', 'ru'] as const).flatMap((lang) =>
  (['council', 'court'] as const).flatMap((body) =>
    (lang === 'kk' ? KK : RU)[body].flatMap((make) =>
      DATES[lang].map(([d, day]) => ({ lang, body, s: make(d), day })),
    ),
  ),
);

describe('a ruling on conformity to the Constitution is titled by its own body', () => {
  it.each(cases)('$lang $body: $s', ({ lang, body, s, day }) => {
    const t = TITLES[body];
    const got = rulings(lang, s);
    expect(got).toHaveLength(1);
    expect(got[0]!.date).toBe(day);
    expect(got[0]!.en).toBe(t.en);
    expect(got[0]!.kk.startsWith(t.kk)).toBe(true);
    expect(got[0]!.ru.startsWith(t.ru)).toBe(true);
  });

  it.each([
    ['ru', 'Конституционный совет 20 марта рассмотрит закон о выборах.'],
    ['ru', 'Конституционный совет не признал закон о выборах.'],
    ['kk', 'Конституциялық Кеңес 20 наурызда сайлау туралы заңды қарайды.'],
  ] as const)('no ruling ahead: %s %s', (lang, s) => {
    expect(rulings(lang, s)).toEqual([]);
  });
});
