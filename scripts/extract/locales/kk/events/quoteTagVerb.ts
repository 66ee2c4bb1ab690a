/**
 * The Kazakh verbs that can carry a quotation's speech tag (quoteTag.ts): verbs of saying only.
 * Any verb may follow a quotation that names a law or a party ("«…» заңына қол қойылды", "«…»
 * заңын қабылдады"): that is an act, not the tag of someone's words.
 */
import { kkVerb } from './verbForms';

/**
 * Stems of saying: said, told, noted, pointed out, declared, explained, conveyed, warned, added,
 * concluded, summed up, reported, assured, wrote, asked, answered.
 */
const STEMS = [
  'де',
  'айт',
  'атап өт',
  'атап көрсет',
  'айтып өт',
  'айтып бер',
  'қосып өт',
  'мәлімде',
  'мәлім ет',
  'түсіндір',
  'жеткіз',
  'ескерт',
  'қос',
  'түйінде',
  'қорытындыла',
  'тұжырымда',
  'хабарла',
  'сендір',
  'жаз',
  'сұра',
  'жауап бер',
];

const FRONT = /[әеөүіэи]/u;
const VOWEL = /[аәеөоұүыіэи]/u;
const front = (stem: string) => FRONT.test([...stem].reverse().find((c) => VOWEL.test(c)) ?? 'а');

/**
 * The evidential past, a report of a report: the converb and -ты/-ті ("депті", "айтыпты", "атап
 * өтіпті"). (No stem here ends in қ, к or п, which a vowel would voice.)
 */
const evidential = (stem: string) =>
  /[аәеөоұүыіэ]$/u.test(stem)
    ? `${stem}п${front(stem) ? 'ті' : 'ты'}`
    : `${stem}${front(stem) ? 'іпті' : 'ыпты'}`;

/**
 * The forms that report a saying, in every person and number: the past (деді, айтты, атап өтті;
 * айттық, дедім), the present of reporting (дейді, айтады, атап өтеді), the evidential (депті). The
 * third person has one form for one speaker and many ("деді ол", "деді олар"). Not a participle
 * (айтқан, деген), which with "еді", "болатын" tells words said before the story, recalled.
 */
export const KK_TAG_VERB = new RegExp(
  `^(?:${STEMS.map((s) => `${kkVerb(s, { forms: ['past', 'present'] })}|${evidential(s)}`)
    .join('|')
    .replace(/ /gu, '[ \\u00a0]+')})$`,
  'iu',
);
