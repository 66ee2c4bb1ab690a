/** Which event types a sentence reports, by the language's trigger lexicon. */
import type { SourceLang } from '../../../src/model/schema';
import { KK_TRIGGERS } from '../locales/kk/events/triggers';
import { RU_TRIGGERS } from '../locales/ru/events/triggers';
import { KK_PROPOSABLE_ACTS, KK_PROPOSED_ACT } from '../locales/kk/events/proposedAct';
import { KK_SOURCE_REFERENCE } from '../locales/kk/events/sourceReference';
import { causedAct } from './causedAct';
import { ASPECT } from './aspect';
import { firstMatches } from './firstMatches';
import type { Trigger } from './trigger';

const LEXICONS: Record<SourceLang, Trigger[]> = { kk: KK_TRIGGERS, ru: RU_TRIGGERS };
/**
 * A trigger that is only the topic of another act ("сайлау туралы заң", "сайлауын тағайындау туралы
 * Жарлық": only verbal nouns in -у between, so "отырыста бюджет туралы заң" is no topic; "закон о выборах", "указ о
 * проведении референдума") is marked: it is an event of its own only when the act sets its day
 * ("о созыве съезда на 6 октября"); otherwise the law or the decree is the event.
 */
const TOPIC: Record<SourceLang, { after?: RegExp; before?: RegExp }> = {
  kk: {
    after:
      /^\s+(?:[\p{L}-]+[ую]\s+){0,2}туралы[»"”]?\s+(?:заң|жарлы|қаулы|өкім|түзету|конституциялық\s+заң)/iu,
  },
  ru: {
    before:
      /(?:закон|указ|постановлени|распоряжени|законопроект|поправк)[\p{L}]*\s+(?:[\p{L}-]+\s+){0,2}[«"]?(?:о|об|обо)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  },
};

/**
 * A referendum as the place or the means of an act: the locative or instrumental ("референдумда",
 * "референдуммен", "референдум арқылы"; "на референдуме", "референдумом"), read around the trigger.
 */
const AT_REFERENDUM: Record<SourceLang, RegExp> = {
  kk: /референдум(?:да|мен|\s+арқылы)(?![\p{L}])/iu,
  ru: /(?:(?:на|в)\s+(?:[\p{L}-]+\s+){0,2}референдуме|референдумом)(?![\p{L}])/iu,
};

/**
 * A vote or a gathering that is only the subject of a decision or a proposal ("Референдумды
 * өткізу туралы шешім", "решение о проведении съезда", "отырысын өткізу ұсынылып", "сайлауға
 * көшуді ұсынды", "предлагается провести съезд", "референдумда шешу керек", "вынести вопрос на
 * референдум") happens some other day than the decision, if at all.
 * (An act decided, "решение о выдвижении", is the act itself: not listed.)
 */
const DECIDED: Record<SourceLang, { after?: RegExp; before?: RegExp }> = {
  kk: {
    after:
      /^\s+(?:(?:[\p{L}-]+[ую]\s+){0,2}туралы\s+(?:шешім|ұсыныс|бастама|идея)|(?:[\p{L}-]+[ую]\s+(?:(?:мен|және|бен|пен)\s+)?){1,3}жөнінде|(?:өткізу|шақыру|құру|ұйымдастыру|шешу|шығару)(?:ды|ді)?\s+(?:ұсын|жоспарлан|қажет|керек|көзделуде|мүмкін|идея|бастама)|[\p{L}-]+(?:уды|уді|юды|юді)\s+(?:ұсын|жоспарла))/iu,
  },
  ru: {
    before:
      /(?:(?:решени|предложени|инициатив)[\p{L}]*\s+(?:[\p{L}-]+\s+){0,2}(?:о|об|обо)\s+(?:[\p{L}-]+\s+){0,2}|(?:предлага|предложен|предложил|планиру|необходимо|нужно)[\p{L}]*\s+(?:[^.;!?]{0,120}?\s)?(?:провести|созвать|организовать)\s+(?:[\p{L}-]+\s+){0,2}|(?:вынест|вынос|вынес)[\p{L}]*\s+(?:[\p{L}-]+\s+){0,4}на\s+(?:[\p{L}-]+\s+){0,2})$/iu,
  },
};
/**
 * A vote or a gathering that is the object of proposing or planning ("әкімдерін сайлауды
 * ұсынды", "съезді жоспарлап отыр") or of a purpose ("референдумды ұйымдастыруға"): the
 * accusative noun right before the verb is what was proposed or served, not a vote held.
 */
const PROPOSED_OBJECT: Partial<Record<SourceLang, { ending: RegExp; after: RegExp }>> = {
  kk: {
    ending: /(?:ды|ді|ны|ні|ты|ті|сын|сін)$/u,
    // (Or of a verbal noun of purpose in the dative: "референдумды ұйымдастыруға … бөлінді", money
    // to organise it.)
    after:
      /^\s+(?:(?:[\p{L}-]+\s+)?(?:ұсын|жоспарла|бастамашыл)|[\p{L}-]+(?:уға|уге|юға|юге)(?![\p{L}]))/iu,
  },
};

/**
 * A vote or a gathering named as a purpose ("референдумды қолдау үшін коалиция құрды", "штаб для
 * проведения референдума", "в поддержку референдума") is what the act serves, not an event of its day.
 */
const PURPOSE: Record<SourceLang, { after?: RegExp; before?: RegExp }> = {
  kk: { after: /^\s+(?:[\p{L}-]+[ую]\s+){0,2}үшін(?![\p{L}])/iu },
  ru: {
    before: /(?:(?<![\p{L}])для|ради|в\s+поддержку|в\s+пользу)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  },
};
/**
 * A vote or gathering named only as the owner of something else ("сайлаудың күнтізбелік жоспарын
 * бекітті", "календарный план выборов", "подготовка бюллетеней к референдуму" is not): the plan
 * is the news (see TriggerHit.possessed).
 */
const POSSESSED_HEADS = String.raw`(?:жоспар|күнтізбе|кесте|хаттама|бюллетен|дайындық|мерзім|тәртіб|қаржыландыр|байқаушы|бақылаушы|учаске|шығын|ереже|план|календар|график|смет|финансировани|наблюдател|участк|порядк|срок|бюджет)\p{L}*`;
const POSSESSED: Record<SourceLang, { after?: RegExp; before?: RegExp }> = {
  kk: { after: new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,1}${POSSESSED_HEADS}`, 'iu') },
  // (A commission is the vote's own only right before it: "комиссия референдума", "комиссии по
  // выборам"; "комиссия на заседании" is where it met.)
  ru: {
    before: new RegExp(
      String.raw`(?:${POSSESSED_HEADS}\s+(?:[\p{L}-]+\s+){0,1}|комисси\p{L}*\s+(?:по\s+)?)$`,
      'iu',
    ),
  },
};
/**
 * A future or habitual participle then a noun right after a Kazakh trigger ("референдумға
 * қатысатын азаматтар", those who will take part): the vote names a class of people, not an
 * event. (A past participle, "Саммитін өткізген ел", still tells that the summit was held.)
 */
const ATTRIBUTE_AFTER = /^\s+[\p{L}-]+(?:атын|етін|йтын|йтін)\s+(?!болатын)[\p{Ll}\p{Lu}]/u;
/**
 * The vote a candidate runs in: in Kazakh its dative before "кандидат" ("президент сайлауына
 * кандидат ұсынды"), in Russian after "кандидатуру … на", "кандидатов в", "выдвинула … на".
 */
const CANDIDACY: Record<SourceLang, { ending?: RegExp; after?: RegExp; before?: RegExp }> = {
  kk: { ending: /(?:ға|ге|қа|ке|на|не)$/u, after: /^\s+(?:[\p{L}-]+\s+)?кандидат/iu },
  ru: {
    before:
      /(?:кандидат\p{L}*|выдвину\p{L}*|выдвига\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}(?:на|в)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  },
};
const VOTES_AND_GATHERINGS = new Set(['election', 'referendum', 'congress', 'session', 'meeting']);

export interface TriggerHit {
  trigger: Trigger;
  /** Offset of the cue within the sentence. */
  at: number;
  text: string;
  /** Only the topic of a law or decree (see TOPIC). */
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
}

// A surname, with the case endings a surname takes: "Сапаров", "Жақыповтың", "Ахметовой".
const SURNAME =
  /^\p{Lu}\p{Ll}+(?:(?:ов|ев|ёв|ин)(?:а|у|ым|ой|е|ы|ых|ыми|тың|тің|қа|ке|ты|ті|та|те|тан|тен|пен|мен)?|(?:ұлы|қызы)(?:ның|на|н|нда|нан|мен)?)$/u;
// A Kazakh given name built on a common word: "Сайлаубек", "Жолдасбай".
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:бек|бай)\p{Ll}{0,4}$/u;
// A Kazakh case or possessive ending: an inflected noun is no given name before a surname.
const KK_INFLECTED =
  /(?:да|де|та|те|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|нан|нен|дан|ден|тан|тен|мен|бен|пен|ның|нің|дың|дің|тың|тің|сы|сі)$/u;

/**
 * A cue word that is a person's name: a surname ("Ерлан Сапаров" is no "сапар", a visit), a given
 * name built on a common word ("Сайлаубек Ахметов" is no "сайлау", an election), or, in Kazakh, a
 * bare word right before a surname ("Сайлау Жақыпов" is a man called Сайлау).
 */
function isName(sentence: string, at: number, text: string, lang: SourceLang): boolean {
  const word = /^[\p{L}-]+/u.exec(text)?.[0];
  if (!word || !/^\p{Lu}/u.test(word)) return false;
  const initial = /^[\s«"“(–—-]*$/u.test(sentence.slice(0, at));
  if (!initial && (SURNAME.test(word) || GIVEN_NAME.test(word))) return true;
  if (lang !== 'kk' || KK_INFLECTED.test(word)) return false;
  const next = /^\s+([\p{L}-]+)/u.exec(sentence.slice(at + word.length))?.[1];
  return next !== undefined && SURNAME.test(next);
}

/** The next match of `pattern` after `after` that is not a name, if any. */
function nextNotName(
  pattern: RegExp,
  sentence: string,
  after: RegExpExecArray,
  lang: SourceLang,
): RegExpExecArray | null {
  const all = new RegExp(pattern.source, pattern.flags.replace(/[gy]/gu, '') + 'g');
  all.lastIndex = after.index + Math.max(1, after[0].length);
  for (let m = all.exec(sentence); m; m = all.exec(sentence)) {
    if (!isName(sentence, m.index, m[0], lang)) return m;
    if (m[0].length === 0) all.lastIndex++;
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
): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const lexicon = LEXICONS[lang];
  for (const [i, first] of firstMatches(lexicon, sentence).entries()) {
    const trigger = lexicon[i]!;
    // A name is no cue; the cue may still stand later in the sentence ("Сайлаубек Ахметов
    // сайлауда жеңді").
    let m = first;
    if (m && isName(sentence, m.index, m[0], lang))
      m = nextNotName(trigger.pattern, sentence, m, lang);
    if (!m) continue;
    if (trigger.also && !trigger.also.every((re) => re.test(whole))) continue;
    if (trigger.notAfter?.test(sentence.slice(Math.max(0, m.index - 60), m.index))) continue;
    const end = m.index + m[0].length;
    if (trigger.notBefore?.test(sentence.slice(end, end + 60))) continue;
    const about = (t: { after?: RegExp; before?: RegExp }) =>
      t.after?.test(sentence.slice(end, end + 60)) === true ||
      t.before?.test(sentence.slice(Math.max(0, m.index - 160), m.index)) === true;
    // "Сайлау-2022:", "Выборы-2024": a rubric's name, not a report of the vote.
    const rubric = /^-\d{4}(?!\d)/u.test(sentence.slice(end, end + 6));
    const candidacy =
      trigger.type === 'election' &&
      CANDIDACY[lang].ending?.test(m[0]) !== false &&
      about(CANDIDACY[lang]);
    const caused = causedAct(lang, m[0], sentence, m.index);
    // (A Kazakh law or decree that a verbal noun before "ұсынды" does is only what is proposed:
    // locales/kk/events/proposedAct.ts.)
    const proposedAct =
      lang === 'kk' &&
      KK_PROPOSABLE_ACTS.has(trigger.type) &&
      KK_PROPOSED_ACT.test(sentence.slice(end, end + 120));
    // ("Жолдауда айтылғандай": the source of the words, locales/kk/events/sourceReference.ts.)
    const source =
      lang === 'kk' &&
      KK_SOURCE_REFERENCE.ending.test(m[0]) &&
      KK_SOURCE_REFERENCE.after.test(sentence.slice(end, end + 60)) &&
      !KK_SOURCE_REFERENCE.datedBefore.test(sentence.slice(Math.max(0, m.index - 20), m.index));
    const isTopic =
      rubric ||
      proposedAct ||
      source ||
      about(TOPIC[lang]) ||
      caused ||
      (VOTES_AND_GATHERINGS.has(trigger.type) &&
        (about(DECIDED[lang]) ||
          about(PURPOSE[lang]) ||
          (PROPOSED_OBJECT[lang]?.ending.test(m[0]) === true &&
            PROPOSED_OBJECT[lang]!.after.test(sentence.slice(end, end + 60)))));
    if (hits.some((h) => h.trigger.type === trigger.type && h.trigger.facet === trigger.facet))
      continue;
    const owner =
      VOTES_AND_GATHERINGS.has(trigger.type) &&
      (((lang === 'ru' || /(?:ның|нің|дың|дің|тың|тің)$/u.test(m[0])) && about(POSSESSED[lang])) ||
        (lang === 'kk' && ATTRIBUTE_AFTER.test(sentence.slice(end, end + 40))));
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
  // A cue inside a longer one is its topic: "сайлау … енгізілді" (elections introduced) is a
  // reform, "назначил выборы" a decree; the election is an event only when the act sets its day
  // ("назначил выборы на 19 марта").
  const inside = (a: TriggerHit, b: TriggerHit) =>
    a !== b &&
    a.trigger.type !== b.trigger.type &&
    !b.trigger.fallback &&
    a.at >= b.at &&
    a.at + a.text.length <= b.at + b.text.length &&
    a.text.length < b.text.length;
  // Kazakh noun compounds: a bare trigger noun right before another names its kind ("Сайлау
  // кодексі" is a code about elections, "референдум комиссиясы" a commission).
  const modifies = (a: TriggerHit, b: TriggerHit) =>
    lang === 'kk' &&
    a !== b &&
    a.trigger.type !== b.trigger.type &&
    !b.trigger.fallback &&
    /^(?:сайлау|референдум|съезд|заң)$/iu.test(a.text.replace(/^[^\p{L}]+/u, '')) &&
    /^\s+$/u.test(sentence.slice(a.at + a.text.length, b.at));
  // A Kazakh participle of "taking place" right before another cue describes that cue's event:
  // "бүгін өткен брифингте" is the briefing, not a second thing that happened.
  const describes = (a: TriggerHit, b: TriggerHit) =>
    lang === 'kk' &&
    a.trigger.facet === 'happening' &&
    b !== a &&
    /(?:ған|ген|қан|кен|атын|етін|йтын|йтін)$/u.test(a.text) &&
    /^\s+(?:[\p{L}-]+\s+)?$/u.test(sentence.slice(a.at + a.text.length, b.at));
  // A law or an amendment adopted at a referendum, in the same clause ("референдумда қабылданған
  // Негізгі Заң", "на референдуме были ограничены полномочия Сената"), is what was voted on: the
  // referendum is the event.
  const votedOn = (a: TriggerHit, b: TriggerHit) =>
    (a.trigger.type === 'law' || a.trigger.type === 'reform') &&
    b.trigger.type === 'referendum' &&
    !b.topic &&
    AT_REFERENDUM[lang].test(sentence.slice(Math.max(0, b.at - 40), b.at + b.text.length + 12)) &&
    !/[,;]|\s(?:а|ал|но|бірақ)\s/u.test(sentence.slice(Math.min(a.at, b.at), Math.max(a.at, b.at)));
  for (const [i, h] of hits.entries()) {
    if (
      !h.topic &&
      hits.some((b) => inside(h, b) || modifies(h, b) || describes(h, b) || votedOn(h, b))
    )
      hits[i] = { ...h, topic: true };
  }
  // "указ о назначении", "тағайындау туралы Жарлық": a decree on an appointment is that act, done
  // the day the decree is signed (as the annotators record it); a decree ending powers stays a decree.
  const decree = hits.findIndex((h) => h.trigger.type === 'decree' && h.trigger.facet === 'decree');
  // (So is a Kazakh decree on registering the elected: "депутаттарын тіркеу туралы қаулы".)
  const staffed = hits.findIndex(
    (h) =>
      h.topic &&
      (h.trigger.type === 'appointment' || (lang === 'kk' && h.trigger.facet === 'registration')),
  );
  if (decree >= 0 && staffed >= 0) {
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
  // One word read by two weak cues ("басқарған": a tenure, a founding) is one event: the first.
  const sameWord = (h: TriggerHit, i: number) =>
    h.trigger.fallback === true &&
    hits.some((o, j) => j < i && o.at === h.at && o.text === h.text && !o.topic);
  const weakest = (h: TriggerHit) =>
    h.trigger.weakest === true && hits.some((o) => !o.trigger.weakest && !o.topic);
  for (const [i, h] of hits.entries())
    if ((h.trigger.fallback && stronger) || (bare(h) && other) || sameWord(h, i) || weakest(h))
      hits[i] = { ...h, standAside: true };
  // "The coalition's headquarters opened": the headquarters is the event, the coalition its owner.
  if (hits.some((h) => h.trigger.type === 'headquarters')) {
    return hits.filter((h) => !(h.trigger.type === 'coalition' && h.trigger.facet === 'launch'));
  }
  return hits;
}
