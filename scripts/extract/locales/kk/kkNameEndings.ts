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
  return false;
}

/** The possessive of a patronymic surname: `Серікұлы`, `Ерланқызы`. */
const POSSESSIVE = /(?:ұлы|улы|қызы|кызы)$/u;

/** The genitive, dative, accusative, locative, ablative and instrumental of a nominative name. */
export function kkNameCases(name: string): string[] {
  const lower = name.toLowerCase();
  const front = isFront(name);
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
const CASE_LIKE_NAME = /(?:берді|келді|гелді|болды|қалды|балды|тұрды|зада|иға)$/u;

/** A letter or a soft sign Kazakh roots do not have: `Шольц`, `Мерц`, `Блэр`, `Вэнс`. */
const FOREIGN_LETTER = /[ьъэцфвщчё]/u;

/**
 * Whether a stem may be a name's: two syllables or more, or one that no Kazakh root of one syllable
 * and an ending could be read as (`Ерден` is Ер and -ден, `Айдан`, `Ақтан`: those roots have two or
 * three letters): four letters or more round its vowel, a cluster (`Трамп`), or a foreign letter.
 */
function longEnough(stem: string): boolean {
  const lower = stem.toLowerCase();
  const syllables = lower.match(/[аәоөұүыіеэиуюя]/gu)?.length ?? 0;
  return syllables >= 2 || (syllables === 1 && (lower.length >= 4 || FOREIGN_LETTER.test(lower)));
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
    const index = kkNameCases(stem).indexOf(word);
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
