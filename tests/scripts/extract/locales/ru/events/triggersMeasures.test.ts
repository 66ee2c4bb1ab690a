/**
 * Measures of a day of their own, in Russian: the central bank's rate decision, a ban imposed,
 * diplomats expelled or declared persona non grata. Each is an `other` event titled by who did
 * what, over subjects of each gender, the verb's past and future, the short passive, and dates;
 * the same words in no act ("запрет … обсуждается", "предложило ввести", "ставка НДС", a sanction
 * on a person, a standing rule) give none. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

/** Published after the day for what is done, before it for what will be. */
const titles = (text: string, future = false) =>
  extractSentences('ru', text, future ? '2025-01-20' : '2025-03-12').events.map(
    (e) => `${e.id} ${e.title.en}`,
  );
const kinds = (text: string) =>
  extractSentences('ru', text, '2025-03-12').events.map((e) => `${e.type} ${e.id}`);

const DAYS = [
  ['7 марта', '2025-03-07'],
  ['12 февраля', '2025-02-12'],
  ['28 января', '2025-01-28'],
] as const;
const FUTURE_DAYS = [
  ['7 февраля', '2025-02-07'],
  ['3 марта', '2025-03-03'],
] as const;

describe('a rate decision', () => {
  const BANKS = ['Национальный банк', 'Нацбанк'];
  /** The verb, the figure's phrase and the title's words. */
  const MOVES = [
    ['повысил', 'до 16,5%', 'raises the base rate to 16.5%'],
    ['поднял', 'до 16,5 процента', 'raises the base rate to 16.5%'],
    ['снизил', 'до 15,25%', 'cuts the base rate to 15.25%'],
    ['понизил', 'до 15%', 'cuts the base rate to 15%'],
    ['сохранил', 'на уровне 15,25%', 'keeps the base rate at 15.25%'],
    ['оставил', 'на уровне 15,25%', 'keeps the base rate at 15.25%'],
  ] as const;
  const FUTURE = [
    ['повысит', 'до 16,5%', 'to raise the base rate to 16.5%'],
    ['снизит', 'до 15%', 'to cut the base rate to 15%'],
    ['сохранит', 'на уровне 15,25%', 'to keep the base rate at 15.25%'],
  ] as const;
  it.each(
    BANKS.flatMap((b) =>
      MOVES.flatMap(([v, fig, en]) => DAYS.map(([d, day]) => [b, d, v, fig, en, day])),
    ),
  )(
    // prettier-ignore
    '%s %s %s базовую ставку %s',
    (bank, d, verb, fig, en, day) =>
      expect(titles(`${bank} ${d} ${verb} базовую ставку ${fig}.`)).toContain(
        `${day}-other-rate The National Bank ${en}`,
      ),
  );
  it.each(
    BANKS.flatMap((b) =>
      FUTURE.flatMap(([v, fig, en]) => FUTURE_DAYS.map(([d, day]) => [b, d, v, fig, en, day])),
    ),
  )(
    // prettier-ignore
    '%s %s %s базовую ставку %s (ahead)',
    (bank, d, verb, fig, en, day) =>
      expect(titles(`${bank} ${d} ${verb} базовую ставку ${fig}.`, true)).toContain(
        `${day}-other-rate The National Bank ${en}`,
      ),
  );
  /** The rate first, in the short passive, with or without "была". */
  const PASSIVE = [
    ['повышена', 'до 16,5%', 'is raised to 16.5%'],
    ['была повышена', 'до 16,5%', 'is raised to 16.5%'],
    ['снижена', 'до 15%', 'is cut to 15%'],
    ['сохранена', 'на уровне 15,25%', 'is kept at 15.25%'],
    ['осталась', 'на уровне 15,25%', 'is kept at 15.25%'],
  ] as const;
  it.each(PASSIVE.flatMap(([v, fig, en]) => DAYS.map(([d, day]) => [d, v, fig, en, day])))(
    'Базовая ставка %s %s %s',
    (d, verb, fig, en, day) =>
      expect(titles(`Базовая ставка ${d} ${verb} ${fig}.`)).toContain(
        `${day}-other-rate The base rate ${en}`,
      ),
  );
  it.each([
    'Нацбанк 7 марта не повысил базовую ставку.',
    'Ставка НДС 7 марта повышена до 16%.',
    'Банк 7 марта повысил ставки по депозитам до 14%.',
    'Повышение базовой ставки обсуждается экономистами.',
  ])('%s → no rate decision', (text) =>
    expect(kinds(text).filter((k) => k.includes('-rate'))).toEqual([]),
  );
});

describe('a ban imposed', () => {
  /** A subject of each gender the lexicon knows, and its past ending. */
  const SUBJECTS = [
    ['Министерство энергетики', 'о', 'The Ministry of Energy'],
    ['Минэнерго', 'о', 'The Ministry of Energy'],
    ['Министерство торговли и интеграции', 'о', 'The Ministry of Trade and Integration'],
  ] as const;
  /** What is banned, and the title's word for it. */
  const GOODS = [
    ['вывоз бензина', 'exports'],
    ['экспорт дизельного топлива', 'exports'],
    ['ввоз сахара', 'imports'],
    ['импорт мяса', 'imports'],
  ] as const;
  const VERBS = [
    (end: string, what: string) => `запретил${end} ${what}`,
    (end: string, what: string) => `ввел${end} запрет на ${what}`,
  ];
  it.each(
    SUBJECTS.flatMap(([s, end, en]) =>
      GOODS.flatMap(([what, goods]) =>
        VERBS.flatMap((v) =>
          DAYS.map(([d, day]) => [
            `${s} ${d} ${v(end, what)}.`,
            `${day}-other-ban ${en} bans ${goods}`,
          ]),
        ),
      ),
    ),
  )(
    // prettier-ignore
    '%s',
    (text, want) => expect(titles(text)).toContain(want),
  );
  /** No subject: the ban in the passive, each gender and "был". */
  it.each([
    ['5 марта был введен запрет на вывоз бензина.', '2025-03-05-other-ban Exports are banned'],
    ['Запрет на ввоз сахара введен 5 марта.', '2025-03-05-other-ban Imports are banned'],
    ['5 марта вывоз бензина был запрещен.', '2025-03-05-other-ban Exports are banned'],
    ['5 марта была запрещена продажа петард.', '2025-03-05-other-ban A ban is imposed'],
    ['5 марта было запрещено вывозить скот.', '2025-03-05-other-ban Exports are banned'],
    ['5 марта были запрещены азартные игры.', '2025-03-05-other-ban A ban is imposed'],
  ])('%s', (text, want) => expect(titles(text)).toContain(want));
  it.each([
    'Запрет на курение обсуждается в Мажилисе.',
    'Министерство энергетики 5 марта предложило ввести запрет на вывоз бензина.',
    'Суд 5 марта запретил ему занимать должности на государственной службе.',
    'В день тишины агитация запрещена.',
    'Закон запрещает вывоз скота.',
    'Правительство 5 марта не ввело запрет на вывоз бензина.',
    'На референдуме 5 марта изменены статьи Конституции, в том числе запрещено занимать посты.',
  ])('%s → no ban', (text) => expect(kinds(text).filter((k) => k.includes('-ban'))).toEqual([]));
});

describe('diplomats expelled', () => {
  const SUBJECTS = [
    ['МИД Казахстана', ''],
    ['Министерство иностранных дел', 'о'],
  ] as const;
  /** Whom, and whether the title counts one or several. */
  const WHOM = [
    ['двух дипломатов', 'diplomats'],
    ['трех сотрудников посольства', 'diplomats'],
    ['российского дипломата', 'a diplomat'],
    ['посла', 'a diplomat'],
  ] as const;
  const VERBS = [
    (end: string, whom: string) => [`выслал${end} ${whom}`, 'expels'],
    (end: string, whom: string) => [`выдворил${end} ${whom}`, 'expels'],
    (end: string, whom: string) => [`объявил${end} ${whom} персоной нон грата`, 'declares'],
  ];
  it.each(
    SUBJECTS.flatMap(([s, end]) =>
      WHOM.flatMap(([whom, en]) =>
        VERBS.flatMap((v) =>
          DAYS.map(([d, day]) => {
            const [verb, does] = v(end, whom);
            return [
              `${s} ${d} ${verb}.`,
              `${day}-other-expulsion The Ministry of Foreign Affairs ${does} ${en}${does === 'declares' ? ' persona non grata' : ''}`,
            ];
          }),
        ),
      ),
    ),
  )(
    // prettier-ignore
    '%s',
    (text, want) => expect(titles(text)).toContain(want),
  );
  it.each([
    ['Два дипломата были высланы 5 марта.', '2025-03-05-other-expulsion Diplomats are expelled'],
    ['Посол выслан из страны 5 марта.', '2025-03-05-other-expulsion A diplomat is expelled'],
    ['5 марта дипломат был объявлен персоной нон грата.', '2025-03-05-other-expulsion A diplomat is declared persona non grata'], // prettier-ignore
    ['Дипломаты признаны персонами нон грата 5 марта.', '2025-03-05-other-expulsion Diplomats are declared persona non grata'], // prettier-ignore
  ])('%s', (text, want) => expect(titles(text)).toContain(want));
  it.each(['МИД 5 марта не выслал дипломатов.', 'Высылка дипломатов обсуждается в парламенте.'])(
    '%s → no expulsion',
    (text) => expect(kinds(text).filter((k) => k.includes('-expulsion'))).toEqual([]),
  );
});
