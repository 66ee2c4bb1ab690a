/**
 * Kazakh marks a name's case on its last word only (`Қасым-Жомарт Тоқаевты`), so a word in a case
 * inside a run of capitalised words is the last of its name, and the next capitalised word opens
 * another person's: the one received, written to or met before the subject ("Олаф Шольцті Тоқаев
 * қабылдады", "Путинге Тоқаев хат жолдады", "Ердоғанмен Қасым-Жомарт Тоқаев кездесті").
 */
import { CASE_LIKE_NAME, kkNameCase } from './kkNameEndings';

/** The instrumental, which no name ends in, of any stem (`Ердоғанмен`, `Шольцпен`, `Ли Цянмен`). */
const INSTRUMENTAL = /\p{Ll}(?:мен|бен|пен)$/u;
const INSTRUMENTAL_TAIL = /(?:мен|бен|пен)$/u;

/** kkNameCases' indices of the genitive, the locative and the instrumental. */
const GENITIVE = 0;
const LOCATIVE = 3;
const INSTRUMENTAL_CASE = 5;

/** The case of a capitalised word that is a name in one (its index in kkNameCases), if it is. */
function nameCaseOf(word: string): number | undefined {
  if (INSTRUMENTAL.test(word)) return INSTRUMENTAL_CASE;
  return kkNameCase(word)?.index;
}

/**
 * Whether a capitalised word is a name in the genitive, dative, accusative, ablative or
 * instrumental, by the name's morphology (locales/kk/kkNameEndings.ts): the ending its stem's sounds
 * take, on a stem no Kazakh name of a root and an ending could be (`Ерден`, `Ақтан`, `Тілеуберді`
 * stay whole). Not the locative: women's names end as one (`Фарида`, `Хамида`, `Саида`), and a
 * person is seldom where something happens.
 */
export function kkEndsName(word: string): boolean {
  const index = nameCaseOf(word);
  return index !== undefined && index !== LOCATIVE;
}

/**
 * Whether a capitalised word is a name in a case that makes it no owner of the post `post` after
 * it: any but the genitive, and the genitive too before a bare post, which has no owner ("Путинге
 * Президент Тоқаев", "Олаф Шольцпен Президент Тоқаев"; the owner's "Путиннің кеңесшісі").
 */
export function kkNameNotPostOwner(word: string, postOwned: boolean): boolean {
  return kkEndsName(word) && (nameCaseOf(word) !== GENITIVE || !postOwned);
}

/** A noun in the possessive (`Университеті`, `Қоры`): after a name it is what bears the name. */
const POSSESSED = /(?:ы|і)$/u;

/**
 * Whether a capitalised word right after a surname is another person in a case, the one the
 * surname's bearer receives, writes to or meets ("Тоқаев Макронға хат жолдады", "Тоқаев Шольцті
 * қабылдады"): Kazakh writes a name given name first, its case on the surname, so a surname is
 * the last word of its name. Not a noun in the possessive after it, the thing named after the
 * bearer ("Назарбаев Университетінің").
 */
export function kkCasedAfterSurname(word: string): boolean {
  if (!kkEndsName(word)) return false;
  const stem = kkNameCase(word)?.stem ?? word.replace(INSTRUMENTAL_TAIL, '');
  return !POSSESSED.test(stem);
}

/**
 * The accusative of any noun, its ending by the stem's last sound: -ны/-ні after a vowel
 * ("Конституцияны"), -ды/-ді after a voiced consonant ("Референдумды", "Заңды", "Сайлауды"),
 * -ты/-ті after a voiceless one ("Жарлықты", "Кодексті"). (Foreign names that end so are written
 * with и, not і: "Моди", "Джанни".)
 */
const ACCUSATIVE =
  /\p{L}(?:[аәеөоұүыіэюяи](?:ны|ні)|[бвгджзйлмнңру](?:ды|ді)|[кқпстфхцчшщ](?:ты|ті))$/u;

/**
 * Whether a capitalised word inside a run is a noun phrase's last word in the accusative, the
 * object put first ("Референдумды Тоқаев 15 наурызға тағайындады"): whatever the noun, it ends its
 * phrase (a given name takes no case), so the next word opens the subject's name. Not a given name
 * that ends as a past verb ("Тілеуберді", "Сатыбалды": kkNameEndings.ts CASE_LIKE_NAME).
 */
export function kkAccusativeEndsRun(word: string): boolean {
  return ACCUSATIVE.test(word.toLowerCase()) && !CASE_LIKE_NAME.test(word.toLowerCase());
}
