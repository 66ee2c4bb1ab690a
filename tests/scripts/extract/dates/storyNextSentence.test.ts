/**
 * A story told forward from a stated month goes on in the next sentence with an earlier month
 * (dates/storyNextSentence.ts): "Законопроект внесли в Мажилис в сентябре 2023 года. 14 февраля
 * его одобрил Сенат" (published 2025-03-12) dated the Senate's vote 2025-02-14, from the
 * publication, where the story reads February 2024 (a year inferred from context: `anchor:
 * 'context'`). Generated over the stated month, every earlier month, and the way the next sentence
 * takes the story up (a pronoun in several cases, genders and numbers, a word of sequence) in both
 * languages. Kept on the publication's year: a next sentence that takes nothing up, one told as
 * ahead, one after a new paragraph, and a sentence two sentences on.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const DCT = '2025-12-30';
const tagOf = (lang: 'kk' | 'ru', text: string, expr: string) =>
  tagDates(text, { lang, dct: DCT }).find((t) => t.text === expr);

const RU_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре']; // prettier-ignore
const RU_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']; // prettier-ignore
const KK_POSS = ['қаңтарында', 'ақпанында', 'наурызында', 'сәуірінде', 'мамырында', 'маусымында', 'шілдесінде', 'тамызында', 'қыркүйегінде', 'қазанында', 'қарашасында', 'желтоқсанында']; // prettier-ignore
const KK_LOC = ['қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда', 'шілдеде', 'тамызда', 'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда']; // prettier-ignore
const mm = (i: number) => String(i + 1).padStart(2, '0');

/** Stated months from June on, each with every earlier month. */
const PAIRS = RU_PREP.flatMap((_, a) =>
  a < 5 ? [] : RU_PREP.slice(0, a).map((__, b) => [a, b] as const),
);

type Form = (a: number, b: number) => readonly [string, string];
const RU_FORMS: readonly Form[] = [
  (a, b) => [`Законопроект внесли в Мажилис в ${RU_PREP[a]} 2023 года. 14 ${RU_GEN[b]} его одобрил Сенат.`, `14 ${RU_GEN[b]}`], // prettier-ignore
  (a, b) => [`Поправки внесли в ${RU_PREP[a]} 2023 года. 14 ${RU_GEN[b]} их приняли депутаты.`, `14 ${RU_GEN[b]}`], // prettier-ignore
  (a, b) => [`Партию зарегистрировали в ${RU_PREP[a]} 2023 года. 14 ${RU_GEN[b]} она провела съезд.`, `14 ${RU_GEN[b]}`], // prettier-ignore
  (a, b) => [`Указ подписан в ${RU_PREP[a]} 2023 года. Затем 14 ${RU_GEN[b]} вступил в силу закон.`, `14 ${RU_GEN[b]}`], // prettier-ignore
  (a, b) => [`Комиссия создана в ${RU_PREP[a]} 2023 года. После этого 14 ${RU_GEN[b]} Президент утвердил состав.`, `14 ${RU_GEN[b]}`], // prettier-ignore
];
const KK_FORMS: readonly Form[] = [
  (a, b) => [`Заң жобасы 2023 жылдың ${KK_POSS[a]} Мәжіліске енгізілді. 14 ${KK_LOC[b]} оны Сенат мақұлдады.`, `14 ${KK_LOC[b]}`], // prettier-ignore
  (a, b) => [`Түзетулер 2023 жылдың ${KK_POSS[a]} енгізілді. 14 ${KK_LOC[b]} оларды депутаттар қабылдады.`, `14 ${KK_LOC[b]}`], // prettier-ignore
  (a, b) => [`Партия 2023 жылдың ${KK_POSS[a]} тіркелді. 14 ${KK_LOC[b]} ол съезін өткізді.`, `14 ${KK_LOC[b]}`], // prettier-ignore
  (a, b) => [`Жарлыққа 2023 жылдың ${KK_POSS[a]} қол қойылды. Содан кейін 14 ${KK_LOC[b]} заң күшіне енді.`, `14 ${KK_LOC[b]}`], // prettier-ignore
];
const rows = (lang: 'kk' | 'ru', forms: readonly Form[]) =>
  PAIRS.flatMap(([a, b]) =>
    forms.map((f): [string, string, string, number] => [lang, ...f(a, b), b]),
  );

describe('an earlier month in the next sentence that takes the story up is the next year', () => {
  it.each([...rows('ru', RU_FORMS), ...rows('kk', KK_FORMS)])(
    '%s: %s (%s)',
    (lang, text, expr, b) => {
      const t = tagOf(lang as 'kk' | 'ru', text, expr);
      expect(`${t?.value.slice(0, 7)} ${t?.anchor}`).toBe(`2024-${mm(b)} context`);
    },
  );
});

describe('where the story does not step into the next year', () => {
  it.each([
    // Nothing takes the story up: another story.
    ['ru', 'Законопроект внесли в Мажилис в сентябре 2023 года. 14 февраля Сенат одобрил бюджет.'],
    ['kk', 'Заң жобасы 2023 жылдың қыркүйегінде енгізілді. 14 ақпанда Сенат бюджетті мақұлдады.'],
    // Told as ahead.
    ['ru', 'Законопроект внесли в Мажилис в сентябре 2023 года. 14 февраля его рассмотрит Сенат.'],
    ['kk', 'Заң жобасы 2023 жылдың қыркүйегінде енгізілді. 14 ақпанда оны Сенат қарайды.'],
    // A new paragraph, or a sentence two sentences on.
    ['ru', 'Законопроект внесли в Мажилис в сентябре 2023 года.\n14 февраля его одобрил Сенат.'],
    ['ru', 'Законопроект внесли в Мажилис в сентябре 2023 года. Сенат долго молчал. 14 февраля его одобрил Сенат.'], // prettier-ignore
    ['kk', 'Заң жобасы 2023 жылдың қыркүйегінде енгізілді.\n14 ақпанда оны Сенат мақұлдады.'],
  ] as const)('%s: %s', (lang, text) => {
    const t = tagOf(lang, text, lang === 'ru' ? '14 февраля' : '14 ақпанда');
    expect(t?.value.slice(0, 4)).toMatch(/^202[56]$/u);
  });
});
