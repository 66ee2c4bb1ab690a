/**
 * Russian personal names in every case, and back. `declineRuName` generates the case forms of a
 * name (given name, patronymic, surname) for a gender; `nominativeRuName` inverts it by generation:
 * it tries nominative candidates for each word and keeps the readings in which one gender and one
 * case produce every word as written (`Касым-Жомарта Токаева` → `Касым-Жомарт Токаев`,
 * `Айгерим Сатыбалдиевой` → `Айгерим Сатыбалдиева`). The words agree with each other, so a female
 * surname in -ой settles the given name too, and a given name settles the gender of `Токаева`.
 */
import {
  RU_FEMALE_GIVEN_ENDING,
  RU_FEMALE_GIVEN_NAMES,
  RU_INDECLINABLE_SURNAME,
  RU_MALE_A_NAMES,
  RU_SURNAME_SHAPE,
} from './lexicon/names';
import { RU_MALE_GIVEN_NAMES } from './lexicon/givenNames';
import type { Gender } from '../../arguments/personGender';
import { eastAsianLastIn, isEastAsianName } from './eastAsianName';
import { RU_NAME_PARTICLES } from './nameParticles';

export const RU_CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'pre'] as const;
export type RuCase = (typeof RU_CASES)[number];
export type { Gender };
type Part = 'given' | 'patronymic' | 'surname';

const HUSHING = /[гкхжшчщ]$/u;
const SIBILANT = /[жшчщц]$/u;
const CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/u;
const MALE_POSSESSIVE = /(?:ов|ев|ёв|ин|ын)$/u;
const FEMALE_POSSESSIVE = /(?:ова|ева|ёва|ина|ына)$/u;
const MALE_ADJECTIVE = /(?:ский|цкий|ской)$/u;
const FEMALE_ADJECTIVE = /(?:ская|цкая)$/u;

type Endings = Readonly<Record<Exclude<RuCase, 'nom'>, string>>;

function withEndings(stem: string, e: Endings, c: RuCase, nom: string): string {
  return c === 'nom' ? nom : stem + e[c];
}

/** A given name, a patronymic or a noun-like surname (`Скляр`, `Нурбек`, `Майра`). */
function declineNoun(word: string, g: Gender, c: RuCase): string {
  if (c === 'nom') return word;
  // A hyphenated given name declines in its last part only: Касым-Жомарт → Касым-Жомарта.
  const dash = word.lastIndexOf('-');
  if (dash > 0) return word.slice(0, dash + 1) + declineNoun(word.slice(dash + 1), g, c);
  const lower = word.toLowerCase();
  const stem = word.slice(0, -1);
  if (lower.endsWith('ия'))
    return withEndings(stem, { gen: 'и', dat: 'и', acc: 'ю', ins: 'ей', pre: 'и' }, c, word);
  if (lower.endsWith('я'))
    return withEndings(stem, { gen: 'и', dat: 'е', acc: 'ю', ins: 'ей', pre: 'е' }, c, word);
  if (lower.endsWith('а')) {
    const gen = HUSHING.test(stem.toLowerCase()) ? 'и' : 'ы';
    const ins = SIBILANT.test(stem.toLowerCase()) ? 'ей' : 'ой';
    return withEndings(stem, { gen, dat: 'е', acc: 'у', ins, pre: 'е' }, c, word);
  }
  if (g === 'f') {
    if (lower.endsWith('ь'))
      return withEndings(stem, { gen: 'и', dat: 'и', acc: 'ь', ins: 'ью', pre: 'и' }, c, word);
    return word; // Айгерим, Сауле: a woman's name without -а keeps one form
  }
  if (lower.endsWith('й') || lower.endsWith('ь'))
    return withEndings(stem, { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'е' }, c, word);
  if (!CONSONANT.test(lower)) return word; // Кемелұлы, Жумабеку-like vowel endings stay
  const ins = SIBILANT.test(lower) ? 'ем' : 'ом';
  return withEndings(word, { gen: 'а', dat: 'у', acc: 'а', ins, pre: 'е' }, c, word);
}

function declineSurname(word: string, g: Gender, c: RuCase): string {
  if (c === 'nom' || RU_INDECLINABLE_SURNAME.test(word.toLowerCase())) return word;
  const lower = word.toLowerCase();
  if (g === 'm') {
    if (MALE_POSSESSIVE.test(lower))
      return withEndings(word, { gen: 'а', dat: 'у', acc: 'а', ins: 'ым', pre: 'е' }, c, word);
    if (MALE_ADJECTIVE.test(lower))
      return withEndings(
        word.slice(0, -2),
        { gen: 'ого', dat: 'ому', acc: 'ого', ins: 'им', pre: 'ом' },
        c,
        word,
      );
    return declineNoun(word, g, c);
  }
  if (FEMALE_POSSESSIVE.test(lower))
    return withEndings(
      word.slice(0, -1),
      { gen: 'ой', dat: 'ой', acc: 'у', ins: 'ой', pre: 'ой' },
      c,
      word,
    );
  if (FEMALE_ADJECTIVE.test(lower))
    return withEndings(
      word.slice(0, -2),
      { gen: 'ой', dat: 'ой', acc: 'ую', ins: 'ой', pre: 'ой' },
      c,
      word,
    );
  return /[ая]$/u.test(lower) ? declineNoun(word, g, c) : word;
}

function partsOf(count: number): Part[] {
  if (count === 1) return ['surname'];
  if (count === 2) return ['given', 'surname'];
  return [...Array<Part>(count - 2).fill('given'), 'patronymic', 'surname'];
}

function declineWord(word: string, part: Part, g: Gender, c: RuCase): string {
  return part === 'surname' ? declineSurname(word, g, c) : declineNoun(word, g, c);
}

/**
 * A nominative name (words in order: given, [patronymic], surname; or a surname alone) in case `c`.
 * @example declineRuName(['Касым-Жомарт', 'Токаев'], 'm', 'gen') // ['Касым-Жомарта', 'Токаева']
 */
export function declineRuName(words: readonly string[], g: Gender, c: RuCase): string[] {
  // A particle inside a foreign name stays as written (`Тамимом бин Хамадом Аль Тани`).
  const inner = (i: number) =>
    i > 0 && i < words.length - 1 && RU_NAME_PARTICLES.isParticle(words[i]!, words[i - 1]!);
  if (words.some((_, i) => inner(i))) {
    const declined = declineRuName(
      words.filter((_, i) => !inner(i)),
      g,
      c,
    );
    let k = 0;
    return words.map((w, i) => (inner(i) ? w : declined[k++]!));
  }
  const parts = partsOf(words.length);
  // A Chinese, Korean or Vietnamese name declines in its last part only (`Си Цзиньпином`, `Ван И`).
  if (isEastAsianName(words)) return eastAsianLastIn(words, g === 'm', (w) => declineNoun(w, g, c));
  return words.map((w, i) => declineWord(w, parts[i]!, g, c));
}

/** Whether a given name is a woman's: the list, or a woman's ending (`Гульзира`, `Айсулу`). */
export function isFemaleGiven(name: string): boolean {
  return RU_FEMALE_GIVEN_NAMES.has(name) || RU_FEMALE_GIVEN_ENDING.test(name.toLowerCase());
}

/** Whether a given name is a man's from the lists (`Мурат`, `Владимир`, `Никита`). */
function isMaleGiven(name: string): boolean {
  return RU_MALE_GIVEN_NAMES.has(name) || RU_MALE_A_NAMES.has(name);
}

/** Whether a nominative candidate is a possible name of this part for this gender. */
function plausible(word: string, part: Part, g: Gender): boolean {
  const lower = word.toLowerCase();
  if (part === 'patronymic')
    return g === 'm' ? /(?:ич|ұлы|улы)$/u.test(lower) : /(?:вна|чна|қызы|кызы)$/u.test(lower);
  if (part === 'given') {
    if (g === 'f') return true;
    if (RU_FEMALE_GIVEN_NAMES.has(word)) return false;
    return !/[ая]$/u.test(lower) || RU_MALE_A_NAMES.has(word);
  }
  if (g === 'm') return !FEMALE_POSSESSIVE.test(lower) && !FEMALE_ADJECTIVE.test(lower);
  return !MALE_POSSESSIVE.test(lower) && !MALE_ADJECTIVE.test(lower);
}

const ADDITIONS = ['', 'а', 'я', 'й', 'ь', 'ий', 'ия', 'ая'];
/** Й follows only a vowel, ь only a consonant: `Игорй`, `Алексеь` are no names. */
const MISSPELT = /(?:[^аеёиоуыэюяәөұүі]й|[аеёиоуыэюяәөұүі]ь)$/u;

/** Nominative candidates of one written word: cut up to three letters, add a nominative ending. */
function candidates(word: string): string[] {
  const out = new Set<string>();
  for (let cut = 0; cut <= 3 && word.length - cut >= 2; cut++) {
    const stem = word.slice(0, word.length - cut);
    for (const add of ADDITIONS) if (!MISSPELT.test(stem + add)) out.add(stem + add);
  }
  return [...out];
}

/** Endings only oblique cases have (`Романом`, `Петровскому`): a nominative does not end so. */
const OBLIQUE = /(?:ом|ем|ым|ому|ему|ого|его|ою|ею|ью|ую)$/u;

/** How much a nominative candidate looks like a name of this part and gender. */
function wordScore(word: string, part: Part, g: Gender): number {
  const lower = word.toLowerCase();
  let score = OBLIQUE.test(lower) ? -2 : 0;
  // A vowel before a final -а is no Russian noun's (`Нуртлеа`): `Нуртлеу` is not its accusative.
  if (/[аеёиоуыэю]а$/u.test(lower)) score -= 2;
  if (part === 'surname' && RU_SURNAME_SHAPE.test(lower)) score += 4;
  // `Скляру` could be an indeclinable surname, but a surname ending in -у/-ю/-е is rare.
  else if (part === 'surname' && /[уюе]$/u.test(lower)) score -= 1;
  // A surname not of a Russian shape ends in -а/-я after a consonant rarely (`Окуджава`): a foreign
  // one written so is mostly a genitive or an accusative (`Байдена`, `Блинкена`, `Гутерреша`).
  else if (part === 'surname' && /[бвгджзклмнпрстфхцчшщ][ая]$/u.test(lower)) score -= 1;
  if (part === 'given') {
    const last = word.slice(word.lastIndexOf('-') + 1);
    // (A listed man's name in -а is his, not a woman's ending: `Владимира` is `Владимир`'s genitive.)
    const manA = isMaleGiven(last.slice(0, -1)) && /а$/u.test(last);
    if (g === 'f' && isFemaleGiven(last) && !manA) score += 2;
    else if (g === 'f' && /[ая]$/u.test(lower)) score += 1;
    if (g === 'm' && /[бвгджзйклмнпрстфхцчшщь]$/u.test(lower) && !isFemaleGiven(last)) score += 1;
    // A listed man's name outweighs a stem cut to a consonant (`Никита`, not `Никит`).
    if (g === 'm' && isMaleGiven(last)) score += 2;
    // (-ой after a consonant is the instrumental of a name in -а, `Нарендрой`, no man's name.)
    if (/[бвгджзклмнпрстфхцчшщ]ой$/u.test(lower)) score -= 2;
  }
  return score;
}

/** A foreign man's surname in -ин, -ын (`Цзиньпин`, `Чуньлин`): declined as a noun, `Цзиньпином`. */
const FOREIGN_IN = /(?:ин|ын)$/u;

/**
 * How far a nominative candidate is from giving the word as written in this case: 0 as Russian
 * declines it; 1 for a man's surname in -ин declined as a noun, a foreign one (`Си Цзиньпином`,
 * not `Цзиньпиным`); 0.5 for a first part of two that keeps one form (`Хань Чуньлинем`, `Хань
 * Чжэну`: a Chinese or Korean family name first, of one syllable), which outweighs a surname in -у
 * read as a nominative; Infinity when it cannot give it.
 */
function asWritten(x: string, part: Part, g: Gender, c: RuCase, written: string): number {
  if (declineWord(x, part, g, c) === written) return 0;
  // A woman's given name in a soft consonant keeps one form as Kazakh names are written, her
  // surname carrying the case (`с Асель Жанабаевой`), beside the Russian declension (`Асели`).
  if (g === 'f' && part === 'given' && x === written && /ь$/u.test(x)) return 0;
  if (g !== 'm') return Infinity;
  if (part === 'surname' && FOREIGN_IN.test(x) && declineNoun(x, g, c) === written) return 1;
  const oneSyllable = (x.match(/[аеёиоуыэюя]/giu) ?? []).length === 1;
  if (part === 'given' && x === written && oneSyllable && c !== 'nom') return 0.5;
  return Infinity;
}

interface Reading {
  words: string[];
  score: number;
  order: number;
}

/**
 * The nominative of a Russian name as written in some case. `hint` is the gender the sentence
 * shows (a past verb in -ла beside the name); without it a tie goes to the masculine reading,
 * the usual one in political news (`Токаева` alone is read as the genitive of `Токаев`).
 * `governed` is the case the word before the name puts it in (locales/ru/caseBeforeName.ts):
 * `Лейлу Искакову` after `наградил` is a woman's accusative, after `к` a man's dative.
 * @example nominativeRuName(['Майру', 'Ильясову']) // ['Майра', 'Ильясова']
 */
export function nominativeRuName(
  words: readonly string[],
  hint?: Gender,
  governed?: RuCase | readonly RuCase[],
): string[] {
  if (words.length === 0) return [];
  // (A pure function asked again for the same name in every paragraph and for every cue: its
  // readings try 2 genders x 6 cases x every candidate, so each name is read once.)
  const key = `${words.join(' ')}|${hint ?? ''}|${[governed ?? ''].flat().join(',')}`;
  const known = READ.get(key);
  if (known) return [...known];
  if (READ.size > 20_000) READ.clear();
  const read = readNominative(words, hint, governed);
  READ.set(key, read);
  return [...read];
}

const READ = new Map<string, readonly string[]>();

function readNominative(
  words: readonly string[],
  hint: Gender | undefined,
  governed: RuCase | readonly RuCase[] | undefined,
): string[] {
  const governs = new Set([governed ?? []].flat());
  const parts = partsOf(words.length);
  const options = words.map(candidates);
  const readings: Reading[] = [];
  let order = 0;
  for (const g of ['m', 'f'] as const) {
    for (const c of RU_CASES) {
      order++;
      const picked: string[] = [];
      let score = (hint === g ? 2 : 0) + (governs.has(c) ? 2 : 0);
      for (let i = 0; i < words.length; i++) {
        const part = parts[i]!;
        let best: string | undefined;
        let bestScore = -Infinity;
        for (const x of options[i]!) {
          if (!plausible(x, part, g)) continue;
          const s = wordScore(x, part, g) - asWritten(x, part, g, c, words[i]!);
          if (s === -Infinity) continue; // (It cannot give the word as written.)
          if (s > bestScore) [best, bestScore] = [x, s];
        }
        if (best === undefined) break;
        picked.push(best);
        score += bestScore;
      }
      if (picked.length === words.length) readings.push({ words: picked, score, order });
    }
  }
  if (readings.length === 0) return [...words];
  readings.sort((a, b) => b.score - a.score || a.order - b.order);
  return readings[0]!.words;
}
