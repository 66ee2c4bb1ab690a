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
    [
      'deputy-prime-minister',
      /(?<![\p{L}-])(?:вице-премьер(?:-министр)?|заместитель\s+премьер-министра)(?![\p{L}-])/giu,
    ],
    ['capital-akim', /(?<![\p{L}-])аким\s+(?:столицы|Астаны|города\s+Астаны)(?![\p{L}-])/giu],
    ['regional-akim', /(?<![\p{L}-])аким\s+области(?![\p{L}-])/giu],
    ['city-akim', /(?<![\p{L}-])аким\s+города(?!\s+Астаны)(?![\p{L}-])/giu],
    ['district-akim', /(?<![\p{L}-])аким\s+района(?![\p{L}-])/giu],
    [
      'akim',
      /(?<![\p{L}-])аким(?![\p{L}-])(?!\s+(?:столицы|области|города|района|Астаны)(?![\p{L}-]))/giu,
    ],
    ['minister', /(?<![\p{L}-])министр(?![\p{L}-])/giu],
  ],
  // An adjective before the post ("новый", "российский", "бывший"), or "экс-".
  notBefore: /(?:(?<![\p{L}])[\p{L}]+(?:ый|ий|ой)|экс-)\s*$/iu,
  // A country's or another's name after the post, unless it is Kazakhstan's ("Президент
  // Франции", "премьер-министр Индии"; "Президент Казахстана", "Президент РК").
  notAfter: /^\s+(?!(?:Казахстана|РК|Республики\s+Казахстан)(?![\p{L}]))\p{Lu}/u,
  // Kazakhstan's named: the post holder is still the one the title names.
  own: /^\s+(?:Казахстана|РК|Республики\s+Казахстан)(?![\p{L}])/u,
  // Between the post and the cue after it: up to three words, no clause break and no name (a
  // country's: "министр иностранных дел России заявил").
  between: /^[^,;:–—«»"()\p{Lu}]*$/u,
  maxWordsBetween: 3,
  // "— заявил президент": the cue right before the post (at most one word between).
  after: true,
  // "должен", "должна", "должны", "обязан" (not "обязал", who instructs).
  duty: /(?<![\p{L}])(?:долж[не]\p{L}*|обязан\p{L}*)/iu,
};
