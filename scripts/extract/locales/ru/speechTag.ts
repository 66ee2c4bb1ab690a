/**
 * A Russian reporting tag around a person: "По словам Мурата Нуртлеу, …", "Как сообщил Мурат
 * Нуртлеу, …", "…, сообщил Мурат Нуртлеу." (events/speechTag.ts).
 */
import { RU_SPEECH_VERBS } from './lexicon/speech';

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

/** Whether the person at [start, end) of the sentence `text` is named inside a reporting tag. */
export function ruInSpeechTag(text: string, hit: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, hit.start - 160), hit.start);
  // The opening tag ends with a comma after the person ("По словам Мурата Нуртлеу, …").
  if (RU_OPENING.test(before)) return /^[^,.;:!?«»]*,/u.test(text.slice(hit.end, hit.end + 120));
  return RU_CLOSING.test(before);
}
