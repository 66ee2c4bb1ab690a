/**
 * A proposal to rename a party: "Ерлан Қошанов «Nur Otan» партиясының атауын «AMANAT» деп
 * өзгертуді ұсынды" / "… предложил переименовать партию «Nur Otan» в «AMANAT»" / "… proposes
 * renaming Nur Otan AMANAT". The party renamed is a party the text names; where it names none and
 * says only "the party" ("партияны «Болашақ» деп өзгертуді ұсынды"), the title says "the party",
 * never another body the sentence names (the speaker's Mazhilis is not renamed).
 */
import type { Localized } from '../../../src/model/schema';
import { orgName } from './names';
import { isPartyId, L, mainParty, partyKkGen, ruDid, tense, type Parts } from './titleParts';

export function renamingProposal(
  c: Parts,
  who: Localized,
  female: boolean | 'neuter',
): Localized | undefined {
  const name = c.args.newName;
  if (!name || (c.args.topic && c.args.topic !== 'rename-party')) return undefined;
  const toAmanat = /^amanat$|^аманат$/iu.test(name);
  const to = toAmanat ? orgName('amanat', 'AMANAT') : orgName('', name);
  const except = toAmanat ? 'amanat' : undefined;
  const named = c.organisations.some((o) => isPartyId(o.id) && o.id !== except);
  const from = named ? mainParty(c, except) : undefined;
  const kkDid = tense(c, 'ұсынды', 'ұсынбақ');
  const ruDo = ruDid(c, female, 'предложил', 'предложила', 'предложит');
  const enDo = tense(c, 'proposes', 'to propose');
  if (from)
    return L(
      `${who.kk} ${partyKkGen(from.kk)} атауын «${to.kk}» деп өзгертуді ${kkDid}`,
      `${who.ru} ${ruDo} переименовать ${/партия/iu.test(from.ru) ? `«${from.ru}»` : `партию «${from.ru}»`} в «${to.ru}»`,
      `${who.en} ${enDo} renaming ${from.en} ${to.en}`,
    );
  if (c.args.topic !== 'rename-party') return undefined;
  return L(
    `${who.kk} партияның атауын «${to.kk}» деп өзгертуді ${kkDid}`,
    `${who.ru} ${ruDo} переименовать партию в «${to.ru}»`,
    `${who.en} ${enDo} renaming the party ${to.en}`,
  );
}
