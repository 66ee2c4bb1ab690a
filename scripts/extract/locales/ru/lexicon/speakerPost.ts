/**
 * Russian cues of a speaker named by his post alone (events/speakerPost.ts): "Президент заявил",
 * "Глава государства предложил", "премьер поручил", "— заявил глава правительства". The post is
 * in the nominative (no ending after it: not "президента", "премьер-министром"); not a vice-,
 * former or foreign one ("вице-премьер", "бывший президент", "французский президент").
 */
import type { SpeakerPostCues } from '../../../events/speakerPost';

export const RU_SPEAKER_POST: SpeakerPostCues = {
  posts: [
    ['president', /(?<![\p{L}-])(?:президент|глава\s+государства)(?![\p{L}-])/giu],
    [
      'prime-minister',
      /(?<![\p{L}-])(?:премьер-министр|премьер|глава\s+правительства)(?![\p{L}-])/giu,
    ],
  ],
  // An adjective before the post ("новый", "российский", "бывший"), or "экс-".
  notBefore: /(?:(?<![\p{L}])[\p{L}]+(?:ый|ий|ой)|экс-)\s*$/iu,
  // A country's or another's name after the post, unless it is Kazakhstan's ("Президент
  // Франции", "премьер-министр Индии"; "Президент Казахстана", "Президент РК").
  notAfter: /^\s+(?!(?:Казахстана|РК|Республики\s+Казахстан)(?![\p{L}]))\p{Lu}/u,
  // Kazakhstan's named: the post holder is still the one the title names.
  own: /^\s+(?:Казахстана|РК|Республики\s+Казахстан)(?![\p{L}])/u,
  // Between the post and the cue after it: up to three words, no clause break.
  between: /^[^,;:–—«»"()]*$/u,
  maxWordsBetween: 3,
  // "— заявил президент": the cue right before the post (at most one word between).
  after: true,
};
