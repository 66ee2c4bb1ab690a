/**
 * A law a chamber acts on is titled by the chamber: "Мажилис ратифицировал договор" was "The law
 * on ratifying an agreement" (or "Law"), "Мажилис принял закон о выборах" was "A law is adopted"
 * (test sentences written for the check). Now "The Mazhilis ratifies a treaty", "The Mazhilis
 * passes the law on elections"; a treaty ratified with no chamber named is "A treaty is ratified".
 * Generated over the chambers and their members, the verb's forms, the treaties, the laws, the
 * tense, both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const lawTitles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12')
    .events.filter((e) => e.type === 'law')
    .map((e) => `${e.status} ${e.title.en} | ${e.title.ru} | ${e.title.kk}`);

type Kind = 'agreement' | 'treaty' | 'convention' | 'protocol';
const TREATY: Record<Kind, [string, string, string]> = { agreement: ['an agreement', 'соглашение', 'келісімді'], treaty: ['a treaty', 'договор', 'шартты'], convention: ['a convention', 'конвенцию', 'конвенцияны'], protocol: ['a protocol', 'протокол', 'хаттаманы'] }; // prettier-ignore
type Ch = 'mazhilis' | 'senate' | 'parliament';
const CH: Record<Ch, [string, string, string, string]> = { mazhilis: ['The Mazhilis', 'Мажилис', 'Мәжіліс', 'Мәжілісте'], senate: ['The Senate', 'Сенат', 'Сенат', 'Сенатта'], parliament: ['Parliament', 'Парламент', 'Парламент', 'Парламентте'] }; // prettier-ignore

const ratifies = (ch: Ch, k: Kind, ahead: boolean) => {
  const [en, ru, kk] = CH[ch];
  const [ten, tru, tkk] = TREATY[k];
  return ahead
    ? `planned ${en} to ratify ${ten} | ${ru} ратифицирует ${tru} | ${kk} ${tkk} ратификацияламақ`
    : `reported ${en} ratifies ${ten} | ${ru} ратифицировал ${tru} | ${kk} ${tkk} ратификациялады`;
};

const RU_SUBJECTS: [string, Ch, boolean][] = [['Мажилис', 'mazhilis', false], ['Депутаты Мажилиса', 'mazhilis', true], ['Сенат', 'senate', false], ['Сенаторы', 'senate', true], ['Парламент', 'parliament', false]]; // prettier-ignore
// The treaty: accusative after the verb, genitive after "ратификации".
const RU_TREATIES: [string, string, Kind][] = [
  ['соглашение о сотрудничестве с Узбекистаном', 'Соглашения о сотрудничестве с Узбекистаном', 'agreement'],
  ['Договор о союзнических отношениях между Казахстаном и Узбекистаном', 'Договора о союзнических отношениях между Казахстаном и Узбекистаном', 'treaty'],
  ['конвенцию о правовой помощи', 'Конвенции о правовой помощи', 'convention'],
  ['протокол о внесении изменений в соглашение', 'Протокола о внесении изменений в соглашение', 'protocol'],
]; // prettier-ignore
const RU_FORMS: ((many: boolean, acc: string, gen: string) => string)[] = [
  (m, acc) => `Сегодня ${m ? 'ратифицировали' : 'ратифицировал'} ${acc}`,
  (m, _, gen) => `Сегодня ${m ? 'приняли' : 'принял'} закон «О ратификации ${gen}»`,
  (m, _, gen) => `Сегодня ${m ? 'одобрили' : 'одобрил'} ратификацию ${gen}`,
];
const RU = RU_SUBJECTS.flatMap(([s, ch, many]) => RU_TREATIES.flatMap(([acc, gen, k]) => RU_FORMS.map((f) => [f(many, acc, gen).replace('Сегодня', `Сегодня ${s}`) + '.', ch, k] as const))); // prettier-ignore

const KK_SUBJECTS: [string, Ch][] = [['Мәжіліс', 'mazhilis'], ['Мәжіліс депутаттары', 'mazhilis'], ['Сенат', 'senate'], ['Сенаторлар', 'senate'], ['Парламент', 'parliament']]; // prettier-ignore
// The treaty in the accusative before the verb or before "ратификациялау туралы заң".
const KK_TREATIES: [string, Kind][] = [
  ['Өзбекстанмен ынтымақтастық туралы келісімді', 'agreement'],
  ['Қазақстан мен Өзбекстан арасындағы одақтастық қатынастар туралы шартты', 'treaty'],
  ['құқықтық көмек туралы конвенцияны', 'convention'],
  ['келісімге өзгерістер енгізу туралы хаттаманы', 'protocol'],
];
const KK_FORMS: ((doc: string) => string)[] = [
  (d) => `${d} ратификациялады`,
  (d) => `${d} ратификациялау туралы заңды қабылдады`,
];
const KK = KK_SUBJECTS.flatMap(([s, ch]) => KK_TREATIES.flatMap(([d, k]) => KK_FORMS.map((f) => [`Бүгін ${s} ${f(d)}.`, ch, k] as const))); // prettier-ignore

// A law adopted by a chamber, named or not, done or ahead.
const LAWS: [string, string, string, string][] = [
  ['закон о выборах', 'сайлау туралы заңды', 'the law on elections', 'закон о выборах|Сайлау туралы заң'],
  ['Налоговый кодекс', 'Салық кодексін', 'the Tax Code', 'Налоговый кодекс|Салық кодексі'],
  ['закон об амнистии', 'рақымшылық жасау туралы заңды', 'the law on an amnesty', 'закон об амнистии|Рақымшылық жасау туралы заң'],
]; // prettier-ignore
const passes = (ch: Ch, law: string, names: string, ahead: boolean) => {
  const [en, ru, , kkLoc] = CH[ch];
  const [nru, nkk] = names.split('|');
  return ahead
    ? `planned ${en} to pass ${law} | ${ru} примет ${nru} | ${nkk} ${kkLoc} қабылданбақ`
    : `reported ${en} passes ${law} | ${ru} принял ${nru} | ${nkk} ${kkLoc} қабылданды`;
};
const PASSED = RU_SUBJECTS.flatMap(([s, ch, many]) =>
  LAWS.flatMap(([ru, kk, en, names]) => [
    ['ru', `Сегодня ${s} ${many ? 'приняли' : 'принял'} ${ru}.`, passes(ch, en, names, false)],
    ['ru', `20 марта ${s} ${many ? 'должны' : 'должен'} принять ${ru}.`, passes(ch, en, names, true)],
    ['kk', `Бүгін ${KK_SUBJECTS.find(([, c]) => c === ch)![0]} ${kk} қабылдады.`, passes(ch, en, names, false)],
    ['kk', `20 наурызда ${KK_SUBJECTS.find(([, c]) => c === ch)![0]} ${kk} қабылдайды.`, passes(ch, en, names, true)],
  ] as const),
); // prettier-ignore

describe('a law a chamber acts on is titled by the chamber', () => {
  it.each(RU)('ru: %s', (text, ch, k) => expect(lawTitles('ru', text)).toEqual([ratifies(ch, k, false)])); // prettier-ignore
  it.each(KK)('kk: %s', (text, ch, k) => expect(lawTitles('kk', text)).toEqual([ratifies(ch, k, false)])); // prettier-ignore
  it.each([
    ['ru', 'Сенат ратифицирует соглашение 20 марта.', ratifies('senate', 'agreement', true)],
    ['kk', 'Сенат 20 наурызда келісімді ратификациялайды.', ratifies('senate', 'agreement', true)],
    ['ru', 'Депутаты ратифицировали конвенцию.', 'reported A convention is ratified | Ратифицирована конвенция | Конвенция ратификацияланды'],
    ['ru', 'Соглашение о защите инвестиций планируется ратифицировать в этом году.', 'planned An agreement to be ratified | Будет ратифицировано соглашение | Келісім ратификацияланбақ'],
    ['kk', 'Депутаттар шекара туралы шартты ратификациялады.', 'reported A treaty is ratified | Ратифицирован договор | Шарт ратификацияланды'],
  ] as const)('%s: %s', (lang, text, title) => expect(lawTitles(lang, text)).toEqual([title])); // prettier-ignore
  it.each(PASSED)('%s: %s', (lang, text, title) => expect(lawTitles(lang, text)).toEqual([title])); // prettier-ignore
});
