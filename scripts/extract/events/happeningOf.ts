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
import { nominationStep, type NominationStep } from './titlesCalendar';
import { THING_ACTS, type HappeningThing } from './happeningThings';

export type HappeningWhat =
  | 'nomination'
  | 'campaign'
  | 'registration'
  | 'accreditation'
  | 'discussion'
  | 'documents'
  | HappeningThing;
export type HappeningStep = 'start' | 'end';
/**
 * What else a bare verb tells befell it: approved, announced (made public), held (took place),
 * posted (put up for all to read: voter lists at the polling stations), in force (a rule, a ban
 * introduced or taking effect: "С 1 июля вводится запрет", "1 шілдеден бастап … күшіне енеді").
 */
export type HappeningAct =
  HappeningStep | 'approved' | 'announced' | 'held' | 'posted' | 'in-force';

/** What a bare verb tells of, its step, and for a vote's calendar step which one. */
export interface Happening {
  what: HappeningWhat;
  step: HappeningAct;
  nomination?: NominationStep;
}

export interface HappeningCues {
  /** Event nouns, keyed; every match before the verb is read, to find the last. */
  what: ReadonlyArray<readonly [HappeningWhat, RegExp]>;
  /** The verb's step, tested on the trigger's own text. */
  start: RegExp;
  end: RegExp;
  /** A verb of approving ("бекітілді", "утверждён"), of making public ("жарияланады", "опубликован"), of taking place ("өтеді", "пройдёт"). */
  approved: RegExp;
  announced: RegExp;
  held: RegExp;
  /** A verb of putting up for all to read ("ілінеді", "вывешиваются", "размещены"). */
  posted: RegExp;
  /** A verb of bringing into force ("вводится", "заработают", "енгізіледі", "күшіне"). */
  inForce: RegExp;
  /**
   * What makes a campaign an election's, in its sentence: a campaign the text does not tell as
   * electoral ("жеңілдетілген несие беру науқаны", "егіс науқаны") is no election campaign.
   */
  electoral: RegExp;
  /**
   * What may stand before a campaign noun named bare, that refers back to the vote a sentence
   * before named ("Выборы пройдут 15 марта. Кампания завершится 13 марта"): the clause's opening,
   * a conjunction or a demonstrative ("а", "эта"; "ал", "бұл"), matched at the end of the text
   * before the noun. A noun with a word of its own before it is another campaign ("егіс науқаны").
   */
  anaphoric: RegExp;
  /** A referendum, named in any case ("референдума", "референдумда"): the campaign is its. */
  referendum: RegExp;
  /** An election named as such, not its voters ("выборы", "предвыборная"; "сайлау", not "сайлаушы"). */
  election: RegExp;
}

const CUES: Record<SourceLang, HappeningCues> = { kk: KK_HAPPENING, ru: RU_HAPPENING };

export function happeningOf(
  lang: SourceLang,
  text: string,
  at: number,
  verb: string,
  // (The nearest earlier sentence, that a campaign named bare may be of: campaignOf.)
  prior?: string,
): Happening | undefined {
  const cues = CUES[lang];
  const step = actOf(lang, verb.split(/\s+/u));
  if (!step) return undefined;
  // (Only a noun the verb can tell of: a composition is approved or announced, never begun.)
  const fits = cues.what.filter(([what]) => HAPPENING_ACTS[what].includes(step));
  const before = text.slice(0, at);
  // (The noun that ends nearest the verb; of two ending together, the one listed first, the
  // longer: "кандидаттарды тіркеу" before "тіркеу".)
  let best: { what: HappeningWhat; end: number; text: string } | undefined;
  for (const [what, re] of fits) {
    for (const m of before.matchAll(globalOf(re))) {
      const end = m.index + m[0].length;
      // (A thing of its own clause only: "жөндеу жоспарланған, оның төрттен бірі ғана аяқталды"
      // ends a part, not the repairs.)
      if (what in THING_ACTS && /[,;:–—]/u.test(before.slice(end))) continue;
      if (!best || end > best.end) best = { what, end, text: m[0] };
    }
  }
  // (Russian may name it after its verb, in the verb's own clause: "утверждён состав комиссий",
  // "проводится агитация"; the first such noun.)
  if (!best && lang === 'ru') best = firstAfter(fits, text, at + verb.length);
  if (!best) return undefined;
  // (A campaign or lists of citizens the sentence does not tell as a vote's are none of these:
  // "егіс науқаны", "азаматтардың тізімі" of a queue for housing.)
  // (A campaign named bare may be the vote's the sentence before named: "Сайлау 15 наурызда өтеді.
  // Науқан 13 наурызда аяқталады".)
  const bare = best.what === 'campaign' && prior !== undefined && CUES[lang].anaphoric.test(before.slice(0, best.end - best.text.length)); // prettier-ignore
  if ((best.what === 'campaign' || best.what === 'voter-lists') && !isElectoral(lang, text) && !(bare && isElectoral(lang, prior))) return undefined; // prettier-ignore
  return best.what === 'nomination'
    ? { what: best.what, step, nomination: nominationStep(best.text) }
    : { what: best.what, step };
}

/**
 * The vote a campaign is of, where it is a referendum's: the sentence's own vote, else the one the
 * sentence before named ("Референдум пройдёт 15 марта. Агитационная кампания завершится 13
 * марта"). An election the sentence names is its own ("Сайлау науқаны"); none named is an election's.
 */
export function campaignVote(
  lang: SourceLang,
  text: string,
  prior: string | undefined,
): 'referendum' | undefined {
  const cues = CUES[lang];
  if (cues.referendum.test(text)) return 'referendum';
  if (cues.election.test(text)) return undefined;
  return prior !== undefined && cues.referendum.test(prior) && !cues.election.test(prior) ? 'referendum' : undefined; // prettier-ignore
}

/** Whether the sentence tells its campaign as an election's (HappeningCues.electoral). */
export function isElectoral(lang: SourceLang, text: string): boolean {
  return CUES[lang].electoral.test(text);
}

/**
 * The step a named course of events is told at, by the verb of its cue or its own clause: "Сайлау науқаны
 * 20 наурызда басталады" (Kazakh, after the noun), "Завершилась регистрация кандидатов" or
 * "Регистрация кандидатов завершится 5 апреля" (Russian, either side). A title then says
 * "Election campaign starts" rather than put the whole campaign on one day.
 */
export function stepNear(
  lang: SourceLang,
  text: string,
  at: number,
  length: number,
  date?: { start: number; end: number },
): HappeningStep | undefined {
  // (Where the sentence tells both steps, the one of the event's own date: "… 22 қазанда
  // басталып, 18 қараша күні аяқталады" ends on 18 November; "началось 22 сентября и завершится
  // 11 октября" began on 22 September. The verb follows its date in Kazakh, comes before it in
  // Russian.)
  if (date) {
    const step = lang === 'ru' ? stepOf(lang, wordsBefore(text, date.start).reverse()) : stepOf(lang, wordsAfter(text, date.end)); // prettier-ignore
    if (step) return step;
  }
  const before = lang === 'ru' ? wordsBefore(text, at).slice(-1) : [];
  // (The cue may hold its verb: "кампания … стартовала", "тіркеу … аяқталады".)
  const own = text.slice(at, at + length).split(/\s+/u);
  return stepOf(lang, [...before, ...own, ...wordsAfter(text, at + length)]);
}

/** What each noun may be told to undergo (a step of a vote's calendar is begun, ended or held). */
const HAPPENING_ACTS: Record<HappeningWhat, readonly HappeningAct[]> = {
  nomination: ['start', 'end', 'held'],
  campaign: ['start', 'end', 'held'],
  registration: ['start', 'end', 'held'],
  accreditation: ['start', 'end', 'held'],
  discussion: ['start', 'end', 'held'],
  documents: ['start', 'end', 'held'],
  ...THING_ACTS,
};

function firstAfter(
  fits: HappeningCues['what'],
  text: string,
  from: number,
): { what: HappeningWhat; end: number; text: string } | undefined {
  const clause = text.slice(from).split(/[,;:!?]|\.(?!\d)/u)[0] ?? '';
  let best: { what: HappeningWhat; end: number; text: string; start: number } | undefined;
  for (const [what, re] of fits) {
    const m = re.exec(clause);
    if (m && (!best || m.index < best.start)) best = { what, end: from + m.index + m[0].length, text: m[0], start: m.index }; // prettier-ignore
  }
  return best;
}

/** The act a verb tells: a step first, then approving, making public, taking place, posting. */
export function actOf(lang: SourceLang, words: readonly string[]): HappeningAct | undefined {
  const step = stepOf(lang, words);
  if (step) return step;
  const cues = CUES[lang];
  for (const w of words) {
    if (cues.approved.test(w)) return 'approved';
    if (cues.announced.test(w)) return 'announced';
    if (cues.held.test(w)) return 'held';
    if (cues.posted.test(w)) return 'posted';
    if (cues.inForce.test(w)) return 'in-force';
  }
  return undefined;
}

function stepOf(lang: SourceLang, words: readonly string[]): HappeningStep | undefined {
  const cues = CUES[lang];
  for (const w of words) {
    if (cues.start.test(w)) return 'start';
    if (cues.end.test(w)) return 'end';
  }
  return undefined;
}

/** Up to six words of the clause after `from`, and up to three before `to`. */
function wordsAfter(text: string, from: number): string[] {
  const clause = text.slice(from).split(/[,;:!?]|\.(?!\d)/u)[0] ?? '';
  return clause.split(/\s+/u).filter(Boolean).slice(0, 6);
}
function wordsBefore(text: string, to: number): string[] {
  const clause =
    text
      .slice(0, to)
      .split(/[,;:.!?]/u)
      .pop() ?? '';
  return clause.split(/\s+/u).filter(Boolean).slice(-3);
}
