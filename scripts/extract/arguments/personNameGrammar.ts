/**
 * What findPersons asks of a language about the names in its text. Each locale answers in its own
 * folder (locales/kk/personNames.ts, locales/ru/personNames.ts); the search itself is shared.
 */
import { KK_PERSON_NAMES } from '../locales/kk/personNames';
import { RU_PERSON_NAMES } from '../locales/ru/personNames';
import type { WordBefore } from './normaliseName';
import type { Gender } from './personGender';
import type { Lang } from './types';

/** A word after a run of capitalised words, and whether a name may still take it. */
export interface WordAfter {
  text: string;
  free: boolean;
}

/** What is known around a run of capitalised words besides the word before it. */
export interface NameAround {
  /** The gender the verb beside the name shows (arguments/nameContext.ts genderAround). */
  gender?: Gender;
  /**
   * The person joined to the name by the coordinator right before it ("Токаев и …", "Токаева и
   * …"): `written` as the text has it, `words` in the nominative. Coordinated nouns stand in one
   * case, so the name stands in that person's.
   */
  partner?: { written: readonly string[]; words: readonly string[] };
  /** The words right after the name, where a case glued to it is read with them ("Макронмен кездесті"). */
  after?: readonly string[];
}

export interface PersonNameGrammar {
  /** The middle word of a three-word name that is a patronymic ("Жомартұлы", "Кемелевич"). */
  patronymic: RegExp;
  /** Whether words are a name written surname first (`Иванов Иван Иванович`), where the language does. */
  surnameFirst?(words: readonly string[]): boolean;
  /** A capitalised word that is a common noun or adjective (a state act, a body), never a name. */
  isCapitalisedNoun(word: string): boolean;
  /**
   * A noun that governs the name after it in the genitive ("Визит Урсулы …"): the verb agrees
   * with the noun, not the name, so it tells the name no gender.
   */
  governsName?(word: string): boolean;
  /**
   * Whether the word right before a name puts it in an oblique case (a preposition: "У Шавката
   * Мирзиёева была …"; a verb's object): the name is no subject, so a verb after it agrees with
   * another word and tells the name no gender.
   */
  governsOblique?(before: WordBefore): boolean;
  /** A post as it stands beside the name, back in the form a title shows. */
  roleAsWritten(role: string): string;
  /** The gender a verb right before or after a name shows, where verbs have one. */
  genderOf(verb: string): Gender | undefined;
  /**
   * Whether a verb right before a name has the name for its subject (`before`: the text of the
   * sentence before the verb), so that its gender is the name's: an object does not agree with
   * the verb. Where verbs have no gender, any answer.
   */
  verbHasNameForSubject(verb: string, before: string): boolean;
  /** A post right before a name is its apposition, not someone's ("Президентінің Жарлығымен"). */
  inApposition(role: string): boolean;
  /**
   * A post right after a name is whose post it is ("Эквадор Президентімен", "Түркия
   * Президенті"): it ends the name, and a lone word before it is a country or a body.
   */
  ownerBeforePost: boolean;
  /**
   * Whether the capitalised word right before `post` is whose post it is (Kazakh: a post in the
   * possessive, "Түркия Президенті"). Where not, the post starts a new phrase and the name before
   * it is a person of its own ("Тоқаев Президент Дональд Трампты", "Токаев Президенту США").
   */
  postOwned?(post: string): boolean;
  /**
   * Whether a capitalised word opens a post phrase whose rest is the words `after` and `rest`
   * ("Сыртқы" + "істер министрі"), where the language writes posts so.
   */
  opensPost?(word: string, after: string | undefined, rest: readonly string[]): boolean;
  /**
   * A lone capitalised word that cannot be a surname between the words `before` and `after`
   * (`rest`: the two words after `after`, where a phrase after the word is read; `written`: the
   * word as written, `word` being its nominative).
   */
  notLoneSurname(
    word: string,
    before: string | undefined,
    after?: string,
    rest?: readonly string[],
    written?: string,
  ): boolean;
  /**
   * A common noun right after a lone capitalised word that makes it the name of a document
   * ("Салық кодексіне", "Жер кодексі"), not a surname, where the language writes such names so.
   */
  documentAfter?: RegExp;
  /**
   * Whether a word's case ending closes a name, so that the next capitalised word begins another
   * person's ("Ердоғанмен Қасым-Жомарт Тоқаев", "Олаф Шольцті Тоқаев"), where the language glues
   * its cases to the name's last word.
   */
  endsName?(word: string): boolean;
  /**
   * Whether a run of capitalised words right after a post, with the words `after` it, is the
   * post's complement and the holder's name comes later ("Председатель Госсовета КНР Ли Цян"),
   * where the language names the holder after the whole post.
   */
  complementBeforeName?(after: readonly WordAfter[]): boolean;
  /**
   * Whether two capitalised words, `written` as the text has them and `words` in the nominative,
   * decline as one name in the case the word `before` governs ("Визит Эммануэля Макрона"), where
   * the language declines every word of a name: evidence of a person when the surname has no
   * surname's ending. `around`: the verb's gender, or a person coordinated before it, which tell
   * the case where no governing word does (`Эммануэль Макрон прибыл`, `Токаева и Эммануэля Макрона`).
   */
  declinedName?(
    written: readonly string[],
    words: readonly string[],
    before: WordBefore | undefined,
    around?: NameAround,
  ): boolean;
  /**
   * Whether the given names of a run whose last word has a surname's shape (`written`) show
   * another case than that word, which then is a noun's, not a surname (`Дружбы Народов`).
   */
  givenOtherCase?(written: readonly string[]): boolean;
  /** The word that joins two people as equals ("и"), where the language has one before the second. */
  coordinator?: RegExp;
}

export const PERSON_NAMES: Record<Lang, PersonNameGrammar> = {
  kk: KK_PERSON_NAMES,
  ru: RU_PERSON_NAMES,
};
