/**
 * Russian cues of a speaker named by his post alone (events/speakerPost.ts): "Президент заявил",
 * "Глава государства предложил", "премьер поручил", "— заявил глава правительства". The post is
 * in the nominative (no ending after it: not "президента", "премьер-министром"); not a vice-,
 * former or foreign one ("вице-премьер", "бывший президент", "французский президент").
 */
import type { SpeakerPostCues } from '../../../events/speakerPost';

/** A capitalised word after a post, not Kazakhstan's: an abbreviation, or a word whose ending follows. */
const RU_COUNTRY = String.raw`(?!(?:Казахстана|РК|Республики\s+Казахстан)(?![\p{L}]))(?:\p{Lu}{2,}(?![\p{L}])|\p{Lu}\p{Ll}+`;

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
  // A country's adjective before the post ("французский президент", "российскому президенту"; not
  // "казахстанский"), or its name in the genitive after it ("Президент Франции", "Президентом
  // США", "Президента Турецкой Республики"): not a name in apposition, which agrees with the post
  // ("Президент Токаев", "Президентом Токаевым"; a genitive post's "Президента Токаева" is read as
  // a name unless the word ends as a country's genitive: "Президента России", "Президента РФ").
  foreign: new RegExp(
    [
      String.raw`(?<![\p{L}])(?![Кк]азахстанск)\p{L}+(?:ск|цк)(?:ий|ого|ому|им|ом)\s+(?:[Пп]резидент|[Пп]ремьер(?:-министр)?)\p{L}{0,2}(?![\p{L}-])`,
      String.raw`(?<![\p{L}-])(?:[Пп]резидент(?:ом|у|е)?|[Пп]ремьер(?:-министр)?(?:ом|у|е)?)\s+${RU_COUNTRY}(?:ии|ы|и|а|я|ой|ей))(?![\p{L}-])`,
      String.raw`(?<![\p{L}-])(?:[Пп]резидента|[Пп]ремьер(?:-министр)?а)\s+${RU_COUNTRY}(?:ии|ы|и))(?![\p{L}-])`,
    ].join('|'),
    'gu',
  ),
};
