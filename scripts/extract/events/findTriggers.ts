/** Which event types a sentence reports, by the language's trigger lexicon. */
import type { SourceLang } from '../../../src/model/schema';
import { KK_TRIGGERS } from '../locales/kk/events/triggers';
import { RU_TRIGGERS } from '../locales/ru/events/triggers';
import { causedAct } from './causedAct';
import { ASPECT } from './aspect';
import { firstMatches } from './firstMatches';
import type { Trigger } from './trigger';
import type { DocTimex } from '../stages/dates';
import { TRIGGER_CONTEXT } from './triggerContext';
import { atSidelines } from './sidelines';
import { visitAsSetting } from './visitSetting';
import { liesWithin, withoutInnerSameKind } from './innerSameKind';
import { readAgain } from './sameWord';
import { votedOn as isVotedOn } from './votedOn';
import { toldDismissed } from './dismissal';
import { DONE_AT_A_GATHERING, PLACES_OF_ACTS, VOTES_AND_GATHERINGS, stepOfBill } from './kinds';

const LEXICONS: Record<SourceLang, Trigger[]> = { kk: KK_TRIGGERS, ru: RU_TRIGGERS };

/** Posts filled or left by a decree that names its holder ("указ о назначении/об освобождении …"). */
const POSTS_BY_DECREE = new Set(['appointment', 'resignation']);

export interface TriggerHit {
  trigger: Trigger;
  /** Offset of the cue within the sentence. */
  at: number;
  text: string;
  /** Only the topic of a law or decree (see TriggerContext.topic). */
  topic?: boolean;
  /** What the sentence says something caused (events/causedAct.ts): a topic whatever day follows it. */
  caused?: boolean;
  /**
   * A weak cue in a sentence with a stronger one: it stands aside unless a date expression of the
   * sentence is its own ("Утром 5 февраля появился анонс: «7 февраля состоится заседание»").
   */
  standAside?: boolean;
  /**
   * A vote or gathering named only as the owner of something else ("сайлаудың жоспарын бекітті",
   * "план выборов"): an event only with a date in the attributive form before it.
   */
  possessed?: boolean;
  /**
   * The vote a candidate runs in ("сайлауына кандидат ұсынды", "кандидатуру … на выборах"): an
   * event only with a date of its own, attributive or set ("выборы, назначенные на 20 ноября").
   */
  candidacy?: boolean;
  /**
   * A vote that is what a statement is about ("представила оценку выборов 14 марта"): a day after
   * it is the statement's, not the vote's (events/ownDate.ts).
   */
  stated?: boolean;
  /** The date the grammar gave the act (a participle's phrase's, its verb's): participleActs.ts. */
  actDate?: DocTimex;
}

// A surname, with the case endings a surname takes: "Сапаров", "Жақыповтың", "Ахметовой".
const SURNAME =
  /^\p{Lu}\p{Ll}+(?:(?:ов|ев|ёв|ин)(?:а|у|ым|ой|е|ы|ых|ыми|тың|тің|қа|ке|ты|ті|та|те|тан|тен|пен|мен)?|(?:ұлы|қызы)(?:ның|на|н|нда|нан|мен)?)$/u;
// A Kazakh given name built on a common word: "Сайлаубек", "Жолдасбай".
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:бек|бай)\p{Ll}{0,4}$/u;

/**
 * A cue word that is a person's name: a surname ("Ерлан Сапаров" is no "сапар", a visit), a given
 * name built on a common word ("Сайлаубек Ахметов" is no "сайлау", an election), or, where the
 * locale says so, a bare word right before a surname ("Сайлау Жақыпов" is a man called Сайлау).
 */
function isName(sentence: string, at: number, text: string, lang: SourceLang): boolean {
  const word = /^[\p{L}-]+/u.exec(text)?.[0];
  if (!word || !/^\p{Lu}/u.test(word)) return false;
  // (Not the name a cue of more words governs: "Бектеновті қабылдады" is an audience.)
  if (/\s/u.test(text) && TRIGGER_CONTEXT[lang].governedName?.test(word)) return false;
  const initial = /^[\s«"“(–—-]*$/u.test(sentence.slice(0, at));
  if (!initial && (SURNAME.test(word) || GIVEN_NAME.test(word))) return true;
  const given = TRIGGER_CONTEXT[lang].givenNameBeforeSurname;
  if (!given || given.inflected.test(word)) return false;
  const next = /^\s+([\p{L}-]+)/u.exec(sentence.slice(at + word.length))?.[1];
  return next !== undefined && SURNAME.test(next);
}

/** The words before or after a match that make it no cue of its trigger (Trigger.notAfter, notBefore). */
function setAside(trigger: Trigger, sentence: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return (
    trigger.notAfter?.test(sentence.slice(Math.max(0, m.index - 60), m.index)) === true ||
    trigger.notBefore?.test(sentence.slice(end, end + 60)) === true
  );
}

/** The length of the name a match opens with: its first word. */
const nameLength = (m: RegExpExecArray) => Math.max(1, /^[\p{L}-]*/u.exec(m[0])![0].length);

/**
 * The next match of `pattern` that is not a name, if any: after the match `after`, or, when
 * `after` opened with a name, right after that name, for a cue of more words may open on the
 * word after it ("Президент Бектеновті қабылдады", "Тоқаев Ерлан Қошановты қабылдады": a bare
 * word or a given name before a surname is no guest, the surname in the accusative is).
 */
function nextNotName(
  pattern: RegExp,
  sentence: string,
  after: RegExpExecArray,
  lang: SourceLang,
  afterName = false,
): RegExpExecArray | null {
  const all = new RegExp(pattern.source, pattern.flags.replace(/[gy]/gu, '') + 'g');
  all.lastIndex = after.index + (afterName ? nameLength(after) : Math.max(1, after[0].length));
  for (let m = all.exec(sentence); m; m = all.exec(sentence)) {
    if (!isName(sentence, m.index, m[0], lang)) return m;
    all.lastIndex = m.index + nameLength(m);
  }
  return null;
}

/**
 * One hit per type and facet, in lexicon order (specific before generic). `whole` is the sentence
 * when `sentence` is one of its later clauses (events/laterClauses.ts): a cue's conditions on its
 * company (`also`) are about the whole sentence.
 */
export function findTriggers(
  sentence: string,
  lang: SourceLang,
  whole: string = sentence,
  /** The sentence before, for a cue whose company may stand there (Trigger.alsoBefore). */
  before?: string,
): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const lexicon = LEXICONS[lang];
  const context = TRIGGER_CONTEXT[lang];
  for (const [i, first] of firstMatches(lexicon, sentence).entries()) {
    const trigger = lexicon[i]!;
    // A name is no cue; the cue may still stand later ("Сайлаубек Ахметов сайлауда жеңді").
    let m = first;
    if (m && isName(sentence, m.index, m[0], lang))
      m = nextNotName(trigger.pattern, sentence, m, lang, true);
    if (!m) continue;
    const met = (text: string) => trigger.also!.every((re) => re.test(text));
    if (trigger.also && !met(whole) && !(trigger.alsoBefore && before && met(`${before} ${whole}`)))
      continue;
    // A cue its company sets aside at one place may still stand later in the sentence ("Закон о
    // выборах изменили, и после выборов 15 января 2012 года …").
    while (m && setAside(trigger, sentence, m)) m = nextNotName(trigger.pattern, sentence, m, lang);
    if (!m) continue;
    const end = m.index + m[0].length;
    const about = (t: { after?: RegExp; before?: RegExp }) =>
      t.after?.test(sentence.slice(end, end + 60)) === true ||
      t.before?.test(sentence.slice(Math.max(0, m.index - 160), m.index)) === true;
    // "Сайлау-2022:", "Выборы-2024": a rubric's name, not a report of the vote.
    const rubric = /^-\d{4}(?!\d)/u.test(sentence.slice(end, end + 6));
    const candidacy =
      trigger.type === 'election' &&
      context.candidacy.ending?.test(m[0]) !== false &&
      about(context.candidacy);
    const caused = causedAct(lang, m[0], sentence, m.index);
    // (A Kazakh law or decree that a verbal noun before "ұсынды" does is only what is proposed:
    // locales/kk/events/proposedAct.ts.)
    const proposedAct =
      context.proposedAct?.acts.has(trigger.type) === true &&
      context.proposedAct.after.test(sentence.slice(end, end + 120));
    // ("Жолдауда айтылғандай": the source of the words, locales/kk/events/sourceReference.ts.)
    const { sourceReference: ref } = context;
    const source =
      ref !== undefined &&
      ref.ending.test(m[0]) &&
      ref.after.test(sentence.slice(end, end + 60)) &&
      !ref.datedBefore.test(sentence.slice(Math.max(0, m.index - 20), m.index));
    const isTopic =
      rubric ||
      proposedAct ||
      source ||
      (about(context.topic) && !stepOfBill(trigger) && !trigger.predicate) ||
      (trigger.type === 'law' && about(context.lawInAbstract)) ||
      caused ||
      (VOTES_AND_GATHERINGS.has(trigger.type) &&
        (about(context.decided) ||
          about(context.purpose) ||
          (context.proposedObject?.ending.test(m[0]) === true &&
            context.proposedObject.after.test(sentence.slice(end, end + 60)))));
    if (hits.some((h) => h.trigger.type === trigger.type && h.trigger.facet === trigger.facet))
      continue;
    const owner =
      (VOTES_AND_GATHERINGS.has(trigger.type) &&
        ((context.possessorForm?.test(m[0]) !== false && about(context.possessed)) ||
          context.attributeAfter?.test(sentence.slice(end, end + 40)) === true)) ||
      (trigger.type === 'address' && about(context.addressOwned));
    hits.push({
      trigger,
      at: m.index,
      text: m[0],
      ...(isTopic ? { topic: true } : {}),
      ...(caused ? { caused: true } : {}),
      ...(owner ? { possessed: true } : {}),
      ...(candidacy ? { candidacy: true } : {}),
    });
  }
  // (One inside a longer cue of its own kind is that act: innerSameKind.ts.)
  hits.splice(0, hits.length, ...withoutInnerSameKind(sentence, hits));
  // A cue inside a longer one is its topic: "сайлау … енгізілді" (elections introduced) is a
  // reform, "назначил выборы" a decree; the election is an event only when the act sets its day
  // ("назначил выборы на 19 марта"). A weak cue inside a weak one is its word too: "объявило, что"
  // is a statement, not also the bare "объявило" (something happened).
  const inside = (a: TriggerHit, b: TriggerHit) =>
    liesWithin(a, b) &&
    a.trigger.type !== b.trigger.type &&
    (!b.trigger.fallback || a.trigger.fallback === true);
  // Noun compounds: a bare trigger noun right before another names its kind ("Сайлау кодексі" is a
  // code about elections, "референдум комиссиясы" a commission).
  const modifies = (a: TriggerHit, b: TriggerHit) =>
    context.nounModifier !== undefined &&
    a !== b &&
    a.trigger.type !== b.trigger.type &&
    !b.trigger.fallback &&
    context.nounModifier.test(a.text.replace(/^[^\p{L}]+/u, '')) &&
    (context.modifierLink ?? /^\s+$/u).test(sentence.slice(a.at + a.text.length, b.at));
  // A participle of "taking place" right before another cue describes that cue's event:
  // "бүгін өткен брифингте" is the briefing, not a second thing that happened.
  const describes = (a: TriggerHit, b: TriggerHit) =>
    a.trigger.facet === 'happening' &&
    b !== a &&
    context.describingParticiple?.test(a.text) === true &&
    /^\s+(?:[\p{L}-]+\s+)?$/u.test(sentence.slice(a.at + a.text.length, b.at));
  // (A law or an amendment voted on at or by a referendum is its topic: votedOn.ts.)
  const votedOn = (a: TriggerHit, b: TriggerHit) => isVotedOn(lang, context, sentence, a, b);
  // A vote that complements the noun a statement's cue ends in ("Миссия ОБСЕ 14 марта представит
  // свою оценку выборов") is what is stated: the statement is the day's act, the vote its topic.
  const stated = (a: TriggerHit, b: TriggerHit) =>
    VOTES_AND_GATHERINGS.has(a.trigger.type) &&
    b.trigger.type === 'statement' &&
    a.at > b.at &&
    context.statedObject?.test(sentence.slice(b.at + b.text.length, a.at + a.text.length)) === true;
  for (const [i, h] of hits.entries()) {
    if (
      !h.topic &&
      hits.some(
        (b) => inside(h, b) || modifies(h, b) || describes(h, b) || votedOn(h, b) || stated(h, b),
      )
    )
      hits[i] = { ...h, topic: true, ...(hits.some((b) => stated(h, b)) ? { stated: true } : {}) };
  }
  // A gathering named as the place of an act the sentence tells ("бірлескен отырысында ант берді",
  // "Ыстамбұл саммитінде … қайта аталды", "на саммите … переименован") is where it was done: the
  // act is the sentence's event. (Not one told as held, "12 қарашада өткен саммитте": that is an
  // event of its own.)
  const atGathering = (h: TriggerHit) =>
    PLACES_OF_ACTS.has(h.trigger.type) &&
    (context.atGathering.ending?.test(h.text) ?? true) &&
    (context.atGathering.before?.test(sentence.slice(Math.max(0, h.at - 60), h.at)) ?? true) &&
    !context.atGathering.held.test(sentence.slice(Math.max(0, h.at - 80), h.at));
  if (hits.some((h) => DONE_AT_A_GATHERING.has(h.trigger.type) && !h.topic && !h.trigger.fallback))
    for (const [i, h] of hits.entries()) if (atGathering(h)) hits[i] = { ...h, topic: true };
  for (const [i, h] of atSidelines(hits, sentence, lang).entries()) hits[i] = h;
  // (So is a visit named as the setting of an act: "сапары барысында … қол қойылды".)
  hits.splice(0, hits.length, ...visitAsSetting(hits, sentence, lang));
  // "указ о назначении", "тағайындау туралы Жарлық": a decree on an appointment is that act, done
  // the day the decree is signed (as the annotators record it); a decree ending powers stays a decree.
  const decree = hits.findIndex((h) => h.trigger.type === 'decree' && h.trigger.facet === 'decree');
  // (So is a Kazakh decree on registering the elected: "депутаттарын тіркеу туралы қаулы".)
  const staffed = hits.findIndex(
    (h) =>
      h.topic &&
      ((POSTS_BY_DECREE.has(h.trigger.type) &&
        // (A dismissal, not powers ended: "указ о досрочном прекращении полномочий" stays a decree.)
        (h.trigger.type !== 'resignation' || toldDismissed(h.text, lang))) ||
        (context.registrationByDecree && h.trigger.facet === 'registration')),
  );
  // (One that names no one is told for the decree: "Указ о назначении Токаев подписал в тот же
  // день"; the appointment is told elsewhere. TriggerContext.appointee.)
  const namesAppointee = (h: TriggerHit) => {
    // (After the cue's verbal noun: a dismissal's cue runs on over the name, "освобождении Романа
    // Скляра от должности".)
    const end = h.at + (/^[\p{L}-]+/u.exec(h.text)?.[0].length ?? h.text.length);
    return (
      context.appointee.after?.test(sentence.slice(end, end + 60)) === true ||
      context.appointee.before?.test(sentence.slice(Math.max(0, h.at - 160), h.at)) === true
    );
  };
  const staffedAct = staffed >= 0 ? hits[staffed]! : undefined;
  if (
    decree >= 0 &&
    staffedAct &&
    (!POSTS_BY_DECREE.has(staffedAct.trigger.type) || namesAppointee(staffedAct))
  ) {
    const { topic: _, ...act } = hits[staffed]!;
    hits[staffed] = act;
    hits[decree] = { ...hits[decree]!, topic: true };
  }
  // Weak cues stand aside when the sentence has a stronger one; a bare deadline or start ("до 1
  // июля", "с 20 марта") is the weakest of all, and stands aside for any other cue too ("должность,
  // которую занимала с 20 марта": the tenure is that day's event, not a second "start"), save a
  // verb of saying, whose words may hold the start ("1 наурыздан бастап … көшкенін айтты").
  const bare = (h: TriggerHit) => h.trigger.facet === 'due' || h.trigger.facet === 'start';
  // (A vote or gathering named as a reference point in a phrase set off by a comma, "Выступая
  // после голосования, Ашимбаев поблагодарил …", is no stronger event of the sentence, where the
  // locale's referencePhrase says so.)
  const aspect = ASPECT[lang];
  const reference = (h: TriggerHit) =>
    aspect.referencePhrase === true &&
    aspect.afterItBefore.test(sentence.slice(Math.max(0, h.at - 40), h.at)) &&
    /^\s*,/u.test(sentence.slice(h.at + h.text.length, h.at + h.text.length + 2));
  const stronger = hits.some((h) => !h.trigger.fallback && !h.topic && !reference(h));
  const other = hits.some((h) => !bare(h) && !h.topic && h.trigger.type !== 'statement');
  // One word read by two weak cues ("басқарған": a tenure, a founding) is one event (sameWord.ts).
  const sameWord = (h: TriggerHit, i: number) => readAgain(hits, h, i);
  const weakest = (h: TriggerHit) =>
    h.trigger.weakest === true && hits.some((o) => !o.trigger.weakest && !o.topic);
  for (const [i, h] of hits.entries())
    if ((h.trigger.fallback && stronger) || (bare(h) && other) || sameWord(h, i) || weakest(h))
      hits[i] = { ...h, standAside: true };
  // A vote called in an Address ("Досрочные выборы Токаев объявил в обращении к народу", "Послание
  // прозвучало 2 сентября, и тогда Президент объявил о референдуме") is what the Address said:
  // the Address is the event, the call no act of its own (the decree, signed apart, is told apart).
  const inAddress = hits.some((h) => h.trigger.type === 'address' && !h.topic);
  // So is a reform it announces ("реформаның негізгі бағыттары Жолдауда жарияланды"), unless the
  // sentence tells it proposed: "реформа, которую президент предложил в Послании" is a proposal.
  const proposed = hits.some((h) => h.trigger.type === 'proposal' && !h.topic);
  const announced = (h: TriggerHit) =>
    (h.trigger.type === 'decree' && h.trigger.facet === 'call-election') ||
    (h.trigger.type === 'reform' && h.trigger.facet === 'reform' && !proposed);
  // "The coalition's headquarters opened": the headquarters is the event, the coalition its owner.
  const headquarters = hits.some((h) => h.trigger.type === 'headquarters');
  return hits.filter(
    (h) =>
      !(inAddress && announced(h)) &&
      !(headquarters && h.trigger.type === 'coalition' && h.trigger.facet === 'launch'),
  );
}
