/**
 * A person named only as the source of what a sentence reports: "По словам Мурата Нуртлеу, …",
 * "Как сообщил Мурат Нуртлеу, …", "…, сообщил Мурат Нуртлеу.", "Ерлан Қариннің айтуынша, …",
 * "Ерлан Қарин хабарлағандай, …", "…, деді Ерлан Қарин." The tag tells who said it, not who does
 * what the sentence tells: such a person is no actor of its event (events/fillArguments.ts), unless
 * the event is the statement itself.
 */
import { RU_SPEECH_VERBS } from '../locales/ru/lexicon/speech';
import { KK_SPEECH_VERBS } from '../locales/kk/lexicon/speech';
import type { Lang } from '../arguments/types';

/** Words of a tag between its opening and the person: a post, a ministry ("министра финансов"). */
const TAG_GAP = '[^,.;:!?«»"“”()\\n]*';

/** Russian verbs of a reporting tag: the quote's verbs (lexicon/speech.ts) and a few more. */
const RU_VERBS = [
  ...RU_SPEECH_VERBS,
  'сообщили',
  'заявили',
  'рассказал',
  'рассказала',
  'уточнил',
  'уточнила',
  'передал',
  'передала',
]
  .map((v) => v.replace(' ', '[ \\u00a0]+'))
  .join('|');

/** "По словам …", "Как сообщил …" right before the person, in the same clause. */
const RU_OPENING = new RegExp(
  `(?<![\\p{L}])(?:по[ \\u00a0]+словам|как[ \\u00a0]+(?:${RU_VERBS}))(?![\\p{L}])${TAG_GAP}$`,
  'iu',
);
/** "…, сообщил …", "… — заявил …" closing what was said, before the person. */
const RU_CLOSING = new RegExp(
  `[,—–][ \\u00a0]*(?:[–—-][ \\u00a0]*)?(?:${RU_VERBS})(?![\\p{L}])${TAG_GAP}$`,
  'iu',
);

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
    '(?:айтуынша|сөзінше|мәліметінше|хабарлауынша|пайымдауынша|пікірінше|айтуы[ \\u00a0]+бойынша)' +
    '|(?:хабарла|мәлімде|айт|атап[ \\u00a0]+өт|мәлім[ \\u00a0]+ет|түсіндір|атап[ \\u00a0]+көрсет|жаз|ескерт)' +
    '(?:ған|ген|қан|кен)(?:дай|дей)' +
    ')(?![\\p{L}])',
  'iu',
);

/** Whether the person at [start, end) of `text` (a sentence) is named inside a reporting tag. */
export function inSpeechTag(lang: Lang, text: string, hit: { start: number; end: number }) {
  const before = text.slice(Math.max(0, hit.start - 160), hit.start);
  if (lang === 'ru') {
    // The opening tag ends with a comma after the person ("По словам Мурата Нуртлеу, …").
    if (RU_OPENING.test(before)) return /^[^,.;:!?«»]*,/u.test(text.slice(hit.end, hit.end + 120));
    return RU_CLOSING.test(before);
  }
  return KK_CLOSING.test(before) || KK_AFTER.test(text.slice(hit.end, hit.end + 80));
}
