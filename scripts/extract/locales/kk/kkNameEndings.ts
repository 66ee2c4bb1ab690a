import { FOREIGN_LETTER } from './lexicon/alphabetLetters';

/**
 * The case forms of a Kazakh name, by its morphology (locales/kk/nameCase.ts reads them back):
 * the ending's vowel follows the name's last vowel (`Ерланға`, `Серікке`), its first consonant the
 * name's last sound (`Ерланның`, `Гүлнардың`, `Серіктің`, `Айсулудың`, `Әлияның`), and a name in
 * the possessive (`Серікұлы`, `Ерланқызы`) takes -н- (`Серікұлын`, `Ерланқызында`).
 */

const BACK = 'аоұыя';
const FRONT = 'әөүіеэ';

/**
 * A Russian surname's suffix whose vowel is no vowel of the harmony: -ев, -ёв, -ов (`Тоқаевқа`,
 * `Бектеновке`, `Әлиевке`, `Медведевке`). The ending follows the vowel before it, и and ё there
 * counted front, as in -ин, whose и is (`Путинге`, `Маминге`, `Мирзиёевке`); a stem with no vowel of
 * either kind before the suffix takes front ones.
 */
const RUSSIAN_SUFFIX = /(?<=[\p{L}]{2})(?:[её]в|ов)$/u;

/** Whether a name's endings take front vowels: by its last vowel but и, у, ю (`Мәдиге`, `Айсулуға`). */
function isFront(name: string): boolean {
  const lower = name.toLowerCase();
  if (RUSSIAN_SUFFIX.test(lower) || /(?<=[\p{L}]{2})ин$/u.test(lower)) {
    const stem = lower.replace(RUSSIAN_SUFFIX, '');
    const v = /[аоұыяәөүіеэиё](?=[^аоұыяәөүіеэиё]*$)/u.exec(stem)?.[0];
    return v === undefined || 'әөүіеэиё'.includes(v);
  }
  for (const ch of [...lower].reverse()) {
    if (BACK.includes(ch)) return false;
    if (FRONT.includes(ch)) return true;
  }
  // (A loan's и alone counts front, as in -ин: `Кимге`; у alone back: `Бушқа`.)
  return lower.includes('и');
}

/** The possessive of a patronymic surname: `Серікұлы`, `Ерланқызы`. */
const POSSESSIVE = /(?:ұлы|улы|қызы|кызы)$/u;

/**
 * The genitive, dative, accusative, locative, ablative and instrumental of a nominative name
 * (`front`: whether the endings take front vowels, by the name's harmony unless told).
 */
export function kkNameCases(name: string, front = isFront(name)): string[] {
  const lower = name.toLowerCase();
  const [a, y] = front ? ['е', 'і'] : ['а', 'ы'];
  if (POSSESSIVE.test(lower))
    return [`ның`, `на`, `н`, `нда`, `нан`, `мен`].map((e) => name + (front ? fronted(e) : e));
  const vowel = /[аәоөұүыіеэюя]$/u.test(lower);
  const nasal = /[мнң]$/u.test(lower);
  const sibilant = /[жз]$/u.test(lower);
  // (и, у, й and the sonorants р, л are voiced consonants here: `Мәдиге`, `Айсулуды`, `Гүлнарды`.)
  const voiceless = /[пфкқтсшщхцчбвгд]$/u.test(lower);
  const d = voiceless ? 'т' : 'д';
  const gen = `${vowel || nasal ? 'н' : d}${y}ң`;
  const dat = voiceless ? (front ? 'ке' : 'қа') : front ? 'ге' : 'ға';
  const acc = `${vowel ? 'н' : d}${y}`;
  const abl = `${nasal ? 'н' : d}${a}н`;
  const ins = `${voiceless ? 'п' : sibilant ? 'б' : 'м'}ен`;
  return [gen, dat, acc, `${d}${a}`, abl, ins].map((e) => name + e);
}

function fronted(ending: string): string {
  return ending.replace('ы', 'і').replace('а', 'е');
}

/**
 * Kazakh given names that end as a case form would: past verbs (`Тілеуберді`, `Жанкелді`,
 * `Сатыбалды`),
 * -зада (`Бекзада`) and women's -иға (`Дариға`, `Рафиға`). A name of one syllable and an ending (`Ердан`, `Ерден`, `Айдан`, `Ақтан`)
 * is kept by {@link longEnough}.
 */
export const CASE_LIKE_NAME = /(?:берді|келді|гелді|болды|қалды|балды|тұрды|зада|иға)$/u;

/**
 * A stem of one syllable whose vowel, between consonants, is a loan's у, и, ю or я (`Буш`, `Ким`,
 * `Цян`): Kazakh roots have ұ, ү, і there (`Нұр`), so no Kazakh name is that root and an ending.
 */
const LOAN_VOWEL = /^[^аәоөұүыіеэиуюяё]+[уиюя][^аәоөұүыіеэиуюяё]+$/u;

/**
 * A soft sign after a stem's last vowel (`Шольц`, `Игорь`): Kazakh spelling gives such loans front
 * endings (`Шольцке`, `Шольцті`), and news write them with the vowel's harmony too (`Шольцқа`).
 */
const SOFT_SIGN_AFTER_VOWEL = /ь[^аәоөұүыіеэиуюяё]*$/u;

/**
 * Whether a stem may be a name's: two syllables or more, or one that no Kazakh root of one syllable
 * and an ending could be read as (`Ерден` is Ер and -ден, `Айдан`, `Ақтан`: those roots have two or
 * three letters): four letters or more round its vowel, a cluster (`Трамп`), a foreign letter, or
 * a loan's vowel (`Буш`).
 */
function longEnough(stem: string): boolean {
  const lower = stem.toLowerCase();
  const syllables = lower.match(/[аәоөұүыіеэиуюя]/gu)?.length ?? 0;
  if (syllables !== 1) return syllables >= 2;
  return lower.length >= 4 || FOREIGN_LETTER.test(lower) || LOAN_VOWEL.test(lower);
}

/**
 * A Russian surname's suffix, -ов, -ев, -ёв, -ин: its own vowel may lead the harmony as well as the
 * root's before it, and news write both (`Петровты` by the о, `Петровті` by the е of Петр-), so a
 * reader takes either, though {@link kkNameCases} writes the root's.
 */
const RUSSIAN_SURNAME = /(?<=\p{L}{2})(?:[её]в|ов|ин)$/u;

/**
 * A loan's final и after a consonant (`Моди`, `Мелони`, `Ренци`): Kazakh reads it as ій, a
 * sonorant with a front vowel, so news write front endings whatever vowel comes before it
 * (`Модиге`, `Мелониді`) as well as the harmony's, and some treat it as a vowel (`Модиның`,
 * `Мелонини`).
 */
const LOAN_FINAL_I = /[^аәоөұүыіеэиуюяё]и$/u;

/** kkNameCases' indices of the genitive and the accusative, whose -н- follows a vowel. */
const GENITIVE = 0;
const ACCUSATIVE = 2;

/**
 * Each case's forms of a stem: both harmonies after a soft sign (`Шольцқа`, `Шольцке`), on a
 * Russian suffix (`Петровқа`, `Петровке`) or a loan's final и (`Модиге`, `Модиға`, and the
 * vowel's -н-: `Модиның`, `Модини`).
 */
function caseForms(stem: string): string[][] {
  const forms = kkNameCases(stem);
  const lower = stem.toLowerCase();
  const loanI = LOAN_FINAL_I.test(lower);
  if (!SOFT_SIGN_AFTER_VOWEL.test(lower) && !RUSSIAN_SURNAME.test(lower) && !loanI)
    return forms.map((f) => [f]);
  const front = kkNameCases(stem, true);
  const back = kkNameCases(stem, false);
  return forms.map((_, i) => [
    front[i]!,
    back[i]!,
    ...(loanI && i === GENITIVE ? [`${stem}нің`, `${stem}ның`] : []),
    ...(loanI && i === ACCUSATIVE ? [`${stem}ні`, `${stem}ны`] : []),
  ]);
}

/** A name in a case form: its nominative stem and the case's index in {@link kkNameCases}. */
export interface KkCasedName {
  stem: string;
  index: number;
}

/**
 * The stem and case of a name in a case form by its morphology, when a stem that {@link longEnough}
 * allows takes exactly that ending; else undefined. See {@link kkNameStem}.
 */
export function kkNameCase(
  word: string,
  accept: (stem: string) => boolean = () => true,
): KkCasedName | undefined {
  if (CASE_LIKE_NAME.test(word.toLowerCase())) return undefined;
  for (let cut = 1; cut <= 4 && word.length - cut >= 3; cut++) {
    const stem = word.slice(0, -cut);
    if (!longEnough(stem) || !accept(stem)) continue;
    const index = caseForms(stem).findIndex((forms) => forms.includes(word));
    if (index >= 0) return { stem, index };
  }
  return undefined;
}

/**
 * The nominative of a name in a case form by its morphology, when a stem that {@link longEnough}
 * allows takes exactly that ending (`Серікке` → `Серік`, `Айсулуды` → `Айсулу`, `Мәдидің` → `Мәди`);
 * else undefined (`Ерден`, `Тілеуберді`). `accept` narrows the stems (a surname's shape). Callers ask only where a bare name in a case is
 * expected: the last word after a given name (`Мәди Серікке`), a surname's shape.
 */
export function kkNameStem(
  word: string,
  accept: (stem: string) => boolean = () => true,
): string | undefined {
  return kkNameCase(word, accept)?.stem;
}
