/**
 * A Kazakh party named by a quoted name before its noun: "«Алға» партиясы", "«Алға»
 * партиясының", "«Әділет» демократиялық партиясына", "«X» қозғалысымен". The noun carries its
 * possessive and any case after it (checked by the caller as an inflection tail); one adjective
 * in -лық/-лік/-дық/-дік/-тық/-тік may stand between. Only these nouns: a quoted name before
 * another noun ("«X» газеті", "«X» бағдарламасы") is no party.
 */
import type { PartyNoun } from '../../ru/lexicon/quotedParty';

const NOUNS: ReadonlyArray<{ noun: PartyNoun; stem: string; nom: string }> = [
  { noun: 'party', stem: 'партия', nom: 'партиясы' },
  { noun: 'movement', stem: 'қозғалыс', nom: 'қозғалысы' },
  { noun: 'union', stem: 'бірлест', nom: 'бірлестігі' },
];

const ADJ = String.raw`\p{Ll}+(?:лық|лік|дық|дік|тық|тік)`;

/** Groups: 1 quoted name, 2 adjective (optional), 3 noun stem, 4 its endings. */
export const KK_QUOTED_PARTY = new RegExp(
  String.raw`«(\p{Lu}[^«»\n]{0,60})»[ \u00a0]+(?:(${ADJ})[ \u00a0]+)?(партия|қозғалыс|бірлесті[гк])(\p{L}*)`,
  'gu',
);

/** Which noun a written stem is ("партия" → party). */
export function kkPartyNoun(stem: string): (typeof NOUNS)[number] | undefined {
  const lower = stem.toLowerCase();
  return NOUNS.find((n) => lower.startsWith(n.stem));
}

/** The noun with its possessive, as a name ends in Kazakh ("movement" → "қозғалысы"). */
export function kkPartyNounNom(noun: PartyNoun): string {
  return NOUNS.find((n) => n.noun === noun)!.nom;
}
