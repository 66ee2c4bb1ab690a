/**
 * A party the lexicon does not know, as arguments/findQuotedParties.ts writes its name
 * ("партия «Алга»", "Демократическая партия «Адилет»", "«Алға» партиясы"), in kk, ru and en: the
 * quoted name with each language's noun on its side, and in English the name alone, as the known
 * parties are named ("Auyl", "Ak Zhol").
 */
import type { Localized } from '../../../src/model/schema';
import { kkPartyNoun, kkPartyNounNom } from '../locales/kk/lexicon/quotedParty';
import {
  ruAdjectiveGen,
  ruPartyNoun,
  ruPartyNounGen,
  ruPartyNounNom,
  type PartyNoun,
} from '../locales/ru/lexicon/quotedParty';

/** Whether an organisation id is a party: found by the quoted finder (`party-…`). */
export function isQuotedPartyId(id: string): boolean {
  return id.startsWith('party-');
}

interface Parsed {
  quoted: string;
  noun: PartyNoun;
  /** The name as written, when written in that language. */
  kk?: string;
  ru?: string;
  /** The Russian adjective of the name, in the nominative ("Демократическая"). */
  ruAdj?: string;
}

function parse(written: string): Parsed | undefined {
  const ru = /^(?:(\S+) )?(\S+) «([^«»]+)»$/u.exec(written);
  const ruNoun = ru ? ruPartyNoun(ru[2]!) : undefined;
  if (ru && ruNoun) return { quoted: ru[3]!, noun: ruNoun.noun, ru: written, ruAdj: ru[1] };
  const kk = /^«([^«»]+)» (?:\S+ )?(\S+)$/u.exec(written);
  const kkNoun = kk ? kkPartyNoun(kk[2]!) : undefined;
  if (kk && kkNoun) return { quoted: kk[1]!, noun: kkNoun.noun, kk: written };
  return undefined;
}

/** The party's name in three languages; `toRussian`, `toEnglish` spell a name across. */
export function quotedPartyName(
  written: string,
  toRussian: (s: string) => string,
  toEnglish: (s: string) => string,
): Localized | undefined {
  const p = parse(written);
  if (!p) return undefined;
  return {
    kk: p.kk ?? `«${p.quoted}» ${kkPartyNounNom(p.noun)}`,
    ru: p.ru ?? `${ruPartyNounNom(p.noun)} «${toRussian(p.quoted)}»`,
    en: toEnglish(p.quoted),
  };
}

/** The Russian name in the genitive, after "съезд", "список": "Демократической партии «Адилет»". */
export function quotedPartyRuGen(ruName: string): string | undefined {
  const p = parse(ruName);
  if (!p?.ru) return undefined;
  const adj = p.ruAdj ? `${ruAdjectiveGen(p.ruAdj, p.noun)} ` : '';
  return `${adj}${ruPartyNounGen(p.noun)} «${p.quoted}»`;
}
