/**
 * A Russian noun's genitive plural that looks like a masculine past: the nouns in -ла/-ло lose
 * their ending there ("сила" → "сил", "тело" → "тел", "село" → "сёл", "рыло" → "рыл"), which is
 * the shape of "был", "жил", "рыл". A past verb agrees with its subject and governs no case from
 * the word before it; the genitive is governed: the word right before is an adjective or a
 * participle agreeing in the genitive plural ("миротворческих сил", "вооружённых сил", "тяжёлых
 * тел"), a preposition ("без сил", "из сил", "для сёл") or a word of quantity that governs it
 * ("нет сил", "несколько сёл"; not "много", "мало", which tell a verb's measure too: "много
 * работал"). None of these stands before a finite verb, so such a word is no past.
 * (Not a pronoun or an adjective used as a noun, which may be a verb's object before it: "своих
 * поддержал", "многих наградил", "остальных отпустил".)
 */

/** Pronominal adjectives in -их/-ых that stand alone as a noun. */
const PRONOMINAL = String.raw`(?:сво|мо|тво|наш|ваш|эт|друг|мног|как|так|сам|некотор|ин|обо|чь|остальн|всяк|подобн|близк|родн)(?:их|ых)`;
/** An agreeing adjective or participle in the genitive plural ("миротворческих", "вооружённых"). */
const AGREEING = String.raw`(?!${PRONOMINAL}(?![\p{L}]))\p{L}{2,}(?:ых|их)`;
/** Prepositions (none precedes a verb) and words of quantity that only govern a genitive. */
const GOVERNING = String.raw`(?:без|для|из|от|до|у|с|со|в|во|на|по|к|ко|о|об|при|за|под|над|перед|между|через|после|около|вокруг|среди|против|ради|возле|несколько|нескольких|нет)`;

/**
 * At a word's start: the word is a bare -л form that a genitive plural's governor stands right
 * before (a negative lookahead fragment's body: `(?!${GENITIVE_PLURAL_L})`). The lookbehind runs
 * only on words in a bare -л.
 */
export const GENITIVE_PLURAL_L = String.raw`[\p{L}]+л(?![\p{L}])(?<=(?<![\p{L}])(?:${AGREEING}|${GOVERNING})\s+[\p{L}]+л)`;
