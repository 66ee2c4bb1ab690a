/** Places Kazakh names with their generic noun (arguments/localityGrammar.ts). */
import { NOT_AFTER_WORD } from '../../arguments/boundaries';
import type { LocalityGrammar, LocalityMatch } from '../../arguments/localityGrammar';
import { isInflectionTail } from '../../arguments/suffixChain';
import { NOT_GIVEN_NAMES } from './lexicon/names';
import { isRoleWord } from '../../arguments/isRoleWord';

/** `Бәйтерек ауданы`, `Махамбет ауылында`, `Сәтбаев қаласында`, `Сырдария аудандық филиалы`. */
const NAME = '(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?)';
const KK = new RegExp(`${NOT_AFTER_WORD}${NAME}[ \\u00a0]+(аудан|ауыл|қала)(\\p{L}*)`, 'gu');

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

const KK_KIND = { аудан: 'district', ауыл: 'village', қала: 'city' } as const;

/** The word right before a position, spaces only between (read from a short window). */
const WORD_BEFORE = /([\p{L}-]+)[ \u00a0]+$/u;

/**
 * Whether the capitalised word at `at` before "қалалық" names the town: a word inside its
 * sentence, after a lower-case word that is no post ("бұрын Сәтбаев қалалық мәслихатының"), is
 * capitalised for being a name. Opening a sentence or after another capitalised word it may be
 * an opener ("Кеше қалалық", "Бүгін Тоқаев қалалық …") or the subject; after a post, its holder
 * ("президент Тоқаев қалалық …").
 */
function namesTown(text: string, at: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return before !== undefined && /^\p{Ll}/u.test(before) && !isRoleWord(before, 'kk');
}

export const KK_LOCALITIES: LocalityGrammar = {
  // (`Ақтөбе қала` matches "Ақтөбе қаласында" too.)
  cityWithNoun: (form) => `${form} қала`,
  localities(text) {
    const hits: LocalityMatch[] = [];
    for (const m of text.matchAll(KK)) {
      const word = m[1] ?? '';
      if (
        NOT_NAMES.has(word) ||
        NOT_GIVEN_NAMES.has(word) ||
        PRONOUNS.has(word) ||
        !isInflectionTail(m[3] ?? '', 'kk')
      )
        continue;
      // "Қалалық" (the town's) follows sentence openers too ("Кеше қалалық мәслихатта"): only
      // inside a sentence does the word before it name the town (`namesTown`).
      if (m[2] === 'қала' && /^лық/u.test(m[3] ?? '') && !namesTown(text, m.index ?? 0)) continue;
      // A place's name makes the generic noun possessive ("Махамбет ауылында", "Бәйтерек ауданы",
      // "Сәтбаев қаласына", "аудандық", "қалалық"); a bare case is where someone went ("Ғалымжан
      // Төлегенов ауылға келіп": to the village).
      if (!/^(?:ы|сы|дық|лық)/u.test(m[3] ?? '')) continue;
      hits.push({
        at: m.index ?? 0,
        phrase: m[0],
        name: word,
        kind: KK_KIND[m[2] as keyof typeof KK_KIND],
      });
    }
    return hits;
  },
};
