/**
 * Which step of a criminal case a `court` cue tells, by the cue's own words: a detention, an
 * arrest, a charge brought, a case opened or sent to court, a hearing, a verdict, a fine, an
 * acquittal, a release, a search or an extradition ("Ол 14 қазанда қамауға алынған" is an arrest,
 * "возбуждено уголовное дело" a case opened, not a court's ruling). Where the cue's words say none
 * ("суд вынес", "сот … шешім"), the first words of its clause after it are read ("суд вынес
 * приговор"); else it is a ruling. Cues per language (locales/<lang>/lexicon/courtStep.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_COURT_STEPS } from '../locales/kk/lexicon/courtStep';
import { RU_COURT_STEPS } from '../locales/ru/lexicon/courtStep';

export type CourtStep =
  | 'constitutional'
  | 'ruling'
  | 'verdict'
  | 'acquittal'
  | 'detention'
  | 'arrest'
  | 'release'
  | 'charge'
  | 'criminal-case'
  | 'case'
  | 'to-court'
  | 'hearing'
  | 'fine'
  | 'wanted'
  | 'extradition';

export interface CourtStepCues {
  /** A step and the words that tell it, the more specific first. */
  steps: ReadonlyArray<readonly [CourtStep, RegExp]>;
  /** A case opened is a criminal one where this word stands in or beside the cue ("уголовное дело возбуждено"). */
  criminal: RegExp;
  /**
   * What a ruling orders, read in the cue and its clause when the cue's own words make it a ruling:
   * "суд постановил заключить его под стражу", "сот оны қамауға алу туралы шешім шығарды" are an
   * arrest. Only the steps a ruling can order, a ruling's other words ("удовлетворить иск") none.
   */
  ordered: ReadonlyArray<readonly [CourtStep, RegExp]>;
  /**
   * A verdict left in force or quashed on appeal, read beside a verdict's cue ("оставил в силе
   * приговор", "үкімді өзгеріссіз қалдырды"): a higher court's ruling, not the verdict.
   */
  upheld: RegExp;
}

const CUES: Record<SourceLang, CourtStepCues> = { kk: KK_COURT_STEPS, ru: RU_COURT_STEPS };

/** Words of the clause after the cue read when the cue's own say no step. */
const AFTER = 3;
/** Words of the clause after a ruling's cue read for the step it orders ("заключить его под стражу"). */
const ORDERED_AFTER = 12;

/** The step the `court` cue at `at` (`len` long) in the sentence tells. */
export function courtStep(lang: SourceLang, text: string, at: number, len: number): CourtStep {
  const cue = text.slice(at, at + len);
  const clause = (text.slice(at + len).split(/[,;:–—.]/u)[0] ?? '').split(/\s+/u).filter(Boolean);
  const after = clause.slice(0, AFTER).join(' ');
  const before = text.slice(0, at).split(/\s+/u).filter(Boolean).pop() ?? '';
  const cues = CUES[lang];
  const own = stepIn(cues.steps, cue);
  const step =
    own === 'ruling'
      ? (stepIn(cues.ordered, `${cue} ${clause.slice(0, ORDERED_AFTER).join(' ')}`) ?? own)
      : (own ?? stepIn(cues.steps, `${cue} ${after}`) ?? 'ruling');
  // (A verdict a higher court upholds or quashes: "Верховный суд оставил в силе приговор".)
  const near = `${text.slice(Math.max(0, at - 40), at)} ${cue} ${clause.slice(0, AFTER).join(' ')}`;
  if (step === 'verdict' && cues.upheld.test(near)) return 'ruling';
  return step === 'case' && cues.criminal.test(`${before} ${cue} ${after}`)
    ? 'criminal-case'
    : step;
}

function stepIn(
  steps: ReadonlyArray<readonly [CourtStep, RegExp]>,
  words: string,
): CourtStep | undefined {
  return steps.find(([, re]) => re.test(words))?.[0];
}
