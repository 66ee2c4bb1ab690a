/** How Kazakh text names people, for arguments/findPersons.ts. */
import { kkNamesHoliday } from './holidayName';
import type { PersonNameGrammar } from '../../arguments/personNameGrammar';
import { isRoleWord } from '../../arguments/isRoleWord';
import { nominativeSurname } from '../../arguments/normaliseName';
import { isInflectionTail } from '../../arguments/suffixChain';
import {
  KK_CAPITALISED_NOUNS,
  KK_PATRONYMIC,
  STRONG_SURNAME_ENDING,
  SURNAME_ENDING,
} from './lexicon/names';
import { isKkSurnameFirst } from './surnameFirst';
import { KK_FATHER_NAME } from './nameParticles';
import { kkEndsName } from './kkCaseEndsName';
import { kkPostOwned } from './postPossessive';
import { kkMetByName } from './metByName';
import { kkForeignSubject } from './foreignSubject';

/** The noun of a body a capitalised word names: "министрлігі", "агенттігіне", "комитетінің". */
const BODY_NOUN = /^(?:министрлі[гк]|агентті[гк]|комитет|департамент|басқарма|қоры|қорын)\p{L}*$/iu;

/** A plural noun: "депутаттар", "сенаторлары", "әкімдер". */
// (Not a singular post whose stem ends so: "Германия канцлері Олаф Шольц", "партия лидері".)
const PLURAL = /(?<!^(?:канц|ли|Канц|Ли))(?:лар|лер|дар|дер|тар|тер)(?:ы|і)?$/u;

/** The locative case: "Будапештте", "Астанада", "Парижде", "Вашингтонда". */
const LOCATIVE = /\p{Ll}(?:да|де|та|те|нда|нде)$/u;

/**
 * One or two lower-case words and then a head (a post, a body's noun): the rest of a post phrase
 * ("істер министрі") or a body's name ("мониторинг агенттігіне"); with "және" among them, the
 * fields may take up to five ("Ғылым және жоғары білім министрі", "Еңбек және халықты
 * әлеуметтік қорғау министрі", "Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрі").
 */
function beforeRest(
  after: string | undefined,
  rest: readonly string[],
  isHead: (word: string) => boolean,
): boolean {
  const words = [after ?? '', ...rest];
  const reach = words.slice(0, 4).includes('және') ? 5 : 2;
  const head = words.findIndex((w, j) => j <= reach && isHead(w));
  return head >= 1 && words.slice(0, head).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w));
}

const beforePostRest = (after: string | undefined, rest: readonly string[]) =>
  beforeRest(after, rest, (w) => isRoleWord(w, 'kk'));

const GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/u;

/** A post in the possessive of a compound, singular ("істер министрі", "министрімен"), not "депутаттармен". */
const POST_OF_COMPOUND = /(?:ы|і|сы|сі)(?:н|ның|нің|на|не|мен|нда|нде|нан|нен)?$/u;

/**
 * A capitalised word that opens a post phrase after a name ("Петер Сийярто Сыртқы істер
 * министрі"): no surname's shape, lower-case words, then a singular post in the possessive; or
 * a body's name, its noun in any case.
 */
function opensPost(word: string, after: string | undefined, rest: readonly string[]): boolean {
  // (A word in the genitive is the post's owner: "Дастан Рыспековтің облыс әкімі".)
  // (-бек ends nouns as well as names: joined by "және" to a field, "Еңбек және халықты әлеуметтік
  // қорғау министрі", it is a field's noun; only a surname's own suffix keeps it a name.)
  const shape = after === 'және' ? STRONG_SURNAME_ENDING : SURNAME_ENDING;
  if (GENITIVE.test(word) || shape.test(nominativeSurname(word, 'kk'))) return false;
  // (Or a body's name: "Тоқаев Қаржылық мониторинг агенттігіне тапсырма берді".)
  if (beforeRest(after, rest, (w) => BODY_NOUN.test(w))) return true;
  if (!beforePostRest(after, rest)) return false;
  const post = rest.find((w) => isRoleWord(w, 'kk')) ?? '';
  return POST_OF_COMPOUND.test(post) && !PLURAL.test(post.replace(POST_OF_COMPOUND, ''));
}

/** A relative adjective, "-лық/-лік/-дық/-дік/-тық/-тік" (social, tax): never a surname's ending. */
const RELATIVE_ADJECTIVE = /\p{L}(?:лық|лік|дық|дік|тық|тік)$/u;

export const KK_PERSON_NAMES: PersonNameGrammar = {
  // (Or a father's name after "son of": `Тәмім бен Хамад Әл Тани`.)
  patronymic: new RegExp(`${KK_PATRONYMIC.source}|${KK_FATHER_NAME.source}`, 'u'),
  surnameFirst: isKkSurnameFirst,
  isCapitalisedNoun: (word) =>
    KK_CAPITALISED_NOUNS.some(
      (stem) => word.startsWith(stem) && isInflectionTail(word.slice(stem.length), 'kk'),
    ),
  roleAsWritten: (role) => role,
  // (Kazakh verbs have no gender.)
  genderOf: () => undefined,
  verbHasNameForSubject: () => true,
  // A post in the genitive is someone's: "Президентінің Жарлығымен".
  inApposition: (role) => !GENITIVE.test(role),
  // The possessor comes before its post: "Түркия Президенті", "Вьетнам елшісімен".
  ownerBeforePost: true,
  postOwned: kkPostOwned,
  opensPost,
  // A plural post stands before several people ("депутаттар Сайыров пен Сарым"), so a lone word
  // after it is one of their surnames only when it looks like one: in "депутаттар Жер кодексіне"
  // it is the code's name.
  // A lone word before a body's noun names the body: "Энергетика министрлігіне", "Қаржы агенттігі".
  // A lone word before the rest of a post ("Сыртқы істер министрі", "Ауыл шаруашылығы министрі",
  // "Ішкі істер министрімен") is the post's first word, not a surname.
  // A lone word in the locative is where, not who: "Мемлекет басшысы Будапештте … кездеседі".
  notLoneSurname: (word, before, after, rest = [], written = word) =>
    LOCATIVE.test(written) ||
    (PLURAL.test(before ?? '') && !STRONG_SURNAME_ENDING.test(word)) ||
    BODY_NOUN.test(after ?? '') ||
    // A word before "күні", "мерекесі" names a holiday: "Мемлекет басшысы Тәуелсіздік күні …".
    (!STRONG_SURNAME_ENDING.test(word) && kkNamesHoliday(after, rest[0])) ||
    (!STRONG_SURNAME_ENDING.test(word) && beforePostRest(after, rest)) ||
    // A relative adjective before a code or a law is its name: "Әлеуметтік кодекске", "Салықтық".
    (RELATIVE_ADJECTIVE.test(written) && /^(?:кодекс|заң)\p{Ll}*$/u.test(after ?? '')),
  // "Мемлекет басшысы Салық кодексіне қол қойды": the code's name after a post, not a surname.
  // (The noun in the possessive, a compound name: "Қошанов кодекс туралы айтты" names a man.)
  // A name in a case: the one met, received, written to ("Ердоғанмен Қасым-Жомарт Тоқаев кездесті").
  endsName: kkEndsName,
  // (Given names and a surname met with: "Эммануэль Макронмен кездесті".)
  // (Or a foreign surname alone, the subject of a visit or a meeting: "Макрон Астанаға келді".)
  declinedName: (written, words, _before, around) =>
    kkMetByName(written, words, around) || kkForeignSubject(written, words, around?.after ?? []),
  documentAfter: /^(?:кодексі|заңы|бағдарламасы|тұжырымдамасы|стратегиясы|доктринасы)\p{Ll}*$/u,
};
