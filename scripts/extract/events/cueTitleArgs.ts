/**
 * Title arguments read from around the event's own cue and date, not from the whole sentence
 * (describe.ts reads those): which step of a law its date is of, the month that names events, a
 * region or a kind of body founded, a meeting's kind, a speaker named by his post. Keys only; titles*.ts word them.
 */
import type { SourceLang } from '../../../src/model/schema';
import type { Sentence } from '../types';
import type { DocTimex } from '../stages/dates';
import type { Candidate } from './candidate';
import type { TriggerHit } from './findTriggers';
import { courtStep } from './courtStep';
import { bodyHeadOf } from './bodyHead';
import { constitutionalBody } from './constitutionalBody';
import { documentsSigned } from './documentsSigned';
import { discussedUntil, draftKindOf, draftPublished } from './draftDiscussed';
import { approvalAct, dueAct } from './dueAct';
import { foundedBodyOf } from './foundedBody';
import { campaignVote, happeningOf, stepNear } from './happeningOf';
import { clauseHappening } from './clauseHappening';
import { troopsMotion } from './troopsMotion';
import { yearNamed } from './yearNamed';
import { decidedGathering } from './decidedGathering';
import { abolishedOf } from './abolished';
import { actInForce } from './actInForce';
import { hostPost } from './hostPost';
import { metPost } from './metPost';
import { isAgreed, statesAgreeing } from './statesAgree';
import { ratifiedThatDay } from './treatyParticiple';
import { lawArgs } from './lawNames';
import { meetingKindOf } from './meetingKinds';
import { namingMonth } from './namedEvents';
import { resultsOf } from './resultsOf';
import { budgetStep } from './budgetStep';
import { subjectOrg } from './speakerOrg';
import { missionSpeaker } from './missionSpeaker';
import { callingBody } from './callingBody';
import { calledVote } from './calledVote';
import { isDuty, speakerPost } from './speakerPost';
import { nominationStep } from './titlesCalendar';
import { registered, registrationRefused } from './registered';
import { isStartOfWork } from './startsWork';
import type { TitleArgs } from './titleArgs';
import { titleArgs } from './describe';
import { TITLE_CUES } from './titleCueWords';
import { isAppeal } from './appeal';
import { appealToOrg } from './appealToOrg';
import { MEASURES, measureOf } from './measures';

export function cueTitleArgs(
  lang: SourceLang,
  s: Pick<Sentence, 'text' | 'start'>,
  hit: Pick<TriggerHit, 'at' | 'text' | 'actDate'>,
  type: Candidate['type'],
  facet: string,
  // (The region or district a founding made, read with its kind: hitKind.ts.)
  made: TitleArgs['regionMade'],
  own: DocTimex | undefined,
  monthOwn: DocTimex | undefined,
  // (The nearest earlier sentence: the vote a campaign named bare is of, happeningOf.ts.)
  prior?: string,
): TitleArgs {
  const out: TitleArgs = {};
  // (Which step of a law its own date is of: near that date, else near the cue; a participle's
  // or its verb's step is its own word's: participleActs.ts.)
  if (type === 'law') {
    const [from, to] =
      own && !hit.actDate
        ? [own.start - s.start, own.end - s.start]
        : [hit.at, hit.at + hit.text.length];
    Object.assign(out, lawArgs(lang, s.text, from, to));
  }
  const month = facet === 'events' && monthOwn ? namingMonth(monthOwn, s.start, hit) : undefined;
  if (month) out.month = month;
  if (facet === 'founding' && made) out.regionMade = made;
  const body = facet === 'founding' && !made ? foundedBodyOf(lang, s.text) : undefined;
  if (body) out.foundedBody = body;
  const meetingKind = type === 'meeting' ? meetingKindOf(lang, s.text) : undefined;
  if (meetingKind) out.meetingKind = meetingKind;
  const vote = facet === 'results' ? resultsOf(lang, s.text, hit.at, hit.text.length) : undefined;
  if (vote) out.resultsOf = vote;
  const budget = facet === 'budget' ? budgetStep(lang, hit.text) : undefined;
  if (budget) out.budgetStep = budget;
  // (A bare start or deadline by its clause's verb: "списки избирателей вывешиваются с 5 марта".)
  const happening =
    facet === 'happening'
      ? happeningOf(lang, s.text, hit.at, hit.text, prior)
      : facet === 'start' || facet === 'due'
        ? clauseHappening(lang, s.text, hit.at, hit.text.length, prior)
        : undefined;
  if (happening) out.happening = happening;
  // (A law or a code brought into force from a day is named as a law's coming into force is:
  // "С 1 июля вводится новый Налоговый кодекс" is the Tax Code's, titlesCalendar.ts.)
  if (happening?.what === 'law' && type !== 'law')
    Object.assign(out, lawArgs(lang, s.text, hit.at, hit.at + hit.text.length), { lawStep: 'in-force' }); // prettier-ignore
  // (Troops that arrive or leave, told by a cue of no act of its own: a recalled day, a start, a deadline.)
  const troops = type === 'other' ? troopsMotion(lang, s.text, hit.at, hit.text.length) : undefined; // prettier-ignore
  if (troops) out.troopsMotion = troops;
  // (A year given a name by a bare "объявил", "жарияланды": "2026 год объявлен Годом …".)
  const named = facet === 'happening' ? yearNamed(lang, s.text, hit.at, hit.text.length) : undefined; // prettier-ignore
  if (named) out.yearNamed = named;
  // (The cue with a word either side: the Kazakh cue opens on "жазасы" of "өлім жазасы", the
  // Russian one ends on "статус" of "статус первого президента".)
  const abolished = facet === 'abolished' ? abolishedOf(lang, s.text.slice(Math.max(0, hit.at - 24), hit.at + hit.text.length + 30)) : undefined; // prettier-ignore
  if (abolished) out.abolished = abolished;
  const decided = facet === 'happening' ? decidedGathering(lang, s.text, hit.at, hit.text) : undefined; // prettier-ignore
  if (decided) out.decidedGathering = decided;
  const spoken = type === 'statement' || type === 'proposal' || facet === 'instruction';
  const post = spoken ? speakerPost(lang, s.text, hit.at, hit.text.length) : undefined;
  if (post) out.speakerPost = post;
  const org = spoken && !post ? subjectOrg(lang, s.text, hit.at, hit.text) : undefined;
  if (org) out.subjectOrg = org;
  const mission = spoken && !post && !org ? missionSpeaker(lang, s.text, hit.at, hit.text) : undefined; // prettier-ignore
  if (mission) out.speakerMission = mission;
  // (The body that calls an election by its own act, not a decree: titlesCalling.ts.)
  const caller = facet === 'call-election' ? callingBody(lang, s.text, hit.at, hit.text) : undefined; // prettier-ignore
  if (caller) out.subjectOrg = caller;
  const appeal = type === 'statement' ? appealToOrg(lang, s.text, hit.at, hit.text) : undefined;
  if (appeal) out.appealToOrg = appeal;
  // (Which vote it calls, snap or not, and whether the head of state calls it: calledVote.ts.)
  if (facet === 'call-election') Object.assign(out, calledVote(lang, s.text, hit.at, hit.text));
  if (facet === 'instruction' && isDuty(lang, hit.text)) out.duty = true;
  if (facet === 'nomination') out.nominationStep = nominationStep(hit.text);
  // (A consent's post may be a body's head the posts lexicon has no key for: "на должность
  // Председателя Верховного суда", bodyHead.ts.)
  const head = facet === 'candidacy' || facet === 'candidacy-review' ? bodyHeadOf(lang, s.text) : undefined; // prettier-ignore
  if (head) out.bodyHead = head;
  const step = facet === 'nomination' || facet === 'campaign' ? stepNear(lang, s.text, hit.at, hit.text.length, own && { start: own.start - s.start, end: own.end - s.start }) : undefined; // prettier-ignore
  if (step) out.step = step;
  // (A referendum's campaign is no election's: "Референдум пройдёт 15 марта. Агитационная кампания
  // завершится 13 марта" is the referendum campaign's end.)
  const campaign = facet === 'campaign' || happening?.what === 'campaign';
  if (campaign && campaignVote(lang, s.text, prior) === 'referendum')
    out.campaignVote = 'referendum';
  const what = facet === 'registration' ? registered(lang, s.text, hit.at, hit.text.length) : undefined; // prettier-ignore
  if (what) out.registered = what;
  // (The vote a calendar plan is of: "календарный план выборов в маслихаты", a referendum's.)
  if (facet === 'vote-plan')
    out.votePlan = /референдум/iu.test(hit.text)
      ? 'referendum'
      : (titleArgs('election', s.text, '').electionKind ?? 'general');
  const refused = facet === 'registration' && registrationRefused(lang, s.text, hit.at, hit.text.length); // prettier-ignore
  if (refused) out.registrationRefused = true;
  if (facet === 'agreement' && documentsSigned(lang, hit.text)) out.documents = true;
  const states = facet === 'agreement' ? statesAgreeing(lang, s.text) : undefined;
  if (states) out.states = states;
  if (facet === 'agreement' && isAgreed(lang, hit.text)) out.agreed = true;
  // ("ратифицировал соглашение, подписанное в Ташкенте": ratified that day, signed before.)
  if (facet === 'agreement') out.ratified = ratifiedThatDay(lang, s, own);
  if (facet === 'court') out.courtStep = courtStep(lang, s.text, hit.at, hit.text.length);
  // (The law a ruling on conformity to the Constitution is on, by its name: titlesConstitutionalRuling.ts.)
  const ruledOn = out.courtStep === 'constitutional' ? lawArgs(lang, s.text, hit.at, hit.at).law : undefined; // prettier-ignore
  if (ruledOn) out.law = ruledOn;
  const ruling = out.courtStep === 'constitutional' ? constitutionalBody(lang, s.text, hit.at) : undefined; // prettier-ignore
  if (ruling && ruling !== 'court') out.rulingBody = ruling;
  if (facet === 'founding' && isStartOfWork(lang, hit.text)) out.workStarts = true;
  const inForce = type === 'decree' && facet === 'decree' ? actInForce(lang, s.text) : undefined;
  if (inForce) out.actInForce = inForce;
  const host = type === 'meeting' ? hostPost(lang, s.text, hit.at) : undefined;
  if (host) out.hostPost = host;
  // (A happening is one due only by a deadline in its clause: "будут утверждены до 1 октября"; so
  // is a founding: "Учаскелік комиссиялар 6 қыркүйекке дейін құрылады".)
  const byDeadline = facet === 'happening' || facet === 'founding';
  const due = facet === 'due' || facet === 'instruction' || byDeadline ? dueAct(lang, s.text, hit.at, hit.text.length, byDeadline) : undefined; // prettier-ignore
  // (A happening that names no step the calendar lexicon knows may be a document approved:
  // "Правительство утвердило план мероприятий" is "The Government approves a plan", not "Event";
  // so may a decree the cue reads as a state's document approved: "Үкімет … стратегиясын бекітті".)
  const approved = !due && ((facet === 'happening' && !happening) || (type === 'decree' && facet === 'decree')) ? approvalAct(lang, s.text, hit.at, hit.text.length) : undefined; // prettier-ignore
  // (A happening the lexicon knows, approved by one the clause names, is told by who approved it:
  // "Глава государства утвердил концепцию" is "The President approves a concept", more than "A
  // policy concept is approved"; read only where the happening is known, the rest read above.)
  const approvedBy = !due && !approved && facet === 'happening' && happening ? approvalAct(lang, s.text, hit.at, hit.text.length) : undefined; // prettier-ignore
  const byWhom = approvedBy?.who ? approvedBy : undefined;
  if (due ?? approved ?? byWhom) out.dueAct = due ?? approved ?? byWhom;
  // (The cue with the words just before it: the Kazakh cue opens on "жобасы", "заң жобасы".)
  const draft = facet === 'draft' ? draftKindOf(lang, `${s.text.slice(Math.max(0, hit.at - 40), hit.at)}${hit.text}`) : undefined; // prettier-ignore
  if (draft) out.draft = draft;
  if (facet === 'draft' && draftPublished(lang, hit.text)) out.draftPublished = true;
  if (
    facet === 'draft' &&
    own &&
    discussedUntil(lang, s.text, own.start - s.start, own.end - s.start)
  )
    out.draftUntil = true;
  if ((type === 'referendum' || facet === 'constitution') && TITLE_CUES[lang].newConstitution.test(s.text)) out.newConstitution = true; // prettier-ignore
  if (type === 'address' && isAppeal(lang, s.text)) out.appeal = true;
  if (type === 'other' && MEASURES.has(facet)) out.measure = measureOf(lang, s.text, hit.at, hit.text, facet); // prettier-ignore
  const met = type === 'meeting' && !host ? metPost(lang, s.text) : undefined;
  if (met) out.metPost = met;
  return out;
}
