/**
 * Russian cues that a sentence is not a report but someone's words: a speech tag (`Об этом
 * заявил …`, `«…», — сказал он.`), a quote, or first-person speech (`Мы договорились …`).
 */
import type { ReportCues } from '../../../events/reportCueWords';

export const RU_SPEECH_TAG =
  /^(?:об\s+этом|так\s+(?:сказал|заявил|ответил))\s|[»"”]\s*[,.]?\s*[–—-]+\s*(?:сказал|заявил|отметил|подчеркнул|добавил|пояснил|сообщил|говорит|считает)/iu;

export const RU_FIRST_PERSON = /(?<!\p{L})(?:я|мы|мне|нам|нас|наш\p{L}*|мой|моя|мои)(?!\p{L})/iu;

/** The Russian cues of someone's words (events/reportCueWords.ts). */
export const RU_REPORT_CUES: ReportCues = {
  speechTag: RU_SPEECH_TAG,
  firstPerson: RU_FIRST_PERSON,
};
