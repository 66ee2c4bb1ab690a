/**
 * A story told forward from a stated month steps into the next year at an earlier month
 * (dates/storyNextYear.ts): "Законопроект был внесен в Мажилис в сентябре 2023 года, одобрен
 * Сенатом 14 февраля и подписан Президентом 3 апреля" (published 2025-03-12) dated the Senate's
 * vote 2025-02-14 and the signing 2024-04-03, before the bill was put in. Generated over the stated
 * month, the earlier month, the way the member is told (Russian short participle, finite verb after
 * "а"; Kazakh converb or finite verb before the comma) and both languages. A clause describing a
 * noun or reporting speech keeps the publication's year: its date may lie before the story.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const DCT = '2025-12-30';
const valueOf = (lang: 'kk' | 'ru', text: string, expr: string) =>
  tagDates(text, { lang, dct: DCT }).find((t) => t.text === expr)?.value;

const RU_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре']; // prettier-ignore
const RU_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']; // prettier-ignore
const KK_POSS = ['қаңтарында', 'ақпанында', 'наурызында', 'сәуірінде', 'мамырында', 'маусымында', 'шілдесінде', 'тамызында', 'қыркүйегінде', 'қазанында', 'қарашасында', 'желтоқсанында']; // prettier-ignore
const KK_LOC = ['қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда', 'шілдеде', 'тамызда', 'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда']; // prettier-ignore
const mm = (i: number) => String(i + 1).padStart(2, '0');

/** Every stated month with every earlier month after it. */
const PAIRS = RU_PREP.flatMap((_, a) => RU_PREP.slice(0, a).map((__, b) => [a, b] as const));

type Member = (a: number, b: number) => readonly [string, string];
const RU_MEMBERS: readonly Member[] = [
  (a: number, b: number) => [`Законопроект был внесен в Мажилис в ${RU_PREP[a]} 2023 года, одобрен Сенатом 14 ${RU_GEN[b]}.`, `14 ${RU_GEN[b]}`], // prettier-ignore
  (a: number, b: number) => [`Партия зарегистрирована в ${RU_PREP[a]} 2023 года, а 14 ${RU_GEN[b]} провела съезд.`, `14 ${RU_GEN[b]}`], // prettier-ignore
  (a: number, b: number) => [`Указ подписан 3 ${RU_GEN[a]} 2023 года, затем в ${RU_PREP[b]} вступил в силу.`, `${RU_PREP[b]}`], // prettier-ignore
];
const KK_MEMBERS: readonly Member[] = [
  (a: number, b: number) => [`Заң жобасы 2023 жылдың ${KK_POSS[a]} Мәжіліске енгізіліп, 14 ${KK_LOC[b]} Сенат мақұлдады.`, `14 ${KK_LOC[b]}`], // prettier-ignore
  (a: number, b: number) => [`Партия 2023 жылғы 3 ${KK_LOC[a]} тіркелді, ал 14 ${KK_LOC[b]} съезін өткізді.`, `14 ${KK_LOC[b]}`], // prettier-ignore
  // (A bare "маусымда" is no month to the tagger: "маусым" is a season of play as well.)
  (a: number, b: number) => [`Жарлық 2023 жылдың ${KK_POSS[a]} шықты, кейін ${b === 5 ? '1 ' : ''}${KK_LOC[b]} күшіне енді.`, `${b === 5 ? '1 ' : ''}${KK_LOC[b]}`], // prettier-ignore
];

const rows = (lang: 'kk' | 'ru', members: readonly Member[]) =>
  PAIRS.flatMap(([a, b]) =>
    members.map((f): [string, string, string, number] => [lang, ...f(a, b), b]),
  );

describe('an earlier month in a later member of the story is the next year', () => {
  it.each([...rows('ru', RU_MEMBERS), ...rows('kk', KK_MEMBERS)])(
    '%s: %s (%s)',
    (lang, text, expr, b) => {
      expect(valueOf(lang as 'kk' | 'ru', text, expr)?.slice(0, 7)).toBe(`2024-${mm(b)}`);
    },
  );
});

describe('each member goes on from the one before it', () => {
  it.each([
    ['ru', 'Законопроект был внесен в Мажилис в сентябре 2023 года, одобрен Сенатом 14 февраля и подписан Президентом 3 апреля.', ['2024-02-14', '2024-04-03']], // prettier-ignore
    ['ru', 'Законопроект внесен в сентябре 2023 года, одобрен Мажилисом 14 февраля, подписан 10 октября.', ['2024-02-14', '2024-10-10']], // prettier-ignore
    ['kk', 'Заң жобасы 2023 жылдың қыркүйегінде Мәжіліске енгізіліп, 14 ақпанда Сенат мақұлдады, 3 сәуірде Президент қол қойды.', ['2024-02-14', '2024-04-03']], // prettier-ignore
    ['kk', 'Заң жобасы 2023 жылғы қыркүйекте енгізілді, 14 ақпанда мақұлданды, 10 қазанда күшіне енді.', ['2024-02-14', '2024-10-10']], // prettier-ignore
  ] as const)('%s: %s', (lang, text, values) => {
    const got = tagDates(text, { lang, dct: '2025-03-12' })
      .slice(1)
      .map((t) => t.value);
    expect(got).toEqual(values);
  });
});

/** A Russian participle phrase after a comma, in every gender and number: it describes a noun. */
const RU_PARTICIPLES = ['принятый', 'принятая', 'принятое', 'принятые', 'принятого', 'подписанный', 'подписанная', 'подписанные', 'подписанного', 'начавшийся', 'начавшаяся', 'начавшиеся', 'вступивший', 'вступившая', 'вступившие']; // prettier-ignore
const RU_SUBORDINATE = ['который', 'которая', 'которые', 'в котором', 'что', 'когда'];

describe('a clause that describes a noun or reports speech is no member of the story', () => {
  it.each(RU_PARTICIPLES.concat(RU_SUBORDINATE))('ru: …, %s … 14 февраля', (opener) => {
    const text = `Сенат в сентябре 2023 года одобрил документ, ${opener} Мажилисом 14 февраля.`;
    expect(valueOf('ru', text, '14 февраля')).toBe('2025-02-14');
  });
  it.each([
    'Сенат 2023 жылғы қыркүйекте, 14 ақпанда Мәжіліс қабылдаған заңды мақұлдады.',
    'Сенат 2023 жылғы қыркүйекте, 14 ақпанда Мәжіліс қабылдайтын заңды талқылады.',
    'Министр 2023 жылғы қыркүйекте, 14 ақпанда заң күшіне енеді деп мәлімдеді.',
  ])('kk: %s', (text) => {
    expect(valueOf('kk', text, '14 ақпанда')?.slice(0, 4)).not.toBe('2024');
  });
});
