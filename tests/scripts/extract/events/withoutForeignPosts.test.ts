/**
 * Another country's head of state is not Kazakhstan's: "Ресей Президенті … заңға қол қойды",
 * "Президент Франции подписал закон", "Президент Франции провёл встречу с …" were titled "The
 * President signs the law" / "The President meets …" (the cues of signing and of a host named by
 * his post alone read any "Президент"). The post after its country's name (Kazakh, in the
 * possessive) or before it (Russian, in the genitive), or after a country's adjective ("российский
 * президент"), is blanked out for them; Kazakhstan's own post still names the President.
 * Generated over countries, acts and both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2024-03-12';

const KK_FOREIGN = ['Ресей Президенті', 'Франция Президенті', 'АҚШ Президенті', 'Өзбекстан Президенті', 'Түркия Республикасының Президенті', 'Америка Құрама Штаттарының Президенті']; // prettier-ignore
const RU_FOREIGN = ['Президент Франции', 'Президент России', 'Президент США', 'Президент Узбекистана', 'Президент Республики Узбекистан', 'Президент Турецкой Республики', 'Российский президент', 'Французский президент']; // prettier-ignore
const KK_OWN = ['Президент', 'Мемлекет басшысы', 'Қазақстан Президенті', 'ҚР Президенті', 'Қазақстан Республикасының Президенті']; // prettier-ignore
const RU_OWN = ['Президент', 'Глава государства', 'Президент Казахстана', 'Президент Республики Казахстан']; // prettier-ignore

const kkActs = (p: string) => [
  `${p} 5 наурызда зейнетақы туралы заңға қол қойды.`,
  `${p} 2024 жылғы 5 наурызда жаңа Жарлыққа қол қойды.`,
];
const ruActs = (p: string) => [
  `${p} 5 марта подписал закон о пенсиях.`,
  `${p} 5 марта подписал новый указ.`,
  `${p} 5 марта провёл встречу с Олжасом Бектеновым.`,
];

type Case = ['kk' | 'ru', string];
const foreign: Case[] = [
  ...KK_FOREIGN.flatMap((p) => kkActs(p).map((t): Case => ['kk', t])),
  ...RU_FOREIGN.flatMap((p) => ruActs(p).map((t): Case => ['ru', t])),
];
const own: Case[] = [
  ...KK_OWN.flatMap((p) => kkActs(p).map((t): Case => ['kk', t])),
  ...RU_OWN.flatMap((p) => ruActs(p).map((t): Case => ['ru', t])),
];

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => [e.title.en, e.title.kk, e.title.ru].join(' / ')); // prettier-ignore

describe("another country's head of state by his post", () => {
  it.each(foreign)('%s: %s', (lang, text) => {
    const got = titles(lang, text);
    expect(got.length).toBeGreaterThan(0);
    expect(got.join(' | ')).not.toMatch(/President|Президент/u);
  });
  it.each(own)("%s: %s (Kazakhstan's)", (lang, text) => {
    expect(titles(lang, text).join(' | ')).toMatch(/^The President (?:signs|meets)/u);
  });
});
