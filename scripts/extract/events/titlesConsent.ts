/**
 * A body's consent to a candidacy ("Мажилис одобрил кандидатуру Олжаса Бектенова на пост
 * премьер-министра", "Мәжіліс … кандидатурасын келісті", a maslikhat's to an akim's): a step before
 * the appointment, which the decree that follows makes. The appointment's cue of facet `candidacy`
 * (locales/<lang>/events/triggers*.ts) is titled as the consent, not as the appointment; one of
 * facet `candidacy-review` ("Мажилис рассмотрит кандидатуру", "кандидатурасын қарайды") as the
 * body's considering it, which does not yet say whether it consents.
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
  const v = c.facet === 'candidacy-review' ? REVIEW : CONSENT;
  const [kkV, enV] = tense(c, v.did, v.will);
  const ruV = ruDid(c, g === 'n' ? 'neuter' : g === 'f', ...v.ru);
  // (Who consented, else the consent alone: "Кандидатура одобрена".)
  const who = org ?? L('', '', '');
  const kkFor = p ? `${p.kk} қызметіне ` : '';
  const ruFor = p ? ` на пост ${p.ruGen}` : '';
  const enFor = p ? ` for ${p.en}` : '';
  if (a && org)
    return L(
      `${who.kk} ${kkFor}${a.name.kk} кандидатурасын ${kkV}`,
      `${who.ru} ${ruV} кандидатуру ${ruNameIn(a.name.ru, a.female, 'gen')}${ruFor}`,
      `${who.en} ${enV}${v.enTo}${a.name.en}'s candidacy${enFor}`,
    );
  if (org)
    return L(
      `${who.kk} ${kkFor}кандидатураны ${kkV}`,
      `${who.ru} ${ruV} кандидатуру${ruFor}`,
      `${who.en} ${enV}${v.enTo}a candidacy${enFor}`,
    );
  if (a)
    return L(
      `${kkFor}${a.name.kk} кандидатурасы ${tense(c, ...v.kkDone)}`,
      `Кандидатура ${ruNameIn(a.name.ru, a.female, 'gen')}${ruFor} ${tense(c, ...v.ruDone)}`,
      `${a.name.en}'s candidacy${enFor} ${tense(c, ...v.enDone)}`,
    );
  return L(`Кандидатура ${tense(c, ...v.kkDone)}`, `Кандидатура ${tense(c, ...v.ruDone)}`, `A candidacy ${tense(c, ...v.enDone)}`); // prettier-ignore
}

/** The body's verb, told of it (done, ahead) and of the candidacy alone (done, ahead). */
interface Verbs {
  did: [string, string];
  will: [string, string];
  ru: [string, string, string];
  /** English "consents to X's candidacy", "considers X's candidacy". */
  enTo: string;
  kkDone: [string, string];
  ruDone: [string, string];
  enDone: [string, string];
}
const CONSENT: Verbs = {
  did: ['келісті', 'consents'],
  will: ['келіспек', 'to consent'],
  ru: ['одобрил', 'одобрила', 'одобрит'],
  enTo: ' to ',
  kkDone: ['келісілді', 'келісілмек'],
  ruDone: ['одобрена', 'будет рассмотрена'],
  enDone: ['approved', 'to be considered'],
};
const REVIEW: Verbs = {
  did: ['қарады', 'considers'],
  will: ['қарамақ', 'to consider'],
  ru: ['рассмотрел', 'рассмотрела', 'рассмотрит'],
  enTo: ' ',
  kkDone: ['қаралды', 'қаралмақ'],
  ruDone: ['рассмотрена', 'будет рассмотрена'],
  enDone: ['considered', 'to be considered'],
};
