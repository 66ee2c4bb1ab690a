/**
 * The Kazakh possessive (izafet) chain a post is written in (locales/kk/rolePhraseStart.ts): each
 * noun is owned by the one before it, bare ("Мәжіліс депутаты") or in the genitive ("облысының
 * әкімі"), and the owned noun takes the possessive of the third person (-ы/-і after a consonant,
 * -сы/-сі after a vowel), then any case after -н- ("облысының", "облысына", "облысымен").
 */
import { isRoleWord } from '../../arguments/isRoleWord';
import { KK_BODY_STEMS } from './lexicon/bodyNouns';
import { kkPostOwned } from './postPossessive';

/** The possessive of the third person, then no case or one after -н- (not the genitive's -ның alone). */
const POSSESSIVE_TAIL =
  /^(?:лар|лер|дар|дер|тар|тер)?(?:сы|сі|ы|і)(?:н|ның|нің|на|не|нда|нде|нан|нен|мен)?$/u;

/** The possessive with no case after it, or the genitive, as a post's chain has them inside. */
const CHAIN_TAIL = /^(?:лар|лер|дар|дер|тар|тер)?(?:сы|сі|ы|і)(?:ның|нің)?$/u;

/**
 * Whether `word` is a body's or a territory's noun in the possessive: `облысы`, `Республикасының`,
 * `облысына`; `inChain`: only as it stands inside a post, with no case or in the genitive
 * (`ауданы`, whose -ны is no accusative).
 */
export function kkBodyOwned(word: string, inChain = false): boolean {
  const lower = word.toLowerCase();
  const tail = inChain ? CHAIN_TAIL : POSSESSIVE_TAIL;
  return KK_BODY_STEMS.some((s) => lower.startsWith(s) && tail.test(lower.slice(s.length)));
}

/** Whether `word` is a post or a body in the possessive, so the word before it is its owner. */
export function kkIzafetHead(word: string): boolean {
  return kkBodyOwned(word) || (isRoleWord(word, 'kk') && kkPostOwned(word));
}

/**
 * Words ending in -ы/-і that are no possessive: adjectives in -қы/-кі ("сыртқы", "ішкі"), in
 * -ғы/-гі after a consonant ("жоғарғы", "бүгінгі", "соңғы") or after a locative ("облыстағы",
 * "жөніндегі"), where a possessive's -ғы/-гі, a voiced -қ/-к, follows a vowel ("кезегі",
 * "министрлігі"); ordinals in -ншы/-нші ("бірінші") and agent nouns in -шы/-ші ("басшы",
 * "жетекші"); and a few adjectives of their own ("жалпы", "арнайы", "жоғары", "ұлы").
 */
const NOT_POSSESSIVE = /(?:қы|кі|шы|ші|[^аәоөұүыіеэиуюя](?:ғы|гі)|(?:да|де|та|те)(?:ғы|гі))$/u;
const BARE_IN_Y = new Set([
  'жалпы',
  'арнайы',
  'жоғары',
  'ілгері',
  'ұлы',
  'басты',
  'тиісті',
  'кешегі',
]);

/** Whether a lower-case word looks like a noun in the bare possessive of the third person: `кезегі`. */
export function kkBarePossessive(word: string): boolean {
  const lower = word.toLowerCase();
  return /(?:ы|і)$/u.test(lower) && !NOT_POSSESSIVE.test(lower) && !BARE_IN_Y.has(lower);
}

const GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/u;

/**
 * Whether a noun in the possessive before `next` ends its own phrase: `next` opens another (a
 * capitalised word, or one neither possessive nor genitive, which no possessive noun owns), and the
 * noun is no body a sub-unit's name may follow. "Сөз кезегі | Ұлттық экономика министрі",
 * "Отырыстың модераторы | Мәжіліс депутаты"; not "Алматы облысы білім басқармасының".
 */
export function kkPossessiveEndsPhrase(word: string, next: string): boolean {
  if (word !== word.toLowerCase() || !kkBarePossessive(word) || kkBodyOwned(word)) return false;
  const opens = next !== next.toLowerCase() || !(kkBarePossessive(next) || GENITIVE.test(next));
  return opens;
}
