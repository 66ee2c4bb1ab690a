import { RU_SPEECH_VERBS } from '../lexicon/speech';
import { RU_TAG_VERB } from './quoteTagVerb';

/**
 * A Russian speech tag of a quotation (events/quoteTag.ts): the verb of saying right after the
 * quotation and a dash, the speaker after it ("«…», – сказал депутат Ерлан Искаков", "«…», –
 * отметила она"), or before a colon that opens it, the speaker before ("Министр подчеркнул: «…»").
 */

/** The quotation closed, then a dash right before the verb: "«…», – сказал", "«…!» — заявила". */
const QUOTE_BEFORE = /[»”"][,.!?…]*[ \u00a0]*[–—-][ \u00a0]*$/u;

/** A colon opening the quotation after the verb and its complements: "сказал журналистам: «…»". */
const QUOTE_AFTER = /^[^.!?;:«»"“”„]{0,80}:[ \u00a0]*[«"“„]/u;

/** A quotation that opens and closes before the verb ("«…»", "“…”", "\"…\""). */
const OPENED = /(?:«[^»]*»|“[^”]*”|„[^“”]*[“”]|"[^"]*")[^«»“”„"]*$/u;

/** After the verb, before the tag ends: the speaker's words ("депутат …", "он", "в пресс-службе"). */
const SPEAKER_AFTER = /^[ \u00a0]+[^.!?;«»"“”„–—]{0,120}?\p{L}/u;

/** Before the verb, in its own clause: the subject ("Токаев подчеркнул: «…»"). */
const SPEAKER_BEFORE = /\p{L}[^.!?;:«»"“”„,]*$/u;

/** Whether the verb of saying at [at, at + verb.length) of `text` is a quotation's speech tag. */
export function ruQuoteTag(text: string, at: number, verb: string): boolean {
  // (A verb of saying in a form that reports it: quoteTagVerb.ts.)
  if (!RU_TAG_VERB.test(verb)) return false;
  const end = at + verb.length;
  const before = text.slice(Math.max(0, at - 40), at);
  // (The quotation opens in the sentence: the last lines of a longer speech, whose first ones are
  // in the sentences before, go on with a saying told before them.)
  if (QUOTE_BEFORE.test(before))
    return (
      OPENED.test(text.slice(Math.max(0, at - 400), at)) &&
      SPEAKER_AFTER.test(text.slice(end, end + 160))
    );
  const after = text.slice(end, end + 120);
  return QUOTE_AFTER.test(after) && SPEAKER_BEFORE.test(text.slice(Math.max(0, at - 120), at));
}

/** The tag names its speaker by a pronoun only ("– сказал он"): the person the sentence before told. */
const PRONOUN = /^[ \u00a0]+(?:он|она|они)[ \u00a0]*(?:[,.!?;]|$)/iu;

/** Whether the tag of the verb ending at `end` of `text` names its speaker by a pronoun only. */
export function ruTagPronoun(text: string, end: number): boolean {
  return PRONOUN.test(text.slice(end, end + 12));
}

/**
 * A sentence that tells a saying ("По словам депутата …", "Как пояснил …", "…, сообщил министр",
 * "В своей речи президент …", "Министр назвал пересмотр бюджета главным вопросом"): a quotation after it
 * gives its words.
 */
const TELLS_SAYING = new RegExp(
  `(?<![\\p{L}])(?:по[ \\u00a0]+(?:его|её|ее|их|словам)|в[ \\u00a0]+(?:(?:своей|своем|своём)[ \\u00a0]+)?(?:речи|выступлении)|${RU_SPEECH_VERBS.join('|')}|рассказал[аи]?|пояснили|сообщили|заявили|назвал[аио]?)(?![\\p{L}])`,
  'iu',
);

/** Whether the sentence `text` tells a saying. */
export function ruTellsSaying(text: string): boolean {
  return TELLS_SAYING.test(text);
}

/**
 * An interview ("сказал Токаев в интервью …"), or words given to the outlet itself, its
 * correspondent or its newsroom ("сказал нашему изданию", "корреспонденту «Курсива»", "в беседе с
 * корреспондентом"): given some day the news does not tell.
 */
const INTERVIEW =
  /(?<![\p{L}])(?:интервью|(?:нашему|нашей)[ \u00a0]+(?:изданию|редакции|газете|порталу|сайту|агентству|корреспонденту)|корреспондент(?:у|ом|ам|ами))(?![\p{L}])/iu;

/** Whether the sentence `text` tells its saying as given in an interview. */
export function ruInInterview(text: string): boolean {
  return INTERVIEW.test(text);
}

/** A verb of declaring, a statement by itself: "заявил", "заявила", "заявили" (events/quoteTag.ts). */
export const RU_DECLARES = /^заяв/iu;
