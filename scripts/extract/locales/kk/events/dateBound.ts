/**
 * Where a Kazakh sentence bounds its act's time by a day it names, without dating the act: a
 * postposition after the noun in its case, the noun's phrase the last few words before it.
 * "2023 жылғы 19 наурыздағы сайлаудан кейін Үкімет отставкаға кетті" (not before the 19th), "…
 * сайлаудан соң", "2019 жылдан бері", "2022 жылдың қаңтарынан бастап" (the ablative: after);
 * "2025 жылға дейін", "сайлауына дейін" (the dative), "сайлаудан бұрын" (the ablative), "саммит
 * қарсаңында" (before). events/dateBounds.ts reads them.
 */
import type { BoundPhrase, DateBoundGrammar } from '../../../events/dateBoundGrammar';
import { ATTRIBUTIVE, BARE_MONTH_END, nounPhraseStart } from './phrase';

/** The ablative after every stem: "сайлаудан", "жылдан", "наурыздан", "Жолдауынан", "кездесуден". */
const ABLATIVE = String.raw`(?:нан|нен|дан|ден|тан|тен)`;
/** The dative after every stem and possessive: "жылға", "сайлауға", "сайлауына", "съезіне", "сайлауыма". */
const DATIVE = String.raw`(?:ға|ге|қа|ке|на|не|а|е)`;
const NOUN = String.raw`[\p{L}\d][\p{L}\d-]*`;

// (Attributive forms too: "сайлаудан кейінгі алғашқы отырыс", "2025 жылға дейінгі кезең".)
const POSTPOSITION = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${NOUN}${ABLATIVE}\s+(?:кейін(?:гі)?|соң(?:ғы)?|бері|бергі|бастап))|(${NOUN}${DATIVE}\s+(?:дейін(?:гі)?|шейін(?:гі)?)|${NOUN}${ABLATIVE}\s+бұрын(?:ғы)?|${NOUN}\s+қарсаңында))(?![\p{L}])`,
  'giu',
);

const CUE = /(?:кейін|соң|бері|бергі|бастап|дейін|шейін|бұрын|қарсаңында)/iu;

/** A span counted, not a day: "екі жылдан кейін", "үш күннен соң" (a year is four digits). */
const COUNTED = new RegExp(
  String.raw`(?<![\p{L}\d])(?:\d{1,3}|[\p{L}]+)\s+(?:жыл|ай|апта|күн|тәулік|сағат|минут)(?:${ABLATIVE}|ға|ге|қа|ке)\s`,
  'iu',
);
const YEAR = /(?<!\d)\d{4}(?!\d)/u;

/** The words of the noun phrase before the postposition, at most. */
const WORDS = 6;

function phrases(sentence: string): BoundPhrase[] {
  const out: BoundPhrase[] = [];
  for (const m of sentence.matchAll(POSTPOSITION)) {
    const to = m.index + m[0].length;
    const from = nounPhraseStart(sentence.slice(0, m.index), WORDS - 1);
    out.push({ from, to, side: m[1] ? 'after' : 'before' });
  }
  return out;
}

/**
 * A date that modifies the noun ("19 наурыздағы сайлаудан", "қаңтар оқиғаларынан") or is the noun
 * itself in the case the postposition takes ("2019 жылдан бері", "1 наурызға дейін"); not the
 * act's own locative before it ("2023 жылы сайлаудан кейін").
 */
function ofPhrase(text: string, phrase: string, end: number): boolean {
  if (COUNTED.test(`${text} `) && !YEAR.test(text)) return false;
  return (
    ATTRIBUTIVE.test(text) ||
    BARE_MONTH_END.test(text) ||
    CUE.test(text) ||
    !/\S\s+\S/u.test(phrase.slice(end).trim())
  );
}

export const KK_DATE_BOUND: DateBoundGrammar = { cue: CUE, phrases, dateFirst: false, ofPhrase };
