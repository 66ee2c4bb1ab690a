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
