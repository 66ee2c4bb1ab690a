/**
 * Which election a sentence, or its paragraph, tells of: a president's, the Parliament's, the
 * Senate's, the local councils', an akim's, or one unnamed ("general"). The words are each
 * language's (locales/kk/lexicon/electionKinds.ts, locales/ru/lexicon/electionKinds.ts); both are
 * read in any sentence, as a Kazakh article quotes Russian names and a Russian one Kazakh ones.
 */
import type { TitleArgs } from './candidate';
import { memoByText } from '../memoByText';
import { namesPresidentialVote } from './presidentialVote';
import * as kk from '../locales/kk/lexicon/electionKinds';
import * as ru from '../locales/ru/lexicon/electionKinds';

type ElectionKind = NonNullable<TitleArgs['electionKind']>;

/** One regexp from the Kazakh and the Russian alternatives, in that order. */
const either = (kkSource: string, ruSource: string) => new RegExp(`${kkSource}|${ruSource}`, 'iu');

export function electionKind(text: string, context: string): ElectionKind {
  const own = electionKindOf(text);
  if (own !== 'general') return own;
  const told = electionToldIn(text);
  return told ?? electionKindIn(context);
}

/** The election a sentence tells as its chamber or council elected (its own sentence only). */
function electionToldIn(t: string): ElectionKind | undefined {
  if (A_POST.test(t)) return undefined;
  if (SENATORS_ELECTED.test(t)) return 'senate';
  if (CHAMBER_ELECTED.test(t)) return 'parliamentary';
  if (MASLIKHAT_ELECTION.test(t)) return 'maslikhat';
  return undefined;
}

const PARLIAMENTARY_ELECTION = either(kk.KK_PARLIAMENTARY_ELECTION, ru.RU_PARLIAMENTARY_ELECTION);
const SENATE_ELECTION = either(kk.KK_SENATE_ELECTION, ru.RU_SENATE_ELECTION);
// Read in the event's own sentence only (a paragraph names chambers for other reasons): senators
// told as elected, a chamber or a local council told as elected. A body's word in either language
// goes with either language's election words, as a Kazakh sentence may spell the Russian way.
const TOLD_WORDS = [kk.KK_TOLD_ELECTED, ru.RU_TOLD_ELECTED];
const toldWords = (key: keyof typeof kk.KK_TOLD_ELECTED) =>
  TOLD_WORDS.map((words) => words[key])
    .filter(Boolean)
    .join('|');
/** The body's word, then (within `gap` characters of its sentence) an election's word. */
const bodyThenElected = (body: string, elected: string, gap: number) =>
  String.raw`(?<!\p{L})(?:${body})\p{L}*[^.!?]{0,${gap}}?(?<!\p{L})(?:${elected})`;
/** An election's word, then the body within two words ("избран в Мажилис"). */
const electedThenBody = (elected: string, body: string) =>
  String.raw`(?<!\p{L})(?:${elected})\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:в\s+)?(?:${body})`;
const SENATORS_ELECTED = new RegExp(
  String.raw`(?<!\p{L})(?:${toldWords('senator')})\p{L}*[^.!?]{0,30}?(?:${toldWords('senatorElected')})|(?<!\p{L})(?:${toldWords('senate')})\p{L}*[^.!?]{0,60}?(?:${toldWords('senateAtElection')})`,
  'iu',
);
// A chamber told as elected, in the passive or a participle ("Мажилис избран 19 марта", "созыв
// Мажилиса, избранный", "Мәжіліс … сайланды"): the chamber's election.
const CHAMBER_ELECTED = new RegExp(
  `${bodyThenElected(toldWords('chamber'), toldWords('chamberElected'), 60)}|${electedThenBody(toldWords('chamberElectedBefore'), toldWords('chamber'))}`,
  'iu',
);
// A local council's election; not a post at it ("мәслихат хатшысы сайланды" is an appointment).
const MASLIKHAT_ELECTION = new RegExp(
  `${bodyThenElected(toldWords('council'), toldWords('councilElected'), 60)}|${electedThenBody(toldWords('councilElectedBefore'), toldWords('council'))}`,
  'iu',
);
const A_POST = new RegExp(
  String.raw`(?<!\p{L})(?:${kk.KK_CHAMBER_POST}|${ru.RU_CHAMBER_POST})`,
  'iu',
);
const AKIM_ELECTION = either(kk.KK_AKIM_ELECTION, ru.RU_AKIM_ELECTION);

function electionKindOf(t: string): ElectionKind {
  if (AKIM_ELECTION.test(t)) return 'akim';
  if (namesPresidentialVote(t)) return 'presidential';
  if (SENATE_ELECTION.test(t)) return 'senate';
  if (PARLIAMENTARY_ELECTION.test(t)) return 'parliamentary';
  if (MASLIKHAT_VOTE.test(t)) return 'maslikhat';
  return 'general';
}

// The local councils' vote named as such ("выборы депутатов маслихатов", "мәслихат сайлауы"): a
// paragraph naming it tells which vote its "Голосование пройдет 16 марта" is.
const MASLIKHAT_VOTE = either(kk.KK_MASLIKHAT_VOTE, ru.RU_MASLIKHAT_VOTE);

// Paragraph- and article-wide readings are asked for once per sentence: remembered by text, so a
// long paragraph is scanned once, not once per sentence (which was quadratic).
const electionKindIn = memoByText(electionKindOf);
const COUNCILS = either(kk.KK_COUNCILS, ru.RU_COUNCILS);
export const namesCouncils = (t: string) => COUNCILS.test(t);
export const namesCouncilsIn = memoByText(namesCouncils);

/** Voting itself, "дауыс беру", "голосование": in an article about a referendum, its vote. */
export const VOTING = either(kk.KK_VOTE_NOUN, ru.RU_VOTE_NOUN);
/** An extraordinary congress or election: "кезектен тыс", "внеочередной". */
export const SNAP = either(kk.KK_SNAP, ru.RU_SNAP);
/** A coalition's or headquarters' level: regional ("облыстық", "региональный"). */
export const REGIONAL = either(kk.KK_REGIONAL, ru.RU_REGIONAL);
/** Elections named in a text (not the pre-election programme). */
export const ELECTIONS = either(kk.KK_ELECTIONS, ru.RU_ELECTIONS);
/** A congress's number in figures, with either language's ordinal ending: "XXII-ші", "25-й съезд". */
export const CONGRESS_DIGITS = new RegExp(
  String.raw`(?<![\p{N}])(\d{1,2})-?(?:${kk.KK_ORDINAL_ENDING}|${ru.RU_ORDINAL_ENDING})?\s*-?\s*съез`,
  'iu',
);
/** A referendum's question told as the Constitution ("Конституция", "Ата заң"). */
export const CONSTITUTION = new RegExp(kk.KK_CONSTITUTION, 'iu');
/** The Constitution named in a text, also as "the basic law" ("Основной закон"). */
export const CONSTITUTION_NAMED = either(kk.KK_CONSTITUTION, ru.RU_BASIC_LAW);
/** An international gathering named: the OSCE, "халықаралық", "международный", a summit. */
export const INTERNATIONAL = either(kk.KK_INTERNATIONAL, ru.RU_INTERNATIONAL);
