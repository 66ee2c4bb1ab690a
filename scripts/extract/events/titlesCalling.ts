/**
 * An election called by a body, not by the head of state's decree: "ЦИК назначила внеочередные
 * выборы", "ОСК … сайлау тағайындады", "Маслихат назначил выборы акима". The body is the calling
 * cue's subject (speakerOrg.ts subjectOrg, read by cueTitleArgs.ts for the facet `call-election`);
 * its act is its own resolution, not a decree.
 */
import type { Localized } from '../../../src/model/schema';
import { orgName } from './names';
import { ruGender } from './speakerOrg';
import { L, ruDid, signerOf, tense, type Parts } from './titleParts';

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

type Kind = NonNullable<Parts['args']['electionKind']>;
/** An election as the object of "calls": Kazakh accusative, Russian accusative (= nominative). */
const ELECTION: Record<Kind, Localized> = {
  presidential: L('президент сайлауын', 'выборы президента', 'presidential election'),
  parliamentary: L('Мәжіліс сайлауын', 'выборы в Мажилис', 'parliamentary election'),
  senate: L('Сенат сайлауын', 'выборы в Сенат', 'Senate election'),
  maslikhat: L('мәслихат сайлауын', 'выборы в маслихаты', 'local council (maslikhat) election'),
  akim: L('әкім сайлауын', 'выборы акима', 'election of an akim'),
  general: L('сайлау', 'выборы', 'election'),
};

/** The vote called, with its English article ("a referendum", "an election", "a snap election"). */
function voteCalled(c: Parts): Localized {
  if (c.args.calledVote === 'referendum') return L('референдум', 'референдум', 'a referendum');
  const v = ELECTION[c.args.electionKind ?? 'general'];
  const snap = c.args.extraordinary === true;
  // (A Kazakh snap vote's object keeps its case: "кезектен тыс президент сайлауын".)
  const en = snap ? `snap ${v.en}` : v.en;
  return L(
    `${snap ? 'кезектен тыс ' : ''}${v.kk}`,
    `${snap ? 'внеочередные ' : ''}${v.ru}`,
    `${/^[aeiou]/iu.test(en) ? 'an' : 'a'} ${en}`,
  );
}

/**
 * A vote a person calls: "Президент Касым-Жомарт Токаев объявил о проведении референдума" is
 * "Kassym-Jomart Tokayev calls a referendum", not a decree signed (nothing was signed in these
 * words); the head of state named by his post alone is "The President". With no one named, the
 * vote is called.
 */
export function calledByPerson(c: Parts): Localized | undefined {
  if (c.facet !== 'call-election' || !c.args.calledVote || c.args.subjectOrg) return undefined;
  const actor = signerOf(c);
  const v = voteCalled(c);
  if (!actor) {
    const ruCalled = c.args.calledVote === 'referendum' ? 'Назначен' : 'Назначены';
    return L(
      `${v.kk.replace(/ын$/u, 'ы')} ${tense(c, 'тағайындалды', 'тағайындалмақ')}`,
      `${tense(c, ruCalled, c.args.calledVote === 'referendum' ? 'Будет назначен' : 'Будут назначены')} ${v.ru}`,
      `${v.en.replace(/^an? /u, '')} ${tense(c, 'called', 'to be called')}`,
    );
  }
  return L(
    `${actor.name.kk} ${v.kk} ${tense(c, 'тағайындады', 'тағайындамақ')}`,
    `${actor.name.ru} ${ruDid(c, actor.female, 'назначил', 'назначила', 'назначит')} ${v.ru}`,
    `${actor.name.en} ${tense(c, 'calls', 'to call')} ${v.en}`,
  );
}
