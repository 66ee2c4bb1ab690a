/**
 * Parties the lexicon does not know, named by a quoted name beside a party noun: Russian
 * "партии «Алга»" (noun first), Kazakh "«Алға» партиясын" (noun last). The id is `party-` and the
 * transliterated name, so "Алга" and "Алға" are one party in both languages; the name is as
 * written with its noun in the nominative ("партия «Алга»", "«Алға» партиясы"), which
 * `quotedPartyName` reads back.
 */
import { KK_QUOTED_PARTY, kkPartyNoun, kkPartyNounNom } from '../locales/kk/lexicon/quotedParty';
import {
  RU_QUOTED_PARTY,
  ruAdjectiveNom,
  ruPartyNoun,
  ruPartyNounNom,
} from '../locales/ru/lexicon/quotedParty';
import { isInflectionTail } from './suffixChain';
import { toSlug } from './transliterate';
import type { Lang, OrganisationHit } from './types';

export function findQuotedParties(text: string, lang: Lang): OrganisationHit[] {
  if (!text.includes('«')) return [];
  return lang === 'ru' ? ruParties(text) : kkParties(text);
}

function hit(start: number, written: string, quoted: string, name: string): OrganisationHit {
  return { start, end: start + written.length, text: written, id: `party-${toSlug(quoted)}`, name };
}

function ruParties(text: string): OrganisationHit[] {
  const out: OrganisationHit[] = [];
  for (const m of text.matchAll(RU_QUOTED_PARTY)) {
    const noun = ruPartyNoun(m[2]!);
    const quoted = m[3]!.trim();
    if (!noun || !toSlug(quoted)) continue;
    const adj = m[1] ? `${ruAdjectiveNom(m[1], noun.noun)} ` : '';
    out.push(hit(m.index, m[0], quoted, `${adj}${ruPartyNounNom(noun.noun)} «${quoted}»`));
  }
  return out;
}

function kkParties(text: string): OrganisationHit[] {
  const out: OrganisationHit[] = [];
  for (const m of text.matchAll(KK_QUOTED_PARTY)) {
    const noun = kkPartyNoun(m[3]!);
    const quoted = m[1]!.trim();
    // (The noun's own endings: "партиясының" is партия + possessive + genitive.)
    if (!noun || !toSlug(quoted) || !isInflectionTail(m[4]!, 'kk')) continue;
    const adj = m[2] ? `${m[2].toLowerCase()} ` : '';
    out.push(hit(m.index, m[0], quoted, `«${quoted}» ${adj}${kkPartyNounNom(noun.noun)}`));
  }
  return out;
}
