/**
 * The title of an appeal to an organisation (appealToOrg.ts): who appealed, to whom. "Kazakhstan
 * appeals to the CSTO" / "Казахстан обратился к ОДКБ" / "Қазақстан ҰҚШҰ-ға жүгінді"; ahead, "to
 * appeal" / "обратится" / "жүгінбек". A state is the subject where the sentence makes it one, else
 * the person, post or body that spoke; with none named, the appeal alone ("Обращение к ОДКБ").
 */
import type { Localized } from '../../../src/model/schema';
import { GAZETTEER } from '../arguments/gazetteer';
import { kkOrgDative } from '../locales/kk/kkOrgDative';
import { ruOrgDative } from '../locales/ru/ruOrgDative';
import { orgName } from './names';
import type { AppealToOrg } from './appealToOrg';
import { L, ruAgrees, ruDid, speakerOf, tense, type Parts } from './titleParts';
import { ruGender } from './speakerOrg';

/** Organisations English names with "the" when they stand alone: "the CSTO", "the UN". */
const WITH_THE = /^(?:OSCE|SCO|CSTO|CIS|EAEU|UN|CICA|EU)$/u;

/** A state's name and how a Russian verb agrees with it ("Россия обратилась", "США обратились"). */
function stateSpeaker(id: string) {
  const e = GAZETTEER.find((x) => x.id === id);
  if (!e) return undefined;
  const plural = /^\p{Lu}{2,}$/u.test(e.name.ru);
  return { name: e.name, female: ruGender(e.name.ru) === 'f', plural };
}

export function appealToOrgTitle(c: Parts, appeal: AppealToOrg): Localized {
  const to = orgName(appeal.org, c.organisations.find((o) => o.id === appeal.org)?.name ?? '');
  const enTo = WITH_THE.test(to.en) ? `the ${to.en}` : to.en;
  const toKk = kkOrgDative(to.kk);
  const toRu = ruOrgDative(to.ru);
  const state = appeal.state ? stateSpeaker(appeal.state) : undefined;
  const speaker = state ? undefined : speakerOf(c);
  const who = state?.name ?? speaker?.name;
  if (!who) return L(`${toKk} жүгіну`, `Обращение к ${toRu}`, `An appeal to ${enTo}`);
  // (A reflexive verb: the neuter is "обратилось", which ruDid's "-л" → "-ло" does not make.)
  const agrees = state ? state.female : ruAgrees(speaker);
  const ruVerb = state?.plural
    ? tense(c, 'обратились', 'обратятся')
    : agrees === 'neuter'
      ? tense(c, 'обратилось', 'обратится')
      : ruDid(c, agrees, 'обратился', 'обратилась', 'обратится');
  return L(
    `${who.kk} ${toKk} ${tense(c, 'жүгінді', 'жүгінбек')}`,
    `${who.ru} ${ruVerb} к ${toRu}`,
    `${who.en} ${tense(c, 'appeals', 'to appeal')} to ${enTo}`,
  );
}
