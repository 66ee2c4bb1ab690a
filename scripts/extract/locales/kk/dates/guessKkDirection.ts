import { blankKnownNames } from '../../../arguments/blankKnownNames';
import { KK_INSTRUCTING } from '../events/aspect';
import { kkVerbTense } from '../events/kkVerbTense';
import { blankNamedIntentions } from '../intentionForm';
import { kkParticipleTense } from '../kkParticiple';
import { isOrderParticiple } from './relativeParticiple';
import { isDecidedAct, isReportedObject, sayingTense } from './reportedObject';
import { saidBySubject } from './sayingSubject';

/**
 * Tense cues that decide the year of a year-less date ("20 қарашада"). Kazakh is verb-final and
 * modifies nouns with participles placed right after their adjuncts:
 *  - a participle just after the date governs it: "20 қарашада өткен сайлау" (the election held
 *    on 20 November: past -ған/-ген), "15 қыркүйекте өтетін сессия" (future -атын/-етін, -мақ);
 *  - a date in the dative before a scheduling verb is a target: "съезд 6 қазанға шақырылды"
 *    (convened for 6 October) is ahead even though "шақырылды" is past;
 *  - else the clause's last verb: "өтті" past, "өтеді"/"береміз" future, "-ған болатын" past;
 *  - "өткен" (last) or "алдағы"/"келесі" (coming) just before the date.
 */
/** A participle with no ending of its own, before the noun it describes: "қабылданған", "өтетін". */
const BARE_PARTICIPLE = /\p{L}{2,}(?:ған|ген|қан|кен|атын|етін|йтын|йтін)$/u;

const DATIVE = /(?:ға|ге|қа|ке|на|не)$/u;
const SCHEDULING = /^(?:шақыр|белгілен|белгіле|жоспарлан|тағайында|ауыстыр|қалдыр|кейінге)/u;
/** Planned, envisaged, targeted: "жоспарланған", "жоспарлануда", "көзделген", "межеленген". */
const PLANNED = /^(?:жоспарлан|көздел|межелен)(?:ған|ген|уда|уде)$/u;
/** Instructing verbs, and a term given ("1 мамырға дейін мерзім берілді"), or a duty ("1 мамырға
 * дейін бекітуі тиіс", "керек", "қажет"): the task they set is due ahead, whatever their own tense. */
const INSTRUCTING = new RegExp(
  `^(?:${KK_INSTRUCTING}|тапсырма|мерзім|уақыт|тиіс|керек|қажет)$`,
  'u',
);
/** The word after a deadline's date: "дейін", "дейінгі (мерзімде)", "кешіктірмей". */
const DEADLINE_WORD = /^(?:дейін|шейін|дейінгі|шейінгі|кешіктірмей)$/u;
/** A verbal noun in the dative, what an act opens a thing for: "талқылауға", "қарауына". */
const OPENED_FOR = /^\p{L}{2,}(?:уға|уге|уына|уіне)$/u;
/** What a verbal noun in the dative is the purpose of: a plan, a decision, preparation. */
const PURPOSE_HEAD =
  /^(?:дайындық|әзірлік|шешім|шеш(?:ті|ілді)|ниет|жоспар|ұсыныс|келіс(?:ім|ті)|уағдалас|ұйғар|рұқсат|бастама)/u;
const REPORTING = new Set(['деді', 'дейді', 'деп', 'айтты', 'атап', 'мәлімдеді', 'хабарлады']);
const WORD = /[\p{L}\p{M}]+/gu;
/** Words of the hour that follows a day: "күні сағат 00:00-де" (and the case ending of its digits). */
const HOUR = /^(?:күні|сағат|да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен)$/u;
/** "еске салды" (reminded) is a verb of saying of two words: what it reports has its own tense. */
function remindedAt(words: string[], i: number): boolean {
  const pair = (a: number) => words[a] === 'еске' && /^сал(?:ды|ған|ып)$/u.test(words[a + 1] ?? '');
  return pair(i) || (i > 0 && pair(i - 1));
}
const DOCUMENT = /^(?:жолдау|жарлық|заң|қаулы|өкім|бұйрық|хат|мәлімдеме|хаттама|келісім|шарт)/u;
const EVENT_NOUN =
  /^(?:сайлау|референдум|съез|отырыс|сессия|саммит|сапар|құрылтай|форум|кездесу|жиын|дауыс\s*беру)/u;

/**
 * The words after the date (`rest`, lower-cased) up to the end of its clause: the sentence's
 * end, or a finite verb followed by a comma or a conjunction ("6 наурызда мақұлдады, екінші
 * оқылым сәуірде болады деп күтеміз": the first date's clause ends at "мақұлдады"). A converb or participle before a comma ("танып,",
 * "өткен,") does not end it: the clause's verb is still ahead.
 */
function clauseAfter(rest: string): string[] {
  const stop = rest.search(/[.!?\n;]/u);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  const words: string[] = [];
  const found = [...clause.matchAll(FINITE_THEN_COMMA)];
  for (const m of found) {
    words.push(m[1]!);
    const joined =
      m[2] !== undefined || NEXT_DATED_CLAUSE.test(clause.slice(m.index + m[0].length));
    if (joined && isFiniteVerb(m[1]!)) return words;
  }
  return words;
}

/** A conjunction and the next clause's own date: "14 мамырда басталды және 7 маусымда аяқталады". */
const NEXT_DATED_CLAUSE =
  /^\s+(?:және|әрі|ал|бірақ|алайда)\s+(?:\d|(?:кеше|бүгін|ертең|биыл|былтыр|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\p{L}*\s)/u;

/**
 * A month's name in any form: the word of another date in the clause. Not a noun the -лық
 * derivation makes of one: "қазандықтар" (boilers), "маусымдық" (seasonal) name no month.
 */
const MONTH_WORD =
  /^(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)(?![лдт][ыі][қғкг])\p{L}*$/u;

const FINITE_THEN_COMMA = /([\p{L}\p{M}]+)(\s*,)?/gu;

/** A finite verb in the past or present-future, not a participle or converb. */
function isFiniteVerb(word: string): boolean {
  return kkVerbTense(word) !== undefined && kkParticipleTense(word) === undefined;
}

/**
 * @example guessKkDirection('20 қарашада дауыс береміз.', 0, 11) // 'future'
 * @example guessKkDirection('Съезд 6 қазанға шақырылды.', 6, 15) // 'future'
 */
export function guessKkDirection(
  text: string,
  start: number,
  end: number,
): 'future' | 'past' | undefined {
  // (A clause, not the rest of a 5 MB text; the names in it are no verbs: "23 қыркүйекте Біріккен
  // Ұлттар Ұйымында сөйлейді" is ahead, whatever "біріккен" reads as; nor is a person's name in
  // -мек/-бек, "Ермек", "Кәрімбек", which the lower case would read as an intention.)
  const rest = blankNamedIntentions(
    blankKnownNames(text.slice(end, end + 400), 'kk'),
  ).toLowerCase();
  const words = clauseAfter(rest);
  const lastOfDate = text.slice(start, end).toLowerCase().match(WORD)?.at(-1) ?? '';
  // (The month's "айына" is left out of the span, as the month of an amount may be: "желтоқсан
  // айына жоспарланған" is still a target.)
  const dative = DATIVE.test(lastOfDate) || /^(?:айына|айға)$/u.test(words[0] ?? '');
  if (dative && words.some((w) => SCHEDULING.test(w))) return 'future';
  // "Бүгін … 5 қазанда референдум өткізу туралы шешім қабылдады": with the deciding dated before,
  // the day right before the act decided, only its object between, is that act's, ahead.
  if (decidedAhead(words) && DAY_BEFORE.test(sentenceBefore(text, start))) return 'future';
  // "сайлауды 15 наурызда өткізу туралы Жарлыққа қол қойды": the day of an act only named by a
  // verbal noun that a document is about is in no tense; the verb after it is the document's, so
  // the nearest such day, not the last one before the signing.
  if (
    /^\p{L}{3,}(?:у|уі|уы)$/u.test(words[0] ?? '') &&
    /^(?:туралы|жөнінде)$/u.test(words[1] ?? '')
  )
    return undefined;
  // "референдумды 15 наурызда өткізуге дайындық жоспарын бекітті", "… өткізуге шешті": the day
  // of an act a decision or a plan is for, a verbal noun in the dative before it, is of that act,
  // in no tense of its own: the nearest such day. (Not "15 наурызда талқылауға шығарылды", put to
  // discussion that day: the dative there goes with a verb, not a noun or a verb of deciding.)
  if (OPENED_FOR.test(words[0] ?? '') && PURPOSE_HEAD.test(words[1] ?? '')) return undefined;
  // "жоспарын 1 қазанға дейін әзірлеуді жүктеді": the deadline of an instruction is ahead of it
  // ("19 қаңтарға дейін жалғасты", lasted until, is not); so is "1 қазанға дейінгі мерзімде" and
  // "1 қазаннан кешіктірмей" (no later than it).
  const deadline = DEADLINE_WORD.test(lastOfDate) || DEADLINE_WORD.test(words[0] ?? '');
  if (deadline && words.some((w) => INSTRUCTING.test(w))) return 'future';
  // "16 сәуірге дейін талқылауға шығарылды" (put to discussion until): the process the act opened,
  // a verbal noun in the dative, runs ahead of it up to the deadline.
  if (deadline && words.some((w) => OPENED_FOR.test(w))) return 'future';
  const before = text
    .slice(Math.max(0, start - 20), start)
    .toLowerCase()
    .match(WORD)
    ?.at(-1);
  if (before === 'алдағы' || before === 'келесі') return 'future';
  if (before === 'өткен') return 'past';
  // "1 қыркүйектегі Жолдауындағы", "21 қыркүйектегі Жарлығымен": the date a document bears; it
  // exists, so the date is past.
  if (/(?:ғы|гі|қы|кі)$/u.test(lastOfDate) && DOCUMENT.test(words[0] ?? '')) return 'past';
  // "басталады деп жоспарланған" (planned to start): the verb quoted before "деп" tells the time.
  const quoted = words.indexOf('деп');
  if (quoted > 0) {
    const said = kkVerbTense(words[quoted - 1]!);
    if (said === 'future') return 'future';
  }
  // "мамырдың 10-ында … форумы жоспарланған", "… өткізу көзделуде": a plan, the clause's
  // predicate, is of what lies ahead of its making, whatever the participle's own tense.
  if (PLANNED.test(words.at(-1) ?? '')) return 'future';
  // Another date before the clause's verbs, with no converb chaining this one to it ("2
  // қыркүйекте референдумды 6 қазанда өткізетінін айтты"): what follows is that date's; this one
  // is of the clause's final verb, the saying.
  // (Not a date after this one's reported object, "20 сәуірде өтетінін 10 наурызда мәлімдеді":
  // that one is the saying's, and this one the object's.)
  // (Nor a participle of its own before the other date, "5 маусымда референдумда қабылданған
  // Конституция 1 шілдеде күшіне енеді": this date is the participle's act, read below.)
  const other = words.findIndex((w) => MONTH_WORD.test(w));
  if (
    other > 0 &&
    !words
      .slice(0, other)
      .some((w, i) => /(?:ып|іп|йып|йіп)$/u.test(w) || isReportedObject(words, i) || BARE_PARTICIPLE.test(w)) // prettier-ignore
  ) {
    const final = kkVerbTense(words.at(-1) ?? '');
    if (final && kkParticipleTense(words.at(-1)!) === undefined) return final;
  }
  // A participle among the next words modifies the noun the date belongs to. (The day's hour
  // goes with the date, not counted: "14 наурыз күні сағат 00:00-де аяқталатынын".)
  const near = words.filter((x) => !HOUR.test(x));
  // "10 наурызда отставкаға кететінін мәлімдеді": words of the reported object between the date
  // and its participle leave the date to the saying, the clause's finite verb.
  // (Not a date in the attributive form, its noun's: "маусымдағы сессиясында қаралатынын"; nor
  // a term, "1 маусымға дейін жөндеуден өтетінін": the reported act's own.)
  const attached = /(?:ғы|гі|қы|кі)$/u.test(lastOfDate) || deadline || words[0] === 'бастап';
  const saying = attached ? undefined : sayingTense(near);
  if (saying) return saying;
  for (const [i, w] of near.slice(0, 3).entries()) {
    if (w === 'болатын' || w === 'еді') break;
    // (Not one ordered by a postposition, "ашылғаннан кейін": the clause's verb tells the time.)
    if (isOrderParticiple(near, i)) continue;
    // (Bare, or inflected as a noun: "өткенін хабарлады", "жариялайтынын мәлімдеді".)
    const participle = kkParticipleTense(w);
    if (participle) return participle;
  }
  const verbs = words.filter((w, i) => !REPORTING.has(w) && !remindedAt(words, i));
  const last = verbs.at(-1);
  if (!last) return nextEventBefore(text, start);
  // "Наурыз айында олар … бастаймыз деді": a subject of another person than the reported verb's
  // is the saying's, and so is the date before it.
  const sayingVerb = words.find((w) => REPORTING.has(w));
  const bySubject = sayingVerb
    ? saidBySubject(words, words.lastIndexOf(last), sayingVerb)
    : undefined;
  if (bySubject) return bySubject;
  // "ұсынған болатын" (had proposed), "өткен еді": a past participle with a copula is past.
  const prev = verbs.at(-2) ?? '';
  if (last === 'еді' || (last === 'болатын' && kkParticipleTense(prev) === 'past')) return 'past';
  // "-а/-е + ды/ді" is the past of a vowel stem (қойды, жариялады) far more often than the present
  // of a consonant stem (өтеді): one verb-tense rule for the tagger and the event stage.
  // "жұма күні келіп, … тексеретінін айтты": what was said, a verbal noun before the verb of
  // saying, has the tense of the date (he will check on Friday), not the saying.
  const said = verbs.length < words.length ? kkParticipleTense(last) : undefined;
  // A participle in the accusative just before the clause's verb is what that verb reports. The
  // date is of the reported act when a converb chains it there ("жұмыс 15 наурыздан басталып,
  // қазанда аяқталатынын жеткізді": the converb takes the participle's tense); else it is the
  // time of the saying ("19 наурызда … тоқтататынын жариялаған").
  const chained =
    /[ыі]н$/u.test(prev) && /\p{L}(?:ып|іп),/u.test(rest.slice(0, rest.indexOf(prev)));
  const reported = chained ? kkParticipleTense(prev) : undefined;
  const tense = (reported && kkVerbTense(last) ? reported : undefined) ?? kkVerbTense(last) ?? said;
  // The event an act told as done comes after ("5 маусымдағы референдумнан кейін Парламент заң
  // қабылдады") lies before that act, so before the telling: past.
  if (tense === 'past' && /(?:ғы|гі|қы|кі)$/u.test(lastOfDate) && beforeDoneAct(words))
    return 'past';
  // "5 маусымдағы референдумда түзетулер қабылданды": an act told as done at the event the date
  // names, its noun in the locative, was done there, so the event was held: past.
  if (tense === 'past' && /(?:ғы|гі|қы|кі)$/u.test(lastOfDate) && doneAtEvent(words)) return 'past';
  // An attributive date before the event it names ("20 қарашадағы сайлауға кандидат ұсынды") is
  // that event's, not the past verb's: the nearest year.
  // (One word may stand between: "20 қарашадағы президент сайлауына".)
  if (
    tense === 'past' &&
    /(?:ғы|гі|қы|кі)$/u.test(lastOfDate) &&
    words.slice(0, 2).some((w) => EVENT_NOUN.test(w))
  )
    return undefined;
  if (tense) return tense;
  return nextEventBefore(text, start);
}

/** A day word before the date in its sentence: the deciding's ("бүгін", "кеше", "10 наурызда"). */
const DAY_BEFORE =
  /(?:^|[^\p{L}])(?:бүгін|кеше|\d{1,2}\s+(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\p{L}*)(?![\p{L}])/iu;
const sentenceBefore = (text: string, start: number) =>
  text.slice(Math.max(0, start - 300), start).replace(/^[^]*[.!?\n]/u, '');

/** An act decided within the first words after the date, with only its object between. */
function decidedAhead(words: string[]): boolean {
  const at = words.slice(0, 7).findIndex((_, i) => isDecidedAct(words, i));
  return at >= 0 && !words.slice(0, at).some((w) => kkVerbTense(w) || kkParticipleTense(w) || /(?:ып|іп)$/u.test(w)); // prettier-ignore
}

/**
 * Whether the date's noun (one word may stand before it: "5 маусымдағы республикалық
 * референдумнан") is an event in the ablative that "кейін" / "соң" puts an act after.
 */
function beforeDoneAct(words: string[]): boolean {
  const at = words.slice(0, 3).findIndex((w) => /^(?:кейін|соң)$/u.test(w));
  return at > 0 && /\p{L}{3,}(?:нан|нен|дан|ден|тан|тен)$/u.test(words[at - 1]!);
}

/** An event's noun in the locative: "референдумда", "сессиясында", "съезде". */
const AT_EVENT = new RegExp(`^(?:${EVENT_NOUN.source.slice(1)})\\p{L}*(?:да|де|та|те)$`, 'u');
/**
 * Whether the date's event (one word may stand before its noun: "… республикалық референдумда")
 * is where the clause's past act was done. Not where the clause tells an act ahead at it, a
 * participle or a verbal noun of purpose the past verb reports or urges ("… референдумда дауыс
 * беретінін айтты", "… референдумда дауыс беруге шақырды"): that event is still to come.
 */
function doneAtEvent(words: string[]): boolean {
  return (
    words.slice(0, 2).some((w) => AT_EVENT.test(w)) &&
    !words.some((w) => kkParticipleTense(w) === 'future' || OPENED_FOR.test(w))
  );
}

/** With no verb, "the next sitting" before the date is ahead: "Келесі жалпы отырыс сәрсенбіде". */
function nextEventBefore(text: string, start: number): 'future' | undefined {
  const head = text.slice(Math.max(0, start - 80), start).toLowerCase();
  return NEXT_EVENT_BEFORE.test(head.slice(head.search(/[^.!?\n]*$/u))) ? 'future' : undefined;
}

const NEXT_EVENT_BEFORE =
  /(?:^|[^\p{L}])келесі\s+(?:[\p{L}]+\s+)?(?:сайлау|референдум|съез|отырыс|сессия|саммит|сапар|құрылтай|форум|кездесу|оқылым)/u;
