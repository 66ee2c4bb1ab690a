/**
 * Everything a title says beyond the event's type, gathered for one trigger: the sentence's and
 * paragraph's cues (describe.ts), those around the cue and its date (cueTitleArgs.ts), the article's
 * kind of election, who met whom (meetingSides.ts), where a visit goes, which body starts work, and
 * the actors in the order the title names them (the possessor first: possessorFirst.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { Candidate } from './candidate';
import { actIssued, actNamed, issuingMinistry } from './actNamed';
import { appointeeWithoutHeadPost } from './appointee';
import { coordinateClause, POST_POINTED_BACK } from './coordinateClause';
import { cueTitleArgs } from './cueTitleArgs';
import { titleArgs } from './describe';
import type { Arguments } from './fillArguments';
import type { TriggerHit } from './findTriggers';
import { withoutAttendees } from './attendees';
import { attendedBy } from './attendedGathering';
import { invitation } from './invitation';
import { joinedParty } from './joinedParty';
import { jointSides } from './jointSides';
import { meetingSides, visitDestination } from './meetingSides';
import { possessorFirst } from './possessorFirst';
import { startsWork } from './startsWork';
import { stepChamber } from './stepChamber';
import { lawTreaty } from './ratifiedTreaty';
import { holderFirst, tookOffice } from './tookOffice';
import { visitorFirst } from './visitor';
import { toldGenders } from '../locales/ru/events/verbGender';
import type { TitleArgs } from './titleArgs';
import { pronounSpeaker } from './pronounSpeaker';

export interface TitleArgsInput {
  lang: SourceLang;
  s: Sentence;
  hit: TriggerHit;
  type: Candidate['type'];
  facet: string;
  /** The region or district a founding made, as its kind was read (hitKind.ts). */
  regionMade: TitleArgs['regionMade'];
  own: DocTimex | undefined;
  monthOwn: DocTimex | undefined;
  /** The sentence's paragraph. */
  context: string;
  args: Arguments;
  /** The kind of election the whole article tells, if one. */
  articleKind: TitleArgs['electionKind'];
  /** The level of akims the article names, for its bare akim election. */
  articleAkimLevel?: TitleArgs['akimLevel'];
  /** The few sentences just before this one, nearest last (a pronoun's antecedent: pronounSpeaker.ts). */
  before?: readonly Sentence[];
}

export function eventTitleArgs(x: TitleArgsInput): {
  targs: TitleArgs;
  actors: Arguments['actors'];
} {
  const { lang, s, hit, type, facet } = x;
  const targs = titleArgs(type, s.text, x.context, hit.at);
  if (type === 'appointment' || type === 'resignation')
    ownClausePost(lang, s.text, hit.at, type, targs);
  const prior = x.before?.at(-1)?.text;
  Object.assign(targs, cueTitleArgs(lang, s, hit, type, facet, x.regionMade, x.own, x.monthOwn, prior)); // prettier-ignore
  // (A pronoun that says, "— заявила она", stands for whom a sentence before named.)
  const spoken = type === 'statement' || type === 'proposal' || facet === 'instruction';
  const said = spoken && x.args.actors.length === 0 && !targs.speakerPost && !targs.subjectOrg && !targs.speakerMission; // prettier-ignore
  const back = said ? pronounSpeaker(lang, s, hit.at, hit.text, x.before ?? []) : undefined;
  if (back && 'post' in back) targs.speakerPost = back.post;
  if (back && 'org' in back) targs.subjectOrg = back.org;
  const args = back && 'actor' in back ? { ...x.args, actors: [back.actor] } : x.args;
  const chamber =
    type === 'law' ? stepChamber(lang, s, hit.at, x.own, facet === 'committee') : undefined;
  if (chamber) targs.chamber = chamber;
  // (A step the grammar gave its own word and day, a chamber's adoption, is no signing, whoever
  // signs in the sentence's other clause: subordinateActs.ts, participleActs.ts.)
  if (hit.actDate && chamber && targs.lawStep === 'adopted') delete targs.byHeadOfState;
  const treaty =
    type === 'law' ? lawTreaty(lang, s.text, hit.text, targs.topic === 'ratification') : undefined; // prettier-ignore
  if (treaty) targs.treaty = treaty;
  if (type === 'election' && targs.electionKind === 'general' && x.articleKind) {
    targs.electionKind = x.articleKind;
    if (x.articleAkimLevel && !targs.akimLevel) targs.akimLevel = x.articleAkimLevel;
  }
  const found =
    type === 'meeting' ? meetingSides(lang, s, args.actors, facet === 'audience') : undefined;
  // (Two joined by "and" are the two sides of talks, a meeting or a call: jointSides.ts.)
  const twoSided = facet === 'meeting' || facet === 'call' || (facet === 'visit' && targs.talks);
  const joint = found && !found.met && twoSided ? jointSides(s, found.actors) : undefined;
  const sides = joint ? { ...found, ...joint } : found;
  if (sides?.met) targs.met = sides.met;
  if (sides?.alsoMet) targs.alsoMet = sides.alsoMet;
  const to = facet === 'visit' ? visitDestination(lang, s, args.places) : undefined;
  if (to) targs.visitTo = to;
  const works = facet === 'start' ? startsWork(lang, s.text, args.organisations) : undefined;
  if (works) targs.startsWork = works;
  const joined = facet === 'merger' ? joinedParty(lang, s.text, args.organisations) : undefined;
  if (joined) targs.joined = joined;
  if (sides?.byHeadOfState) targs.byHeadOfState = true;
  // (One who takes part in a gathering, named in the clause of attending: attendedGathering.ts.)
  const attendee = attendedBy(lang, type, s, hit.at, args.actors);
  if (attendee) targs.attended = attendee.attended;
  if (attendee?.post) targs.speakerPost = attendee.post;
  const act = type === 'decree' ? actNamed(lang, hit.text) : undefined;
  if (act) targs.act = act;
  if (act && actIssued(lang, hit.text)) targs.actIssued = true;
  // (Its issuer named by his ministry alone: "Министр юстиции издал приказ".)
  const ministry = act ? issuingMinistry(lang, s.text, hit.at) : undefined;
  if (ministry) targs.ministry = ministry;
  const genders = toldGenders(lang, s, args.actors);
  if (genders) targs.genders = genders;
  const inv = invitation(lang, s, hit.at, args.actors, args.places);
  if (inv) {
    const { inviter, invitee, to } = inv;
    targs.invited = {
      who: invitee.name,
      ...(inviter ? { by: inviter.name } : {}),
      ...(to ? { to } : {}),
    };
    return {
      targs,
      actors: [
        ...(inviter ? [inviter] : []),
        invitee,
        ...args.actors.filter((a) => a !== inviter && a !== invitee),
      ],
    };
  }
  const ordered = sides?.actors ?? possessorFirst(lang, type, s, hit, args.actors);
  const visited = facet === 'visit' ? visitorFirst(lang, s, ordered, targs) : ordered;
  const attending = type === 'inauguration' ? withoutAttendees(lang, s, visited) : visited;
  // (A post taken by its holder: he is the subject before the cue, tookOffice.ts.)
  const took = type === 'appointment' && tookOffice(lang, hit.text);
  if (took) targs.tookPost = true;
  const actors = took ? holderFirst(s, hit.at, attending) : attending;
  return { targs, actors: appointeeWithoutHeadPost(lang, type, s, actors) };
}

/**
 * The post of an appointment or a resignation is the one its own clause names: "В 2019 году он
 * был назначен вице-министром энергетики, а с 2023 года возглавлял управляющую компанию" gives the
 * second act no deputy minister's post.
 */
function ownClausePost(
  lang: SourceLang,
  text: string,
  at: number,
  type: Candidate['type'],
  targs: TitleArgs,
): void {
  const clause = coordinateClause(lang, text, at);
  if (clause === undefined || POST_POINTED_BACK[lang].test(clause)) return;
  const own = titleArgs(type, clause, '');
  for (const key of ['post', 'ministry', 'firstDeputy'] as const) delete targs[key];
  Object.assign(
    targs,
    Object.fromEntries(
      (['post', 'ministry', 'firstDeputy'] as const)
        .filter((key) => own[key] !== undefined)
        .map((key) => [key, own[key]]),
    ),
  );
}
