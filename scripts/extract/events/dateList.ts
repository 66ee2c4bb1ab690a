/**
 * Dates told as one list ("в 2012, 2016 и 2021 годах", "2011 және 2015 жылдары", "10 января 2021
 * года и 19 марта 2023 года"): an act told of the list happened on each of them.
 */
import type { Doc } from '../types';
import type { DocTimex } from '../stages/dates';
import {
  KK_AND_WORD,
  KK_PLACE_IN,
  KK_WHILE,
  KK_WITH,
  KK_WITH_AFTER_VOWEL,
} from '../locales/kk/lexicon/listLinks';
import {
  RU_AND,
  RU_AS_WELL_AS,
  RU_IN,
  RU_PLACE_IN,
  RU_WHILE,
} from '../locales/ru/lexicon/listLinks';

// (The words are each language's: locales/<lang>/lexicon/listLinks.ts. A list is read in either.)

/** Between two dates of one list: a comma or a conjunction, nothing else. */
const LIST_LINK = new RegExp(
  String.raw`^\s*(?:,|,?\s*(?:${RU_AND}|${RU_AS_WELL_AS}|${KK_AND_WORD}|${KK_WITH}|and))\s*$`,
  'u',
);

/**
 * The same, with the preposition each member repeats ("в октябре 2023 года и в марте этого года",
 * "в 2017 году, в 2022 году"); the first member must stand after it too: "с 1990 года, в 2015-м"
 * are two clauses, not a list.
 */
const LIST_LINK_REPEATED = new RegExp(
  String.raw`^\s*(?:,|,?\s*(?:${RU_AND}|${RU_AS_WELL_AS}))\s*(${RU_IN})\s+$`,
  'u',
);
/**
 * Dates paired each with its own place, "22 сәуірде Сәтбаев қаласында, 23 сәуірде Қаражалда", "22
 * апреля в Сатпаеве, 23 апреля в Каражале": the place of the first (a name in the locative, or
 * "в" and a name) and the link before the second, which has a place of its own after it.
 */
const PLACE = `(?:${RU_PLACE_IN}|${KK_PLACE_IN})`;
const PLACE_AND = `${RU_AND}|${RU_WHILE}|${KK_AND_WORD}|${KK_WHILE}|${KK_WITH_AFTER_VOWEL}`;
const PLACE_LINK = new RegExp(String.raw`^\s+${PLACE}\s*(?:,|,?\s*(?:${PLACE_AND}))\s*$`, 'u');
const PLACE_AFTER = new RegExp(String.raw`^\s+${PLACE}`, 'u');
const ENDS_WITH_PREPOSITION = new RegExp(String.raw`(?<![\p{L}\p{M}])(${RU_IN})\s+$`, 'u');

/**
 * A member a list may hold: a date the text gives whole, or one told from the publication's year
 * ("в марте этого года", "в марте прошлого года"), not a day word with no number ("вчера").
 */
const listable = (t: DocTimex) =>
  t.anchor === 'absolute' ||
  (t.anchor === 'dct' && (t.granularity !== 'day' || /\d/u.test(t.text)));

/**
 * A link that names the act's noun again, each date with its own: "выборов 20 марта 2016 года и
 * (досрочных) выборов 10 января 2021 года", or before the conjunction where the date precedes its
 * noun ("20 наурыздағы сайлау және 2021 жылғы 10 қаңтардағы …"). Only the cue's own word form.
 */
function repeatedCueLink(cue: string): RegExp | undefined {
  // (Letters and hyphens only: literal in a pattern as they are.)
  const noun = /[\p{L}-]+$/u.exec(cue)?.[0];
  if (!noun) return undefined;
  return new RegExp(
    String.raw`^\s*(?:(?:,|,?\s*(?:${RU_AND}|${RU_AS_WELL_AS}|${KK_AND_WORD}))\s+(?:[\p{L}-]+\s+)?${noun}|${noun}\s*(?:,|${KK_AND_WORD}|${KK_WITH}))\s*$`,
    'iu',
  );
}

/**
 * The other dates of the list `own` stands in, of its kind (years with years, days with days):
 * "в 2012, 2016 и 2021 годах" gives 2016 and 2021 beside 2012.
 */
export function listedWith(
  s: Doc['sentences'][number],
  own: DocTimex,
  bySentence: Map<number, DocTimex[]>,
  cue?: string,
): DocTimex[] {
  const all = [...(bySentence.get(s.index) ?? [])].sort((a, b) => a.start - b.start);
  const at = all.indexOf(own);
  if (at < 0) return [];
  const repeated = cue === undefined ? undefined : repeatedCueLink(cue);
  const linked = (a: DocTimex, b: DocTimex) => {
    if (a.granularity !== b.granularity || !listable(a) || !listable(b)) return false;
    const gap = s.text.slice(a.end - s.start, b.start - s.start);
    const preposition = LIST_LINK_REPEATED.exec(gap)?.[1];
    const before = preposition && ENDS_WITH_PREPOSITION.exec(s.text.slice(0, a.start - s.start));
    // (The noun repeated only between dates the text gives whole: "регистрация завершилась 18
    // февраля" after "по 8 февраля" names another act.)
    const whole = a.anchor === 'absolute' && b.anchor === 'absolute';
    return (
      LIST_LINK.test(gap) ||
      (whole && repeated?.test(gap) === true) ||
      (PLACE_LINK.test(gap) && PLACE_AFTER.test(s.text.slice(b.end - s.start))) ||
      (!!before && before[1]!.toLowerCase() === preposition!.toLowerCase())
    );
  };
  let from = at;
  while (from > 0 && linked(all[from - 1]!, all[from]!)) from--;
  let to = at;
  while (to < all.length - 1 && linked(all[to]!, all[to + 1]!)) to++;
  return all.slice(from, to + 1).filter((t) => t !== own);
}
