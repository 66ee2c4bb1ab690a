/**
 * What starts from a day is titled by what it is, not a bare "Start date": a law or a code brought
 * into force ("С 1 июля вводится новый Налоговый кодекс", "1 шілдеден бастап жаңа Салық кодексі
 * қолданысқа енгізіледі"), a new procedure applied ("С 1 января применяется новый порядок выплаты
 * пособий"), applications whose receipt begins, told by an imperfective verb ("С 1 апреля
 * начинается приём заявок"). Generated over the things (name, case, number), the verbs (tense,
 * aspect, number), the dates and the word order, in Russian and Kazakh (events/happeningThings.ts,
 * locales/<lang>/lexicon/happeningWords.ts). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => e.title.en);

type Case = [string, RegExp];

const upper = (x: string) => `${x.charAt(0).toUpperCase()}${x.slice(1)}`;
const lower = (x: string) => `${x.charAt(0).toLowerCase()}${x.slice(1)}`;

// Russian: the thing as the verb's subject, its number, the English title expected.
const RU_THINGS: Array<[string, 's' | 'p', RegExp]> = [
  ['новый Налоговый кодекс', 's', /^The Tax Code (?:to come|comes) into force/u],
  ['новый Трудовой кодекс', 's', /^The Labour Code (?:to come|comes) into force/u],
  ['новый Земельный кодекс', 's', /^The Land Code (?:to come|comes) into force/u],
  ['новый закон о политических партиях', 's', /^The law on political parties (?:to come|comes) into force/u], // prettier-ignore
  ['новые законы', 'p', /^A law (?:to come|comes) into force/u],
  ['новый порядок выплаты пособий', 's', /^A new procedure (?:to take|takes) effect/u],
  ['новый порядок приёма в вузы', 's', /^A new procedure (?:to take|takes) effect/u],
];
const RU_VERBS: Array<[string, string]> = [
  ['вводится', 'вводятся'],
  ['будет введён', 'будут введены'],
  ['начнет действовать', 'начнут действовать'],
  ['начинает действовать', 'начинают действовать'],
  ['будет применяться', 'будут применяться'],
  ['применяется', 'применяются'],
];
const RU_DATES = ['С 1 июля', 'С 1 сентября', 'С 1 января 2026 года'];
const ruThings: Case[] = RU_THINGS.flatMap(([thing, n, en], i) =>
  RU_VERBS.flatMap(([one, many], j): Case[] => {
    // (A procedure "будет введён" is another cue's, a rule introduced: titlesMeasures.ts.)
    if (/порядок/u.test(thing) && one === 'будет введён') return [];
    const d = RU_DATES[(i + j) % RU_DATES.length]!;
    const v = n === 's' ? one : many;
    return [
      [`${d} ${v} ${thing}.`, en],
      [`${upper(thing)} ${v} ${lower(d)}.`, en],
    ];
  }),
);

// Russian: receipt of applications or documents begins, the verb in either aspect.
const RU_RECEIPT = [
  'приём заявок на гранты',
  'прием документов от кандидатов',
  'приём заявлений на участие',
];
const RU_START = ['начинается', 'начнется', 'начинаются', 'стартует'];
const ruReceipt: Case[] = RU_RECEIPT.flatMap((thing, i) =>
  RU_START.flatMap((v, j): Case[] => {
    const d = RU_DATES[(i + j) % RU_DATES.length]!;
    return [
      [`${d} ${v} ${thing}.`, /^Receipt of documents (?:to start|starts)/u],
      [`${upper(thing)} ${v} ${lower(d)}.`, /^Receipt of documents (?:to start|starts)/u],
    ];
  }),
);

// Kazakh: the thing (subject, possessive), its verb, the English title expected.
const KK_THINGS: Array<[string, RegExp]> = [
  ['жаңа Салық кодексі', /^The Tax Code (?:to come|comes) into force/u],
  ['жаңа Еңбек кодексі', /^The Labour Code (?:to come|comes) into force/u],
  ['жаңа Жер кодексі', /^The Land Code (?:to come|comes) into force/u],
  ['жаңа заңдар', /^A law (?:to come|comes) into force/u],
  ['жәрдемақы төлеудің жаңа тәртібі', /^A new procedure (?:to take|takes) effect/u],
  ['жоғары оқу орындарына қабылдаудың жаңа тәртібі', /^A new procedure (?:to take|takes) effect/u],
];
const KK_VERBS = ['енгізіледі', 'қолданылады', 'қолданысқа енгізіледі', 'қолданысқа енеді'];
const KK_DATES = ['1 шілдеден бастап', '1 қыркүйектен бастап', '2026 жылғы 1 қаңтардан бастап'];
const kkThings: Case[] = KK_THINGS.flatMap(([thing, en], i) =>
  KK_VERBS.flatMap((v, j): Case[] => {
    const d = KK_DATES[(i + j) % KK_DATES.length]!;
    return [
      [`${d} ${thing} ${v}.`, en],
      [`${upper(thing)} ${d} ${v}.`, en],
    ];
  }),
);

describe('what starts from a day, titled by what it is', () => {
  it.each([...ruThings, ...ruReceipt])('ru: %s', (text, en) => {
    expect(titles('ru', text)).toContainEqual(expect.stringMatching(en));
  });
  it.each(kkThings)('kk: %s', (text, en) => {
    expect(titles('kk', text)).toContainEqual(expect.stringMatching(en));
  });

  // As before: a ban, provisions of a code (the code only their owner), a bill (not in force).
  it.each<['kk' | 'ru', string, RegExp]>([
    ['ru', 'С 1 июля вводится запрет на продажу энергетических напитков детям.', /^A ban (?:to take|takes) effect/u], // prettier-ignore
    ['ru', 'Отдельные положения Налогового кодекса заработают с 1 июля.', /^New provisions (?:to take|take) effect/u], // prettier-ignore
    ['kk', '1 шілдеден бастап Салық кодексінің жаңа нормалары қолданылады.', /^New provisions (?:to take|take) effect/u], // prettier-ignore
    ['kk', '1 шілдеден бастап балаларға энергетикалық сусын сатуға тыйым енгізіледі.', /^A ban (?:to take|takes) effect/u], // prettier-ignore
  ])('%s: stays as it was: %s', (lang, text, en) => {
    expect(titles(lang, text)).toContainEqual(expect.stringMatching(en));
  });
  it.each<['kk' | 'ru', string]>([
    ['ru', 'С 1 июля правительство обсуждает законопроект о налогах.'],
    ['ru', 'С 1 июля вводится порядка 10 новых тарифов.'],
    ['kk', '1 шілдеден бастап заң жобасы талқыланады.'],
  ])('%s: no law nor procedure takes effect: %s', (lang, text) => {
    expect(titles(lang, text).every((t) => !/into force|A new procedure/u.test(t))).toBe(true);
  });
});
