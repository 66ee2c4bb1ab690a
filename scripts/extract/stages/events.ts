/**
 * Stage 7 — events: every sentence that carries a trigger becomes a candidate with its date,
 * status and arguments; candidates of one article are then merged (see mergeInArticle).
 */
import type { Candidate } from '../events/candidate';
import { dateFromPublication, dateFromTimex, earliestDay, pickTimex } from '../events/dateEvent';
import { subjectOf, themesOf, titleArgs } from '../events/describe';
import { fillArguments } from '../events/fillArguments';
import { findTriggers } from '../events/findTriggers';
import { createPeopleIndex } from '../events/peopleIndex';
import type { Doc } from '../types';
import type { DocTimex } from './dates';
import type { DocumentDate } from './documentDate';

// prettier-ignore
const FUTURE = /(?<![\p{L}])(?:алдағы|келесі|жоспар\p{L}*|көзделу\p{L}*|көзделген|будет|будут|планиру\p{L}*|намечен\p{L}*|предстоящ\p{L}*|состоится)(?![\p{L}])|\p{L}{2,}(?:мақ|мек|бақ|бек|пақ|пек)(?:пын|пін|пыз|піз|шы|ші)?(?![\p{L}])/iu;
const PAST =
  /\p{L}{2,}(?:ды|ді|ты|ті)(?![\p{L}])|\p{L}{2,}(?:ған|ген|қан|кен)(?![\p{L}])|\p{L}{2,}(?:ил|ал|ял|ел|ыл|ла|ли|лись|лся)(?![\p{L}])/u;

export function detectEvents(
  doc: Doc,
  timexes: DocTimex[],
  dct: DocumentDate | undefined,
): Candidate[] {
  const people = createPeopleIndex(doc);
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const hits = findTriggers(s.text, doc.lang);
    if (hits.length === 0) continue;
    const args = fillArguments(doc, s, people);
    const context = doc.paragraphs[s.paragraph]!.text;
    for (const hit of hits) {
      const { type, facet } = hit.trigger;
      const timex = pickTimex(s, hit.at, timexes);
      const date = timex
        ? dateFromTimex(timex, doc.sourceId, s)
        : dct
          ? dateFromPublication(dct)
          : undefined;
      const future = FUTURE.test(s.text) && !PAST.test(s.text.slice(hit.at));
      const after = date && dct && (earliestDay(date.edtf) ?? '') > (dct.to ?? dct.from);
      const planned = Boolean(after) || (future && date?.method !== 'explicit');
      const undated = planned && !timex;
      const targs = titleArgs(type, s.text, context);
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
        subject: subjectOf(base),
        status: planned ? 'planned' : 'reported',
        ...(date && !undated ? { date } : {}),
        ...(undated ? { undatedReason: 'announced for later; the text gives no date' } : {}),
        ...(!date ? { undatedReason: 'no date in the text and no publication date' } : {}),
        sentences: [{ ...s, sourceId: doc.sourceId }],
        paragraphs: [s.paragraph],
        ...args,
        themes: themesOf(
          type,
          `${s.text} ${context}`,
          args.organisations.map((o) => o.id),
        ),
        args: targs,
      });
    }
  }
  return out;
}
