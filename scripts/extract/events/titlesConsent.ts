/**
 * A body's consent to a candidacy ("Мажилис одобрил кандидатуру Олжаса Бектенова на пост
 * премьер-министра", "Мәжіліс … кандидатурасын келісті", a maslikhat's to an akim's): a step before
 * the appointment, which the decree that follows makes. The appointment's cue of facet `candidacy`
 * (locales/<lang>/events/triggers*.ts) is titled as the consent, not as the appointment.
 */
import type { Localized } from '../../../src/model/schema';
import type { PostPhrases } from './posts';
import { ruGender } from './speakerOrg';
import { L, mainOrg, ruDid, tense, type Parts } from './titleParts';
import { ruNameIn } from './titleNameCases';

type Person = { name: Localized; female: boolean; headOfState: boolean };

export function consentTitle(
  c: Parts,
  actor: Person | undefined,
  p: PostPhrases | undefined,
): Localized {
  // (The candidate is never the head of state, who proposes him: "Президент ұсынған
  // кандидатураны қолдады" names no candidate.)
  const a = actor?.headOfState ? undefined : actor;
  const org = mainOrg(c);
  const g = org ? ruGender(org.ru) : 'm';
  const [kkV, enV] = tense(c, ['келісті', 'consents'], ['келіспек', 'to consent']);
  const ruV = ruDid(c, g === 'n' ? 'neuter' : g === 'f', 'одобрил', 'одобрила', 'одобрит');
  // (Who consented, else the consent alone: "Кандидатура одобрена".)
  const who = org ?? L('', '', '');
  const kkFor = p ? `${p.kk} қызметіне ` : '';
  const ruFor = p ? ` на пост ${p.ruGen}` : '';
  const enFor = p ? ` for ${p.en}` : '';
  if (a && org)
    return L(
      `${who.kk} ${kkFor}${a.name.kk} кандидатурасын ${kkV}`,
      `${who.ru} ${ruV} кандидатуру ${ruNameIn(a.name.ru, a.female, 'gen')}${ruFor}`,
      `${who.en} ${enV} to ${a.name.en}'s candidacy${enFor}`,
    );
  if (org)
    return L(
      `${who.kk} ${kkFor}кандидатураны ${kkV}`,
      `${who.ru} ${ruV} кандидатуру${ruFor}`,
      `${who.en} ${enV} to a candidacy${enFor}`,
    );
  if (a)
    return L(
      `${kkFor}${a.name.kk} кандидатурасы ${tense(c, 'келісілді', 'келісілмек')}`,
      `Кандидатура ${ruNameIn(a.name.ru, a.female, 'gen')}${ruFor} ${tense(c, 'одобрена', 'будет рассмотрена')}`,
      `${a.name.en}'s candidacy${enFor} ${tense(c, 'approved', 'to be considered')}`,
    );
  return L(`Кандидатура ${tense(c, 'келісілді', 'келісілмек')}`, `Кандидатура ${tense(c, 'одобрена', 'будет рассмотрена')}`, `A candidacy ${tense(c, 'approved', 'to be considered')}`); // prettier-ignore
}
