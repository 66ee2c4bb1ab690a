/**
 * An election called by a body, not by the head of state's decree: "ЦИК назначила внеочередные
 * выборы", "ОСК … сайлау тағайындады", "Маслихат назначил выборы акима". The body is the calling
 * cue's subject (speakerOrg.ts subjectOrg, read by cueTitleArgs.ts for the facet `call-election`);
 * its act is its own resolution, not a decree.
 */
import type { Localized } from '../../../src/model/schema';
import { orgName } from './names';
import { ruGender } from './speakerOrg';
import { L, ruDid, tense, type Parts } from './titleParts';

export function calledByBody(c: Parts): Localized | undefined {
  if (c.facet !== 'call-election' || !c.args.subjectOrg) return undefined;
  const o = c.organisations.find((x) => x.id === c.args.subjectOrg);
  if (!o) return undefined;
  const name = orgName(o.id, o.name);
  const g = ruGender(name.ru);
  const snap = c.args.extraordinary === true;
  return L(
    `${name.kk} ${snap ? 'кезектен тыс ' : ''}сайлау ${tense(c, 'тағайындады', 'тағайындамақ')}`,
    `${name.ru} ${ruDid(c, g === 'n' ? 'neuter' : g === 'f', 'назначил', 'назначила', 'назначит')} ${snap ? 'внеочередные ' : ''}выборы`,
    `${name.en} ${tense(c, 'calls', 'to call')} ${snap ? 'a snap election' : 'an election'}`,
  );
}
