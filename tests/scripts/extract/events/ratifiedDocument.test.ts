/**
 * A ratified document's own date is not the ratification's: "Сенат ратифицировал соглашение от
 * 5 мая" and "Сенат 5 мамырдағы келісімді ратификациялады" (test sentences written for the check)
 * placed the ratification on 5 May, the day the agreement was signed. Generated over the document
 * nouns, the verb's forms and the ways the date is attached; a date of the act itself (a bare
 * Kazakh locative) and a signing stay dated.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUBLISHED = '2025-06-12';
const DOC_DAY = '2025-05-05';

const RU_NOUNS = ['соглашение', 'договор', 'меморандум', 'Соглашение о сотрудничестве'];
const RU_VERBS = ['Сенат ратифицировал', 'Депутаты ратифицировали', 'Палата ратифицировала'];
const RU = RU_NOUNS.flatMap((noun) => RU_VERBS.map((verb) => `${verb} ${noun} от 5 мая.`));
// (A law on the ratification names the agreement: the date is the nearest document's.)
const RU_LAW = ['соглашения', 'договора', 'меморандума'].map(
  (noun) => `Президент подписал закон о ратификации ${noun} от 5 мая.`,
);

const KK_NOUNS = ['келісімді', 'шартты', 'меморандумды', 'конвенцияны'];
// (Not "5 мамырда қол қойылған келісімді": told as signed that day, the agreement's signing is dated.)
const KK_DATES = ['5 мамырдағы', '5 мамырда жасалған', '2025 жылғы 5 мамырдағы'];
const KK = KK_NOUNS.flatMap((noun) =>
  KK_DATES.map((date) => `Сенат ${date} ${noun} ратификациялады.`),
);

describe("a ratified document's own date is not the ratification's", () => {
  it.each(RU)('ru: %s', (text) => {
    const days = kindsAndDays('ru', text, PUBLISHED);
    expect(days).toContain(`other ${PUBLISHED}`);
    expect(days.filter((d) => d.endsWith(DOC_DAY))).toEqual([]);
  });
  it.each(RU_LAW)('ru: %s', (text) =>
    expect(kindsAndDays('ru', text, PUBLISHED)).toEqual([`law ${PUBLISHED}`]),
  );
  it.each(KK)('kk: %s', (text) => {
    const days = kindsAndDays('kk', text, PUBLISHED);
    expect(days).toContain(`other ${PUBLISHED}`);
    expect(days.filter((d) => d.endsWith(DOC_DAY))).toEqual([]);
  });
  it.each([
    ['kk', 'Сенат 5 мамырда келісімді ратификациялады.'],
    ['kk', 'Президент 5 мамырда келісімге қол қойды.'],
    ['ru', 'Президент подписал соглашение от 5 мая.'],
  ] as const)("%s: the act's own day stays: %s", (lang, text) =>
    expect(kindsAndDays(lang, text, PUBLISHED)).toContain(`other ${DOC_DAY}`),
  );
});
