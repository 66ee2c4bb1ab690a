/**
 * A date an event is counted "since" marks the start of a period, not the day of the act the
 * sentence tells: "2019 жылдан бергі алтыншы Жолдауы", "2019 жылдан бері үшінші рет … заң
 * қабылдады", "шестое с 2019 года Послание", "в третий раз с 2019 года". Such an act is
 * never dated by it; a lasting state (a tenure, what "goes on" since) still counts from it, as
 * does "for the first time since" (the last such act was then), and a Kazakh "бастап"
 * (from) or a Russian bare "с" still dates what starts then. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2025-03-12';
const SINCE_KK = [
  '2019 жылдан',
  '2019 жылғы 5 қаңтардан',
  '2019 жылғы маусымнан',
  '2019 жылдың наурызынан',
];
const ACTS_KK = [
  (d: string, p: string) => `Бұл – Қасым-Жомарт Тоқаевтың ${d} ${p} алтыншы Жолдауы.`,
  (d: string, p: string) => `Мәжіліс ${d} ${p} үшінші рет жаңа заң қабылдады.`,
  (d: string, p: string) => `Мемлекет басшысы ${d} ${p} бесінші рет Жарлыққа қол қойды.`,
];

describe('an act is not dated by the date it is counted since', () => {
  it.each(SINCE_KK.flatMap((d) => ['бері', 'бергі'].map((p) => [d, p] as const)))(
    'kk: %s %s',
    (d, p) => {
      for (const act of ACTS_KK)
        for (const e of kindsAndDays('kk', act(d, p), PUB))
          expect(e, act(d, p)).not.toMatch(/ 2019/u);
    },
  );
  const SINCE_RU = [
    'В третий раз с 2019 года',
    'Во второй раз с января 2019 года',
    'В пятый раз с 5 января 2019 года',
    'В третий раз со 2 февраля 2019 года',
  ];
  it.each(SINCE_RU)('ru: %s', (d) => {
    for (const s of [
      `${d} Мажилис принял закон о выборах.`,
      `${d} Глава государства подписал указ о помиловании.`,
    ])
      for (const e of kindsAndDays('ru', s, PUB)) expect(e, s).not.toMatch(/ 2019/u);
  });
  it.each(['шестое', 'третье', 'второе'])('ru: %s с 2019 года Послание', (n) => {
    const s = `Это уже ${n} с 2019 года Послание Главы государства народу Казахстана.`;
    for (const e of kindsAndDays('ru', s, PUB)) expect(e, s).not.toMatch(/ 2019/u);
  });
  it.each([
    ['kk', 'Заң 2025 жылғы 1 қаңтардан бастап күшіне енді.', 'law 2025-01-01'],
    ['ru', 'С 1 января 2025 года вступил в силу закон о выборах.', 'law 2025-01-01'],
    ['kk', 'Ол Сенатты 2023 жылғы 2 ақпаннан бері басқарып келеді.', 'appointment 2023-02-02'],
    ['kk', 'Мәжіліс 2019 жылы жаңа заң қабылдады.', 'law 2019'],
    // (What goes on since then, and "for the first time since": the last such act was then.)
    [
      'kk',
      'Қазақстан Ұйымға 2023 жылғы 4 шілдеден бері төрағалық етіп келеді.',
      'other 2023-07-04',
    ],
    ['ru', 'Впервые с 2004 года Мажилис принял закон о выборах.', 'law 2004'],
  ] as const)('still dated: %s %s', (lang, s, want) => {
    expect(kindsAndDays(lang, s, PUB)).toContain(want);
  });
});
