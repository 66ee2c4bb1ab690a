/**
 * Where a Kazakh sentence tells its act's time by an event it names: the event in the ablative
 * before "кейін" / "соң" ("2022 жылғы 5 маусымдағы референдумнан кейін Парламент заң қабылдады",
 * "Қаңтар оқиғаларынан соң …"), or before "қорытындысы бойынша" / "барысында" / "аясында": the
 * last few words of the clause before the postposition. Only a date that modifies that noun is
 * the event's: attributive ("5 маусымдағы", "2022 жылғы") or a bare name ("қаңтар оқиғалары"),
 * not the act's own locative ("Парламент 2023 жылы референдумнан кейін …"). events/afterPast.ts
 * reads whether the event lies long past (the date tagger dates "Қаңтар оқиғалары" itself).
 */
import type { AfterEventGrammar, EventPhrase } from '../../../events/afterEventGrammar';
import { memoByText } from '../../../memoByText';
import { ATTRIBUTIVE, BARE_MONTH_END, nounPhraseStart } from './phrase';

// (A noun of four letters or more: not "түстен кейін", after noon; nor a span of time,
// "аптадан кейін", "екі жылдан соң". The attributive "кейінгі"/"соңғы" tells the same order of
// a noun: "отставкасынан кейінгі алғашқы сайлау", the first election after the resignation.)
const POSTPOSITION =
  /(?<![\p{L}])(?!(?:апта|сағат|минут|мерзім|жыл|ай|күн|уақыт|кез|сәт|бұрын|осы|сол)[\p{L}]{0,3}(?:нан|нен|дан|ден|тан|тен)\s)[\p{L}]{4,}(?:нан|нен|дан|ден|тан|тен)\s+(?:кейін(?:гі)?|соң(?:ғы)?)(?![\p{L}])|(?<![\p{L}])(?:қорытындысы\s+бойынша|барысында|аясында)(?![\p{L}])/giu;

/** The words of the noun phrase before the postposition, at most. */
const WORDS = 6;

/**
 * Every postposition's phrase in a sentence, found once per sentence text: events/afterPast.ts asks
 * again for each trigger and each date of the sentence (the scan was 2 % of extracting 1,000 articles).
 */
const allPhrases = memoByText((sentence): EventPhrase[] =>
  [...sentence.matchAll(POSTPOSITION)].map((m) => ({
    from: nounPhraseStart(sentence.slice(0, m.index), WORDS),
    to: m.index + m[0].length,
    later: /(?:кейін|соң)(?:гі|ғы)?$/u.test(m[0]),
  })),
);

// (The trigger is the event itself: "референдумнан кейін" is the referendum's own mention.)
const phrases = (sentence: string, at: number): EventPhrase[] =>
  allPhrases(sentence).filter((p) => !(at >= p.from && at < p.to));

export const KK_AFTER_EVENT: AfterEventGrammar = {
  phrases,
  markerWords: /(?<![\p{L}])(?:кейін|соң|қорытындысы|бойынша|барысында|аясында)(?![\p{L}])/giu,
  ofEvent: (text) => ATTRIBUTIVE.test(text) || BARE_MONTH_END.test(text),
};
