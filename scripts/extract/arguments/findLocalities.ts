import { NOT_GIVEN_NAMES } from '../locales/kk/lexicon/names';
import { NOT_AFTER_WORD } from './boundaries';
import { isInflectionTail } from './suffixChain';
import { kkToRu, toLatinTitle, toSlug } from './transliterate';
import type { Lang, PlaceHit } from './types';

/**
 * Districts and villages the gazetteer cannot list: a capitalised name followed by the generic
 * noun (`Бәйтерек ауданы`, `Махамбет ауылында`, `Сәтбаев қаласында`, `Сырдария аудандық филиалы`),
 * or in Russian `Байтерекский район` / `в селе Махамбет` / `в городе Сатпаев`. Ids are transliterations plus the kind.
 */
const NAME = '(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?)';
const KK = new RegExp(`${NOT_AFTER_WORD}${NAME}[ \\u00a0]+(аудан|ауыл|қала)(\\p{L}*)`, 'gu');
const RU_DISTRICT = new RegExp(
  `${NOT_AFTER_WORD}(\\p{Lu}\\p{Ll}+)(?:ск|цк)(?:ий|ого|ому|ом|им)[ \\u00a0]+район(\\p{L}*)`,
  'gu',
);
const RU_VILLAGE = new RegExp(
  `${NOT_AFTER_WORD}(?:сел|аул|пос[её]лк)\\p{L}{0,3}[ \\u00a0]+${NAME}`,
  'gu',
);
/** "в городе Сатпаев", "г. Сатпаев": a town named like a person is still a town. */
const RU_TOWN = new RegExp(`${NOT_AFTER_WORD}(?:город\\p{L}{0,2}|г\\.)[ \\u00a0]*${NAME}`, 'gu');

/** Capitalised words that start sentences but never name a place (pronouns like Онда "there"). */
// prettier-ignore
const NOT_NAMES = new Set([
  'Онда', 'Мұнда', 'Сонда', 'Осында', 'Бұнда', 'Бір', 'Екі', 'Үш','Бұл', 'Осы', 'Сол', 'Әр', 'Әрбір', 'Барлық', 'Біздің', 'Ол', 'Оның', 'Ал', 'Жаңа', 'Кейбір', 'Бүкіл', 'Көрші']);

/**
 * The demonstrative and personal pronouns in their cases, singular and plural (a closed class):
 * opening a sentence before "аудан", "ауыл", "қала" ("Олармен аудан әкімі кездесті": with them,
 * the district's akim met), a pronoun is no place name.
 */
const CASES = (stem: string, [gen, dat, acc, loc, abl, ins]: readonly string[]) => [
  stem,
  stem + gen,
  stem + dat,
  stem + acc,
  stem + loc,
  stem + abl,
  stem + ins,
];
const PLURAL = ['дың', 'ға', 'ды', 'да', 'дан', 'мен'];
const PRONOUNS = new Set([
  ...CASES('Ол', ['ның', 'ған', 'ны', 'нда', 'дан', 'нымен']).map((w) => w.replace(/^Олн/u, 'Он').replace(/^Олғ/u, 'Оғ').replace(/^Олд/u, 'Од')),
  ...['Бұ', 'Со', 'Осы', 'Мұ'].flatMap((s) => CASES(s, ['ның', 'ған', 'ны', 'нда', 'дан', 'нымен'])),
  ...['Олар', 'Бұлар', 'Солар', 'Осылар'].flatMap((s) => CASES(s, PLURAL)),
  ...['Біздер', 'Сіздер'].flatMap((s) => CASES(s, ['дің', 'ге', 'ді', 'де', 'ден', 'мен'])),
  ...CASES('Біз', ['дің', 'ге', 'ді', 'де', 'ден', 'бен']),
  ...CASES('Сіз', ['дің', 'ге', 'ді', 'де', 'ден', 'бен']),
  'Мен', 'Менің', 'Маған', 'Мені', 'Менде', 'Менен', 'Менімен',
  'Сен', 'Сенің', 'Саған', 'Сені', 'Сенде', 'Сенен', 'Сенімен',
]); // prettier-ignore

/** The generic noun of each kind, in each language. */
const GENERIC = {
  district: { kk: 'ауданы', ru: 'район', en: ' District' },
  village: { kk: 'ауылы', ru: 'село', en: ' village' },
  city: { kk: 'қаласы', ru: 'город', en: '' },
} as const;

function place(start: number, text: string, word: string, kind: keyof typeof GENERIC): PlaceHit {
  const g = GENERIC[kind];
  return {
    start,
    end: start + text.length,
    text,
    id: `${toSlug(word)}-${kind}`,
    kind,
    name: {
      kk: `${word} ${g.kk}`,
      ru: `${g.ru} ${kkToRu(word)}`,
      en: `${toLatinTitle(word)}${g.en}`,
    },
  };
}

const KK_KIND = { аудан: 'district', ауыл: 'village', қала: 'city' } as const;

export function findLocalities(text: string, lang: Lang): PlaceHit[] {
  const hits: PlaceHit[] = [];
  if (lang === 'kk') {
    for (const m of text.matchAll(KK)) {
      const word = m[1] ?? '';
      if (
        NOT_NAMES.has(word) ||
        NOT_GIVEN_NAMES.has(word) ||
        PRONOUNS.has(word) ||
        !isInflectionTail(m[3] ?? '', 'kk')
      )
        continue;
      // "Қалалық" (the town's) follows sentence openers too ("Кеше қалалық мәслихатта"): only the
      // noun names a town.
      if (m[2] === 'қала' && /^лық/u.test(m[3] ?? '')) continue;
      // A place's name makes the generic noun possessive ("Махамбет ауылында", "Бәйтерек ауданы",
      // "Сәтбаев қаласына", "аудандық"); a bare case is where someone went ("Ғалымжан Төлегенов
      // ауылға келіп": to the village).
      if (!/^(?:ы|сы|дық)/u.test(m[3] ?? '')) continue;
      hits.push(place(m.index ?? 0, m[0], word, KK_KIND[m[2] as keyof typeof KK_KIND]));
    }
    return hits;
  }
  for (const m of text.matchAll(RU_DISTRICT)) {
    if (!isInflectionTail(m[2] ?? '', 'ru')) continue;
    hits.push(place(m.index ?? 0, m[0], m[1] ?? '', 'district'));
  }
  for (const m of text.matchAll(RU_VILLAGE)) {
    hits.push(place(m.index ?? 0, m[0], m[1] ?? '', 'village'));
  }
  for (const m of text.matchAll(RU_TOWN)) {
    hits.push(place(m.index ?? 0, m[0], m[1] ?? '', 'city'));
  }
  return hits;
}
