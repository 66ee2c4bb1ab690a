/**
 * Stage 7 — events: every sentence that carries a trigger becomes a candidate with its date,
 * status and arguments; candidates of one article are then merged (see mergeInArticle).
 */
import type { Organisation } from '../../../src/model/schema';
import type { Candidate } from '../events/candidate';
import {
  dateFromPublication,
  dateFromTimex,
  earliestDay,
  pickTimex,
  timexesBySentence,
} from '../events/dateEvent';
import { subjectOf, themesOf, titleArgs } from '../events/describe';
import { fillArguments } from '../events/fillArguments';
import { findTriggers } from '../events/cached';
import { createPeopleIndex } from '../events/peopleIndex';
import type { Doc } from '../types';
import type { DocTimex } from './dates';
import type { DocumentDate } from './documentDate';

/** Verbs of saying: "X will happen, he said" is still about the future. */
const SPEECH =
  /(?<![\p{L}])(?:айтты|деді|атап\s+өтті|мәлімдеді|жеткізді|ескертті|тапсырды|сказал\p{L}*|заявил\p{L}*|отметил\p{L}*)(?![\p{L}])/giu;
/** "Before the referendum", "on the eve of the election": the trigger names something still to come. */
const AHEAD = /^\p{L}*\s+(?:алдында|қарсаңында)(?![\p{L}])|^(?:накануне|перед)\s/iu;
const AHEAD_RU = /(?:накануне|перед)\s+$/iu;

/** A trigger noun in the genitive modifies another noun: "съезінің делегаттары". */
const GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/u;
/** Coalitions and headquarters take their theme from what the whole article is about. */
const ARTICLE_WIDE = new Set(['coalition', 'headquarters']);

/** Finite past forms: the vote is reported as done ("өтті", "прошёл"). */
const DONE =
  /\p{L}{2,}(?:ды|ді|ты|ті)(?![\p{L}])|(?<![\p{L}])(?:прош[её]л|прошл[аио]|состоял\p{L}*)(?![\p{L}])/iu;

// prettier-ignore
const FUTURE = /(?<![\p{L}])(?:алдағы|келесі|жақын\s+уақытта|жоспар\p{L}*|көзделу\p{L}*|көзделген|будет|будут|планиру\p{L}*|намечен\p{L}*|предстоящ\p{L}*|состоится)(?![\p{L}])|\p{L}{2,}(?:мақ|мек|бақ|бек|пақ|пек)(?:пын|пін|пыз|піз|шы|ші)?(?![\p{L}])|\p{L}{2,}(?:амын|емін|ймын|ймін|атын|етін|йтын|йтін)(?:ын|ін|ы|і)?(?![\p{L}])/iu;
const PAST =
  /\p{L}{2,}(?:ды|ді|ты|ті)(?![\p{L}])|\p{L}{2,}(?:ған|ген|қан|кен)(?![\p{L}])|\p{L}{2,}(?:ил|ал|ял|ел|ыл|ла|ли|лись|лся)(?![\p{L}])/u;

export function detectEvents(
  doc: Doc,
  timexes: DocTimex[],
  dct: DocumentDate | undefined,
): Candidate[] {
  const people = createPeopleIndex(doc);
  const referendumArticle =
    /референдум/iu.test(doc.text) && !/(?<![\p{L}])(?:сайлау(?!шы)|выбор)/iu.test(doc.text);
  const articleKind = titleArgs('election', '', doc.text).electionKind;
  const bySentence = timexesBySentence(timexes);
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const hits = findTriggers(s.text, doc.lang);
    if (hits.length === 0) continue;
    const context = doc.paragraphs[s.paragraph]!.text;
    for (const hit of hits) {
      const modifier = GENITIVE.test(hit.text) && hits.length > 1;
      const args = fillArguments(doc, s, people, hit.trigger.type, modifier, hit.trigger.generic);
      const asVote =
        hit.trigger.type === 'election' && /дауыс|голос/iu.test(hit.text) && referendumArticle;
      const facet = asVote ? 'referendum' : hit.trigger.facet;
      // Voting in an article about a referendum is the referendum, not an election.
      const type = asVote ? 'referendum' : hit.trigger.type;
      const timex = pickTimex(s, hit.at, bySentence);
      const date = timex
        ? dateFromTimex(timex, doc.sourceId, s, dct)
        : dct
          ? dateFromPublication(dct)
          : undefined;
      const rest = s.text.slice(hit.at + hit.text.length).replace(SPEECH, '');
      const ahead = AHEAD.test(s.text.slice(hit.at)) || AHEAD_RU.test(s.text.slice(0, hit.at));
      const future = ahead || (FUTURE.test(s.text) && !PAST.test(rest));
      const after = date && dct && (earliestDay(date.edtf) ?? '') > (dct.to ?? dct.from);
      const planned = Boolean(after) || (future && date?.method !== 'explicit');
      // A vote happens on a set day: one mentioned without its date, and not as done, is not placed.
      const undatedVote =
        (type === 'election' || type === 'referendum') && !timex && !DONE.test(rest);
      const undated = (planned && (!timex || ahead)) || undatedVote;
      const targs = titleArgs(type, s.text, context);
      if (type === 'election' && targs.electionKind === 'general' && articleKind)
        targs.electionKind = articleKind;
      const base = {
        type,
        facet,
        places: args.places,
        organisations: args.organisations,
        actors: args.actors,
        args: targs,
      };
      out.push({
        sourceId: doc.sourceId,
        lang: doc.lang,
        type,
        facet,
        generic: hit.trigger.generic === true,
        subject: subjectOf(base, focusOrg(args.organisations, s.start + hit.at)),
        status: planned ? 'planned' : 'reported',
        ...(date && !undated ? { date, dateSource: doc.sourceId } : {}),
        ...(undated ? { undatedReason: planned ? 'planned-no-date' : 'vote-no-date' } : {}),
        ...(!date ? { undatedReason: 'no-date' as const } : {}),
        sentences: [{ ...s, sourceId: doc.sourceId }],
        paragraphs: [s.paragraph],
        ...args,
        themes: themesOf(
          type,
          ARTICLE_WIDE.has(type) ? [doc.text] : [s.text, context],
          args.organisations.map((o) => o.id),
        ),
        args: targs,
      });
    }
  }
  return out;
}

/** The organisation named nearest before the trigger ("«AMANAT» партиясының … съезі"). */
function focusOrg(orgs: Organisation[], at: number): string | undefined {
  const before = orgs
    .filter((o) => o.evidence.end <= at)
    .sort((a, b) => b.evidence.end - a.evidence.end);
  return before[0]?.id;
}
