/**
 * A sentence that opens a story with a year alone tells its later year-less months in that year
 * (dates/storyYear.ts): "В 2023 году партия провела съезд, а в мае объявила о новой программе"
 * (published 2025-03-12) dated the programme 2024-05, from the publication. Generated over the
 * year, every month, the way the later member is told (Russian past verb in each gender and number
 * after "а", "затем", "и"; Kazakh finite past after "ал", "кейін", a converb chain) and both
 * languages. Kept on the publication's year: a month told as ahead, one after "сейчас"/"қазір", a
 * clause describing a noun, a repeated act
 * ("вновь избран", "қайта сайланды"), and a year that names a topic.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const DCT = '2025-03-12';
const valueOf = (lang: 'kk' | 'ru', text: string, expr: string) =>
  tagDates(text, { lang, dct: DCT }).find((t) => t.text === expr)?.value;

const RU_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре']; // prettier-ignore
// (A bare "маусымда" is no month to the tagger: "маусым" is a season of play as well.)
const KK_LOC = ['қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымның басында', 'шілдеде', 'тамызда', 'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда']; // prettier-ignore
const mm = (i: number) => String(i + 1).padStart(2, '0');
const YEARS = ['2019', '2021', '2023'];

type Form = (y: string, m: string) => readonly [string, string];
const RU_FORMS: readonly Form[] = [
  (y, m) => [`В ${y} году партия провела съезд, а в ${m} она объявила о новой программе.`, m],
  (y, m) => [`В ${y} году Президент подписал указ, а в ${m} он вступил в силу.`, m],
  (y, m) => [`В ${y} году депутаты внесли законопроект, затем в ${m} Сенат одобрил его.`, m],
  (y, m) => [`В ${y} году партии объединились, и в ${m} их лидеры провели общий съезд.`, m],
  (y, m) => [`В ${y} году правительство ушло в отставку, а в ${m} было сформировано новое.`, m],
];
const KK_FORMS: readonly Form[] = [
  (y, m) => [`${y} жылы партия съезд өткізді, ал ${m} ол жаңа бағдарламаны жариялады.`, m],
  (y, m) => [`${y} жылы Президент жарлыққа қол қойды, кейін ${m} ол күшіне енді.`, m],
  (y, m) => [`${y} жылы депутаттар заң жобасын енгізді, ал ${m} Сенат оны мақұлдаған.`, m],
];
const monthOf = (lang: 'kk' | 'ru', m: string) => (lang === 'ru' ? RU_PREP : KK_LOC).indexOf(m);

const rows = (lang: 'kk' | 'ru', forms: readonly Form[], months: readonly string[]) =>
  YEARS.flatMap((y) =>
    months.flatMap((m) =>
      forms.map((f): [string, string, string, string] => [lang, ...f(y, m), y]),
    ),
  );

describe('a later month in a story opened by a year alone is that year', () => {
  it.each([...rows('ru', RU_FORMS, RU_PREP), ...rows('kk', KK_FORMS, KK_LOC)])(
    '%s: %s (%s)',
    (lang, text, expr, year) => {
      const l = lang as 'kk' | 'ru';
      const value = valueOf(l, text, expr) ?? valueOf(l, text, expr.split(' ')[0]!);
      expect(value?.slice(0, 7)).toBe(`${year}-${mm(monthOf(l, expr))}`);
    },
  );
});

describe('where the year does not carry', () => {
  it.each([
    // A month told as ahead, or after a word of now.
    ['ru', 'В 2023 году партия провела съезд, а в мае она объявит о новой программе.', 'мае'],
    ['ru', 'В 2023 году партия провела съезд, а сейчас в мае она объявила о программе.', 'мае'],
    ['ru', 'В 2023 году партия провела съезд, а теперь в мае она объявила о программе.', 'мае'],
    [
      'kk',
      '2023 жылы партия съезд өткізді, ал мамырда ол жаңа бағдарламаны жариялайды.',
      'мамырда',
    ],
    [
      'kk',
      '2023 жылы партия съезд өткізді, ал қазір мамырда ол бағдарламаны жариялады.',
      'мамырда',
    ],
    // A clause describing a noun, or reporting speech.
    ['ru', 'В 2023 году партия провела съезд, принятый в мае устав утвердили.', 'мае'],
    ['ru', 'В 2023 году партия провела съезд, который в мае одобрил устав.', 'мае'],
    [
      'kk',
      '2023 жылы партия съезд өткізді, мамырда Мәжіліс қабылдаған заңды талқылады.',
      'мамырда',
    ],
    // A repeated act may be years later (a re-election); a year describing a noun frames nothing.
    ['ru', 'В 2019 году его избрали депутатом, а в ноябре вновь избрали.', 'ноябре'],
    ['ru', 'В 2019 году он стал депутатом, а в ноябре был переизбран.', 'ноябре'],
    ['kk', 'Ол 2019 жылы сайланды, қарашада қайта сайланды.', 'қарашада'],
    ['kk', '2019 жылы сайланған депутат, қарашада отставкаға кетті.', 'қарашада'],
    // A year that names a topic, not the time of the story.
    ['ru', 'Бюджет 2023 года исполнен, а в мае правительство отчиталось.', 'мае'],
    ['kk', '2023 жылғы бюджет орындалды, ал мамырда үкімет есеп берді.', 'мамырда'],
  ] as const)('%s: %s', (lang, text, expr) => {
    expect(valueOf(lang, text, expr)?.slice(0, 4)).not.toMatch(/^20(?:19|23)$/u);
  });
});
