/**
 * A consent to a candidacy for the head of a state body names the post, the body's name with the
 * head's noun, for every body the organisations lexicon knows with a head of its own, in every case
 * the language gives it: "на должность Председателя Верховного суда", "на пост председателя
 * Национального банка", "назначение … Председателем Центральной избирательной комиссии";
 * "Жоғарғы Сот Төрағасы лауазымына", "Ұлттық Банк Төрағасы қызметіне", "Орталық сайлау
 * комиссиясының төрағасы қызметіне", "… Төрағалығына". The posts the posts lexicon has already
 * (the Prosecutor General, a deputy Prime Minister) keep their own names. A consent refused is
 * none. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

/** A body: its Russian genitive, its Kazakh name and genitive, the post's titles in kk/ru/en. */
const BODIES = [
  { ru: 'Верховного суда', kk: 'Жоғарғы Сот', kkGen: 'Жоғарғы Сотының', t: ['Жоғарғы сот Төрағасы', 'председателя Верховного суда', 'Chairman of the Supreme Court'] }, // prettier-ignore
  { ru: 'Национального банка', kk: 'Ұлттық Банк', kkGen: 'Ұлттық Банкінің', t: ['Ұлттық банк Төрағасы', 'председателя Национального банка', 'Chairman of the National Bank'] }, // prettier-ignore
  { ru: 'Конституционного суда', kk: 'Конституциялық Сот', kkGen: 'Конституциялық Сотының', t: ['Конституциялық сот Төрағасы', 'председателя Конституционного суда', 'Chairman of the Constitutional Court'] }, // prettier-ignore
  { ru: 'Конституционного совета', kk: 'Конституциялық Кеңес', kkGen: 'Конституциялық Кеңесінің', t: ['Конституциялық Кеңес Төрағасы', 'председателя Конституционного совета', 'Chairman of the Constitutional Council'] }, // prettier-ignore
  { ru: 'Центральной избирательной комиссии', kk: 'Орталық сайлау комиссиясы', kkGen: 'Орталық сайлау комиссиясының', t: ['Орталық сайлау комиссиясы Төрағасы', 'председателя Центральной избирательной комиссии', 'Chairman of the Central Election Commission'] }, // prettier-ignore
];
/** Russian: the consent's wordings, the post in the genitive after "должность"/"пост" or the instrumental. */
const RU = [
  (d: string, b: string) => `Сенат ${d} дал согласие на назначение Асхата Ерланова на должность Председателя ${b}.`, // prettier-ignore
  (d: string, b: string) => `Сенат ${d} одобрил кандидатуру Асхата Ерланова на пост председателя ${b}.`, // prettier-ignore
  (d: string, b: string) => `Верхняя палата Парламента ${d} дала согласие на назначение Асхата Ерланова председателем ${b}.`, // prettier-ignore
];
/** Kazakh: the body bare or in the genitive before the possessed noun, a post's noun in the dative. */
const KK = [
  (d: string, b: (typeof BODIES)[number]) => `Сенат ${d} Асхат Ерлановтың ${b.kk} Төрағасы лауазымына кандидатурасына келісім берді.`, // prettier-ignore
  (d: string, b: (typeof BODIES)[number]) => `Сенат ${d} Асхат Ерлановтың ${b.kkGen} төрағасы қызметіне кандидатурасын келісті.`, // prettier-ignore
  (d: string, b: (typeof BODIES)[number]) => `Парламент Сенаты ${d} Асхат Ерлановтың ${b.kk} Төрағалығына кандидатурасын мақұлдады.`, // prettier-ignore
];
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

const consents = (lang: 'kk' | 'ru', s: string) =>
  extractSentences(lang, `Текст.\n\n${s}`, '2025-03-12')
    .events.filter((e) => /candidacy/u.test(e.title.en))
    .map((e) => ({ date: e.date.edtf, ...e.title }));

describe('a consent names the post of a body’s head', () => {
  const ru = BODIES.flatMap((b) =>
    RU.flatMap((make) =>
      DATES.ru.map(([d, day]) => ({ lang: 'ru' as const, s: make(d, b.ru), day, t: b.t })),
    ),
  );
  const kk = BODIES.flatMap((b) =>
    KK.flatMap((make) =>
      DATES.kk.map(([d, day]) => ({ lang: 'kk' as const, s: make(d, b), day, t: b.t })),
    ),
  );
  it.each([...ru, ...kk])('$lang: $s', ({ lang, s, day, t }) => {
    const got = consents(lang, s);
    expect(got).toHaveLength(1);
    expect(got[0]!.date).toBe(day);
    // (Whichever body is read as consenting, the post is the one the candidacy is for.)
    expect(got[0]!.en.endsWith(`consents to Askhat Yerlanov's candidacy for ${t[2]}`)).toBe(true);
    expect(got[0]!.kk).toContain(`${t[0]} қызметіне`);
    expect(got[0]!.ru).toContain(`на пост ${t[1]}`);
  });

  it.each([
    ['ru', 'Сенат 5 марта одобрил кандидатуру Асхата Ерланова на должность Генерального прокурора.', 'Prosecutor General'], // prettier-ignore
    ['ru', 'Мажилис 5 марта одобрил кандидатуру Асхата Ерланова на должность заместителя премьер-министра.', 'Deputy Prime Minister'], // prettier-ignore
    ['kk', 'Сенат 5 наурызда Асхат Ерлановтың Бас прокурор лауазымына кандидатурасына келісім берді.', 'Prosecutor General'], // prettier-ignore
  ] as const)('a post of its own keeps its name: %s %s', (lang, s, en) => {
    expect(consents(lang, s).map((e) => e.en.replace(/^.* for /u, ''))).toEqual([en]);
  });

  it.each([
    ['ru', 'Сенат 5 марта не дал согласия на назначение Асхата Ерланова на должность Председателя Верховного суда.'], // prettier-ignore
    ['kk', 'Сенат 5 наурызда Асхат Ерлановтың Жоғарғы Сот Төрағасы лауазымына кандидатурасына келісім бермеді.'], // prettier-ignore
  ] as const)('a consent refused is none: %s %s', (lang, s) => {
    expect(consents(lang, s)).toEqual([]);
  });
});
