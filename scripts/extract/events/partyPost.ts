/**
 * A party post with the party's name, where the event names the party: "Азамат Абильдаев избран
 * председателем партии «AMANAT»" is "elected chairman of AMANAT", not "party chairman", so a reader
 * knows which party. The name takes each language's genitive ("«AMANAT» партиясының төрағасы",
 * "председателем партии «AMANAT»"); with no party named the post stays as it is.
 */
import type { PostPhrases } from './posts';
import { mainParty, isParty, partyKkGen, partyRuGen, type Parts } from './titleParts';

/** The post's own words before the party's name, per language and Russian case. */
const PARTY_POSTS: Record<string, { kk: string; ru: string; ruIns: string; ruGen: string; en: string }> = {
  'party-chairman': { kk: 'төрағасы', ru: 'председатель', ruIns: 'председателем', ruGen: 'председателя', en: 'chairman' },
  'party-leader': { kk: 'жетекшісі', ru: 'лидер', ruIns: 'лидером', ruGen: 'лидера', en: 'leader' },
}; // prettier-ignore

export function withPartyName(c: Parts, p: PostPhrases): PostPhrases {
  const own = c.args.post ? PARTY_POSTS[c.args.post] : undefined;
  const party = own && isParty(c) ? mainParty(c) : undefined;
  if (!own || !party) return p;
  const ru = partyRuGen(party.ru);
  return {
    ...p,
    kk: `${partyKkGen(party.kk)} ${own.kk}`,
    ru: `${own.ru} ${ru}`,
    ruIns: `${own.ruIns} ${ru}`,
    ruGen: `${own.ruGen} ${ru}`,
    en: `${own.en} of ${party.en}`,
  };
}
