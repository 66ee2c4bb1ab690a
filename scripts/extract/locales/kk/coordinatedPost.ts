/**
 * A Kazakh post whose field is two coordinated nouns (arguments/rolePhraseBefore.ts): "Ғылым және
 * жоғары білім министрі", "Мәдениет және ақпарат министрі", "Еңбек және халықты әлеуметтік қорғау
 * министрі". The walk left from the post noun stops at "және" (it joins clauses too), and at an
 * accusative (it ends like a past verb), and so kept only the second field.
 */
import { isRoleWord } from '../../arguments/isRoleWord';
import type { Token } from '../../arguments/tokenize';
import { KK_ROLE_STOP_WORDS } from './lexicon/roles';

/**
 * The conjunction of two fields. (Not the comitative "мен/пен/бен", which also follows pronouns and
 * people: "Ол мен облыс әкімі", "Студенттер мен облыс әкімі".)
 */
const KK_NOUN_AND = /^және$/u;
/** A bare plural before "және" names a group of people ("Студенттер және облыс әкімі"). */
const KK_BARE_PLURAL = /(?:лар|лер|дар|дер|тар|тер)$/u;
/** A surname's suffix: a person before "және" is another actor, no field of the post. */
const KK_SURNAME_END = /(?:[оеё]в|[оеё]ва|ин|ина|ұлы|улы|қызы|кызы)$/u;
/** A word of letters only, a noun's stem (no number, no quotation). */
const KK_WORD = /^\p{L}+$/u;

/**
 * Whether the conjunction at `k` coordinates two fields of the post that ends at token `i - 1`: the
 * field after it starts in lower case and leads to the post noun (a ministry writes only its first
 * word capitalised), and the field before it is a plain noun joined to it, neither a post
 * ("Президент және …": two people) nor a surname ("Тоқаев және …").
 */
export function kkPostConjunction(
  tokens: readonly Token[],
  k: number,
  i: number,
  joined: (k: number) => boolean,
): boolean {
  const word = tokens[k]!.text.toLowerCase();
  if (!KK_NOUN_AND.test(word) || k > i - 3 || k < 1 || !joined(k - 1)) return false;
  const after = tokens[k + 1]!.text;
  const before = tokens[k - 1]!.text;
  return (
    /^\p{Ll}/u.test(after) &&
    !isRoleWord(after, 'kk') &&
    KK_WORD.test(before) &&
    !isRoleWord(before, 'kk') &&
    !KK_ROLE_STOP_WORDS.has(before.toLowerCase()) &&
    !KK_BARE_PLURAL.test(before.toLowerCase()) &&
    !KK_SURNAME_END.test(before.toLowerCase())
  );
}

/** The verbal noun in -у that governs an accusative ("халықты … қорғау": protecting the people). */
const KK_VERBAL_NOUN = /^\p{Ll}+[уюү]$/u;
/** The accusative ending, which a past verb shares ("қорғады"). */
const KK_ACCUSATIVE = /(?:ны|ні|ды|ді|ты|ті)$/u;

/**
 * Whether the word at `k`, in the accusative, is the object of the verbal noun that names the
 * post's field ("халықты әлеуметтік қорғау министрі"): that noun stands right before the post noun
 * (token `i - 1`), at most two words after the accusative.
 */
export function kkObjectOfPostField(tokens: readonly Token[], k: number, i: number): boolean {
  const lower = tokens[k]!.text.toLowerCase();
  return (
    k >= i - 4 && k < i - 2 && KK_ACCUSATIVE.test(lower) && KK_VERBAL_NOUN.test(tokens[i - 2]!.text)
  );
}
