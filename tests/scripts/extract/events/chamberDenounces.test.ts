/**
 * A chamber denouncing a treaty is titled by the chamber and the act: "Сенат денонсировал
 * соглашение", "Сенат келісімнің күшін жойды", "Мәжіліс келісімді денонсациялады" (test sentences
 * written for the check) were titled "Law" / "Закон" / "Заң", "Сенат принял закон о денонсации
 * соглашения" "The Senate passes a law", and the Kazakh "күшін жойды" gave no event. Now "The
 * Senate denounces an agreement" / "Сенат денонсировал соглашение" / "Сенат келісімді
 * денонсациялады". Generated over the chambers and their members, the verb's forms, the treaties,
 * done and ahead, both languages.
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
const CH: Record<Ch, [string, string, string]> = { mazhilis: ['The Mazhilis', 'Мажилис', 'Мәжіліс'], senate: ['The Senate', 'Сенат', 'Сенат'], parliament: ['Parliament', 'Парламент', 'Парламент'] }; // prettier-ignore

const denounces = (ch: Ch, k: Kind, ahead: boolean) => {
  const [en, ru, kk] = CH[ch];
  const [ten, tru, tkk] = TREATY[k];
  return ahead
    ? `planned ${en} to denounce ${ten} | ${ru} денонсирует ${tru} | ${kk} ${tkk} денонсацияламақ`
    : `reported ${en} denounces ${ten} | ${ru} денонсировал ${tru} | ${kk} ${tkk} денонсациялады`;
};

// The chamber or its members, in the verb's number.
const RU_SUBJECTS: [string, Ch, boolean][] = [['Мажилис', 'mazhilis', false], ['Депутаты Мажилиса', 'mazhilis', true], ['Сенат', 'senate', false], ['Сенаторы', 'senate', true], ['Парламент', 'parliament', false]]; // prettier-ignore
// The treaty: accusative after the verb, genitive after "денонсации".
const RU_TREATIES: [string, string, Kind][] = [
  ['соглашение о сотрудничестве с Украиной', 'Соглашения о сотрудничестве с Украиной', 'agreement'],
  ['Договор о дружбе между Казахстаном и Грузией', 'Договора о дружбе между Казахстаном и Грузией', 'treaty'],
  ['конвенцию о правовой помощи', 'Конвенции о правовой помощи', 'convention'],
  ['протокол о внесении изменений в соглашение', 'Протокола о внесении изменений в соглашение', 'protocol'],
]; // prettier-ignore
const RU_FORMS: [(many: boolean, acc: string, gen: string) => string, boolean][] = [
  [(m, acc) => `Сегодня ${m ? 'денонсировали' : 'денонсировал'} ${acc}`, false],
  [(m, _, gen) => `Сегодня ${m ? 'приняли' : 'принял'} закон «О денонсации ${gen}»`, false],
  [(m, _, gen) => `Сегодня ${m ? 'одобрили' : 'одобрил'} денонсацию ${gen}`, false],
  [(m, acc) => `20 марта ${m ? 'денонсируют' : 'денонсирует'} ${acc}`, true],
]; // prettier-ignore
const RU = RU_SUBJECTS.flatMap(([s, ch, many]) =>
  RU_TREATIES.flatMap(([acc, gen, k]) =>
    RU_FORMS.map(([f, ahead]) => [`${f(many, acc, gen).replace(/^(Сегодня|20 марта)/u, `$1 ${s}`)}.`, denounces(ch, k, ahead)]),
  ),
); // prettier-ignore

const KK_SUBJECTS: [string, Ch][] = [['Мәжіліс', 'mazhilis'], ['Мәжіліс депутаттары', 'mazhilis'], ['Сенат', 'senate'], ['Сенаторлар', 'senate'], ['Парламент', 'parliament']]; // prettier-ignore
// The treaty's phrase, then its noun in the accusative and in the genitive (possessed or plain).
const KK_TREATIES: [string, string, string, Kind][] = [
  ['Украинамен ынтымақтастық туралы', 'келісімді', 'келісімнің', 'agreement'],
  ['Қазақстан мен Грузия арасындағы достық туралы', 'шартты', 'шарттың', 'treaty'],
  ['құқықтық көмек туралы', 'конвенцияны', 'конвенциясының', 'convention'],
  ['келісімге өзгерістер енгізу туралы', 'хаттаманы', 'хаттаманың', 'protocol'],
]; // prettier-ignore
const KK_FORMS: [(acc: string, gen: string) => string, boolean][] = [
  [(acc) => `Бүгін {s} {d} ${acc} денонсациялады`, false],
  [(_, gen) => `Бүгін {s} {d} ${gen} күшін жойды`, false],
  [(acc) => `Бүгін {s} {d} ${acc} денонсациялау туралы заңды қабылдады`, false],
  [(_, gen) => `Бүгін {s} {d} ${gen} күшін жою туралы заңды қабылдады`, false],
  [(acc) => `20 наурызда {s} {d} ${acc} денонсациялайды`, true],
  [(_, gen) => `20 наурызда {s} {d} ${gen} күшін жояды`, true],
]; // prettier-ignore
const KK = KK_SUBJECTS.flatMap(([s, ch]) =>
  KK_TREATIES.flatMap(([d, acc, gen, k]) =>
    KK_FORMS.map(([f, ahead]) => [`${f(acc, gen).replace('{s}', s).replace('{d}', d)}.`, denounces(ch, k, ahead)]),
  ),
); // prettier-ignore

describe('a chamber denouncing a treaty is titled by the chamber and the act', () => {
  it.each(RU)('ru: %s', (text, want) => expect(lawTitles('ru', text)).toEqual([want]));
  it.each(KK)('kk: %s', (text, want) => expect(lawTitles('kk', text)).toEqual([want]));
  // With no chamber named, the treaty is denounced; the Government's decree or a court's ruling
  // ending something's force is no law.
  it.each([
    [
      'ru',
      'Соглашение денонсировано сегодня.',
      ['reported An agreement is denounced | Денонсировано соглашение | Келісім денонсацияланды'],
    ],
    [
      'kk',
      'Келісім бүгін денонсацияланды.',
      ['reported An agreement is denounced | Денонсировано соглашение | Келісім денонсацияланды'],
    ],
    ['kk', 'Бүгін Үкімет келісімнің күшін жою туралы қаулы қабылдады.', []],
    ['kk', 'Бүгін сот үкімнің күшін жойды.', []],
  ] as const)('%s: %s', (lang, text, want) => expect(lawTitles(lang, text)).toEqual(want));
});
