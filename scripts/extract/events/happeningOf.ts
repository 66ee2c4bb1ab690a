/**
 * What a bare "it started / ended / took place" tells of, and which step: the event noun nearest
 * before its verb in the sentence ("Үгіт-насихат науқаны 20 ақпанда басталып, 18 наурызда
 * аяқталады": the campaign, its end). A title then says "Election campaign ends", not "Event".
 * The nouns and the verbs of each step are per language (locales/<lang>/lexicon/happeningWords.ts);
 * only what the lexicon knows is named, never a guess.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_HAPPENING } from '../locales/kk/lexicon/happeningWords';
import { RU_HAPPENING } from '../locales/ru/lexicon/happeningWords';
import { globalOf } from './globalRegExp';

export type HappeningWhat = 'campaign' | 'registration' | 'accreditation' | 'discussion';
export type HappeningStep = 'start' | 'end';

export interface HappeningCues {
  /** Event nouns, keyed; every match before the verb is read, to find the last. */
  what: ReadonlyArray<readonly [HappeningWhat, RegExp]>;
  /** The verb's step, tested on the trigger's own text. */
  start: RegExp;
  end: RegExp;
}

const CUES: Record<SourceLang, HappeningCues> = { kk: KK_HAPPENING, ru: RU_HAPPENING };

export function happeningOf(
  lang: SourceLang,
  text: string,
  at: number,
  verb: string,
): { what: HappeningWhat; step: HappeningStep } | undefined {
  const cues = CUES[lang];
  const step = cues.start.test(verb) ? 'start' : cues.end.test(verb) ? 'end' : undefined;
  if (!step) return undefined;
  const before = text.slice(0, at);
  let best: { what: HappeningWhat; at: number } | undefined;
  for (const [what, re] of cues.what) {
    for (const m of before.matchAll(globalOf(re)))
      if (!best || m.index > best.at) best = { what, at: m.index };
  }
  return best ? { what: best.what, step } : undefined;
}
