/**
 * Titles of a bill approved by a chamber or by its committee: "The Mazhilis passes the bill",
 * "A Senate committee approves the bill". A chamber approving a bill is the bill passing it, not
 * the law adopted (that is the President's signature); a committee's approval is a step before.
 */
import type { Localized } from '../../../src/model/schema';
import { billChamber, CHAMBER_NAMES } from './billChamber';
import { L, capitalised, tense, type Parts } from './titleParts';
import type { LawPhrases } from './lawNames';

const EN_COMMITTEE = { senate: 'A Senate', mazhilis: 'A Mazhilis', parliament: 'A parliamentary' };

/** The bill passed (`passage`) or approved in committee (`committee`); the law named if one is. */
export function billPassed(c: Parts, name: LawPhrases | undefined): Localized {
  const chamber = billChamber(c);
  const ch = chamber && CHAMBER_NAMES[chamber];
  const ru = name?.ru ?? 'законопроект';
  const en = name?.en ?? 'the bill';
  if (c.facet === 'committee') {
    const kk = !ch
      ? `${name?.kk ?? 'Заң жобасы'} комитетте ${tense(c, 'мақұлданды', 'мақұлданбақ')}`
      : name
        ? `${name.kk} ${ch.kk} комитетінде ${tense(c, 'мақұлданды', 'мақұлданбақ')}`
        : `${ch.kk} комитеті заң жобасын ${tense(c, 'мақұлдады', 'мақұлдамақ')}`;
    return capitalised(
      L(
        kk,
        `Комитет${ch ? ` ${ch.ruGen}` : ''} ${tense(c, 'одобрил', 'одобрит')} ${ru}`,
        `${chamber ? EN_COMMITTEE[chamber] : 'A'} committee ${tense(c, 'approves', 'to approve')} ${en}`,
      ),
    );
  }
  if (!ch)
    return L(`Заң жобасы ${tense(c, 'мақұлданды', 'мақұлданбақ')}`, `Законопроект ${tense(c, 'одобрен', 'будет рассмотрен')}`, `A bill ${tense(c, 'is passed', 'to be voted on')}`); // prettier-ignore
  return capitalised(
    L(
      name
        ? `${name.kk} ${ch.kkLoc} ${tense(c, 'мақұлданды', 'мақұлданбақ')}`
        : `${ch.kk} заң жобасын ${tense(c, 'мақұлдады', 'мақұлдамақ')}`,
      `${ch.ru} ${tense(c, 'одобрил', 'одобрит')} ${ru}`,
      `${ch.en} ${tense(c, 'passes', 'to pass')} ${en}`,
    ),
  );
}
