/**
 * A statement carried by a quotation's speech tag: "«Мы не можем поддержать такие расходы», –
 * сказал депутат Ерлан Искаков", "«…», – деді Мемлекет басшысы", "Министр подчеркнул: «…»". The
 * tag is the narrator's own report that the speaker said it, in the past (or the present of a view
 * held, "считает"), and so part of the news the article tells: with no date of its own, the
 * saying is of the day of that news (events/when.ts). Not when the sentence tells it as recalled
 * ("ранее", "бұрын", "еще в"), nor a participle ("айтқан болатын": said before the story).
 */
import type { EventDate, SourceLang, UnplacedReason } from '../../../src/model/schema';
import { dateFromPublication } from './dateEvent';
import { isNewsDay, isPublicationDay } from './newsDay';
import { statusOf } from './tense';
import type { When, WhenInput } from './whenInput';
import {
  KK_DECLARES,
  kkInInterview,
  kkQuoteTag,
  kkTagPronoun,
  kkTellsSaying,
} from '../locales/kk/events/quoteTag';
import {
  RU_DECLARES,
  ruInInterview,
  ruQuoteTag,
  ruTagPronoun,
  ruTellsSaying,
} from '../locales/ru/events/quoteTag';
import { ASPECT } from './aspect';

const QUOTE_TAG: Record<SourceLang, (text: string, at: number, verb: string) => boolean> = {
  kk: kkQuoteTag,
  ru: ruQuoteTag,
};

const TAG_PRONOUN: Record<SourceLang, (text: string, end: number) => boolean> = {
  kk: kkTagPronoun,
  ru: ruTagPronoun,
};

const TELLS_SAYING: Record<SourceLang, (text: string) => boolean> = {
  kk: kkTellsSaying,
  ru: ruTellsSaying,
};

const IN_INTERVIEW: Record<SourceLang, (text: string) => boolean> = {
  kk: kkInInterview,
  ru: ruInInterview,
};

/**
 * A verb that is a statement by itself, a declaration ("заявил", "мәлімдеді"): told with no news
 * day, it is dated as the article's own news is (events/when.ts), as it was before quotations' tags
 * were read; a verb that only gives whose the words are ("сказал", "деді") is a statement of the
 * article's news day only.
 */
const DECLARES: Record<SourceLang, RegExp> = { kk: KK_DECLARES, ru: RU_DECLARES };

/** A quotation mark, the cheap test before the tag's grammar is read. */
const QUOTE_MARK = /[«»"“”„]/u;

/**
 * Whether the verb of saying `verb` at `at` of the sentence `text` is a quotation's speech tag
 * telling the news of the article (not a recall).
 */
export function saidInQuoteTag(lang: SourceLang, text: string, at: number, verb: string): boolean {
  return (
    QUOTE_MARK.test(text) &&
    QUOTE_TAG[lang](text, at, verb) &&
    !ASPECT[lang].recall.test(text) &&
    !ASPECT[lang].pastPerfect?.test(text)
  );
}

/**
 * The day of a saying its quotation's tag tells with no date of its own: the day of the news it is
 * part of — the gathering the paragraph dated (done, not ahead), the day the paragraph opened
 * with, the day the lead gave the news ("кеше … сессиясы өтті"), else the publication day. Not
 * placed where it goes on with a recall, nor where its paragraph told a saying of that news day
 * before it (a proposal, a statement, an Address): the quotation gives its words ("Токаев
 * предложил … «…», — сказал Токаев"), no statement of its own; so several quotations of one
 * speaker in a paragraph are one statement.
 */
export function quoteTagWhen(x: WhenInput): When | undefined {
  const when = tagWhen(x);
  // (A declaring verb kept unplaced here is read as any other statement is: events/when.ts.)
  return when.date || !DECLARES[x.lang].test(x.trigger) ? when : undefined;
}

function tagWhen(x: WhenInput): When {
  const unplaced = (undatedReason: UnplacedReason): When => ({ status: 'reported', undatedReason });
  const dated = (date: EventDate): When => ({ date, status: statusOf(date, 'past', x.dct) });
  const placed = (d: EventDate) => dated({ ...d, method: 'context', certainty: 'inferred' });
  if (x.continuesRecall) return unplaced('recalled-no-date');
  // (An article that tells no news of its own, an opinion column, an analysis, a chronicle of
  // days long past: its quotations were said on some day it does not give, neither on the day it
  // appeared nor on that of a gathering it recalls.)
  if (!x.articleNews) return unplaced('recalled-no-date');
  // (Words given in an interview were said some day the news does not tell.)
  if (IN_INTERVIEW[x.lang](x.sentence.text)) return unplaced('recalled-no-date');
  // (A speaker named by a pronoun is the one the sentence before told: what that sentence told him
  // doing that day, of any kind, is what the quotation gives the words of.)
  const pronoun = TAG_PRONOUN[x.lang](x.sentence.text, x.at + x.trigger.length);
  const before = (pronoun ? x.justBefore?.date : undefined) ?? x.sayingBefore;
  if (before && (isNewsDay(before, x.dct) || isPublicationDay(before, x.dct)))
    return unplaced('recalled-no-date');
  // (Nor after a sentence that tells the saying, "По словам депутата, …": its words.)
  if (x.sentenceBefore && TELLS_SAYING[x.lang](x.sentenceBefore.text))
    return unplaced('recalled-no-date');
  if (x.gatheringDay && !x.gatheringDay.planned) return placed(x.gatheringDay.date);
  if (x.paragraphDay) return placed(x.paragraphDay);
  if (!x.dct) return unplaced('no-date');
  // (A one-day saying is not drawn across the weeks in which an article may have appeared.)
  if (x.dct.to === undefined || x.dct.precision === 'interval')
    return unplaced('publication-period');
  if (x.newsDay) return placed(x.newsDay);
  return dated(dateFromPublication(x.dct));
}
