/**
 * An instruction is dated by the day it was given, never by its task's deadline. Undated, in an
 * article that reports it as its news, it takes the day of the news ("Премьер-министр поручил
 * акимам пересмотреть тарифы" gave no event at all). With a deadline and a day of its own
 * ("Сегодня Токаев поручил до 1 июля внести …") it is two events: the instruction that day and
 * the task due by the deadline; the task was titled "Tokayev sets a deadline" and stood on the
 * day of the giving, or the instruction stood on the deadline. Generated over who instructs, the
 * addressee, the task, the verb and the day; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-03-12';

const RU_WHO: Array<[string, string, string]> = [
  ['Президент', 'поручил', 'The President'],
  ['Премьер-министр', 'поручил', 'The Prime Minister'],
  ['Министр финансов Айгуль Садыкова', 'поручила', 'Aygul Sadykova'],
];
const RU_TO = ['правительству', 'акимам областей', 'министерствам'];
const RU_TASKS = [
  'внести в Мажилис проект Налогового кодекса',
  'пересмотреть тарифы',
  'подготовиться к паводкам',
];

const KK_WHO: Array<[string, string]> = [
  ['Президент', 'The President'],
  ['Премьер-Министр', 'The Prime Minister'],
  ['Қаржы министрі Айгүл Садықова', 'Aygul Sadykova'],
];
const KK_TO = ['Үкіметке', 'облыс әкімдеріне', 'министрліктерге'];
const KK_TASKS = [
  'Салық кодексінің жобасын Мәжіліске енгізуді',
  'тарифтерді қайта қарауды',
  'су тасқынына дайындалуды',
];
const KK_VERBS = ['тапсырды', 'жүктеді', 'міндеттеді'];

const seen = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUBLISHED).events.map(
    (e) => `${e.type} ${e.date.edtf} ${e.title.en}`,
  );

const UNDATED = [
  ...RU_WHO.flatMap(([who, verb, en]) =>
    RU_TO.flatMap((to) =>
      RU_TASKS.map((task) => ['ru', `${who} ${verb} ${to} ${task}.`, en] as const),
    ),
  ),
  ...KK_WHO.flatMap(([who, en]) =>
    KK_TO.flatMap((to) =>
      KK_TASKS.flatMap((task) =>
        KK_VERBS.map((verb) => ['kk', `${who} ${to} ${task} ${verb}.`, en] as const),
      ),
    ),
  ),
];

describe('an instruction with no date of its own, told as the news', () => {
  it.each(UNDATED)('%s: %s', (lang, text, en) => {
    expect(seen(lang, text)).toContain(`statement ${PUBLISHED} ${en} gives instructions`);
  });
});

const RU_DAYS: Array<[string, string]> = [
  ['Сегодня', PUBLISHED],
  ['5 марта', '2025-03-05'],
];
const KK_DAYS: Array<[string, string]> = [
  ['Бүгін', PUBLISHED],
  ['5 наурызда', '2025-03-05'],
];

const WITH_DEADLINE = [
  ...RU_WHO.flatMap(([who, verb, en]) =>
    RU_TO.flatMap((to) =>
      RU_DAYS.map(
        ([day, iso]) =>
          ['ru', `${day} ${who} ${verb} ${to} до 1 июля внести в Мажилис проект Налогового кодекса.`, en, iso] as const, // prettier-ignore
      ),
    ),
  ),
  ...KK_WHO.flatMap(([who, en]) =>
    KK_TO.flatMap((to) =>
      KK_DAYS.flatMap(([day, iso]) =>
        KK_VERBS.map(
          (verb) =>
            ['kk', `${day} ${who} ${to} Салық кодексінің жобасын 1 шілдеге дейін Мәжіліске енгізуді ${verb}.`, en, iso] as const, // prettier-ignore
        ),
      ),
    ),
  ),
];

describe('an instruction given on a day, its task due by a deadline', () => {
  it.each(WITH_DEADLINE)('%s: %s', (lang, text, en, iso) => {
    const events = seen(lang, text);
    // The instruction, on the day it was given.
    expect(events).toContain(`statement ${iso} ${en} gives instructions`);
    // The task, due by the deadline, and nothing else but the instruction on the giving day.
    expect(events.some((e) => e.startsWith('other 2025-07-01 '))).toBe(true);
    expect(events.filter((e) => e.includes(` ${iso} `))).toHaveLength(1);
    expect(events.filter((e) => e.includes('sets a deadline'))).toEqual([]);
  });
});

describe('an instruction whose only date is its deadline', () => {
  it.each([
    ['ru', 'Премьер-министр поручил акимам областей до 1 июля завершить ремонт школ.'],
    ['ru', 'Токаев поручил правительству до 1 июля внести в Мажилис проект Налогового кодекса.'],
    [
      'kk',
      'Премьер-Министр облыс әкімдеріне мектептерді жөндеуді 1 шілдеге дейін аяқтауды тапсырды.',
    ],
    ['kk', 'Тоқаев Үкіметке Салық кодексінің жобасын 1 шілдеге дейін Мәжіліске енгізуді тапсырды.'],
  ] as const)('%s: %s', (lang, text) => {
    const events = seen(lang, text);
    // The task due that day, never titled as an instruction given on the deadline.
    expect(events.some((e) => e.startsWith('other 2025-07-01 '))).toBe(true);
    expect(events.filter((e) => /sets a deadline|gives instructions/u.test(e) && e.includes('2025-07-01'))).toEqual([]); // prettier-ignore
  });
});
