/**
 * A Kazakh reporting tag around a person: "Ерлан Қариннің айтуынша, …", "Ерлан Қарин
 * хабарлағандай, …", "…, деді Ерлан Қарин." (events/speechTag.ts).
 */
import { KK_ACCORDING_TO, KK_SPEECH_VERBS } from './lexicon/speech';

/** Words of a tag between its opening and the person: a post, a ministry ("министра финансов"). */
const TAG_GAP = '[^,.;:!?«»"“”()\\n]*';

/** Kazakh verbs closing what was said (`…, деді Ерлан Қарин`), a `деп` before one too. */
const KK_VERBS = [...KK_SPEECH_VERBS.filter((v) => v !== 'деп' && v !== 'деген'), 'хабарлады']
  .map((v) => v.replace(' ', '[ \\u00a0]+'))
  .join('|');
const KK_CLOSING = new RegExp(
  `[,—–][ \\u00a0]*(?:[–—-][ \\u00a0]*)?(?:деп[ \\u00a0]+)?(?:${KK_VERBS})(?![\\p{L}])${TAG_GAP}$`,
  'iu',
);
/**
 * After the person: the genitive with "айтуынша" (by his words) and its kin, or a participle of
 * saying in -ған/-ген/-қан/-кен with -дай/-дей ("хабарлағандай", "атап өткендей": as he reported).
 */
const KK_AFTER = new RegExp(
  '^\\p{L}*[ \\u00a0]+(?:' +
    `(?:${KK_ACCORDING_TO})` +
    '|(?:хабарла|мәлімде|айт|атап[ \\u00a0]+өт|мәлім[ \\u00a0]+ет|түсіндір|атап[ \\u00a0]+көрсет|жаз|ескерт)' +
    '(?:ған|ген|қан|кен)(?:дай|дей)' +
    ')(?![\\p{L}])',
  'iu',
);

/** Whether the person at [start, end) of the sentence `text` is named inside a reporting tag. */
export function kkInSpeechTag(text: string, hit: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, hit.start - 160), hit.start);
  return KK_CLOSING.test(before) || KK_AFTER.test(text.slice(hit.end, hit.end + 80));
}
