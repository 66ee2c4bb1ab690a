/**
 * Which date expression, if any, belongs to which trigger of a sentence: the rules of the dating
 * principle (when.ts) that need the sentence's other triggers. A date across a participle is the
 * other event's; a weak cue keeps a date of its own; a vote whose results are announced is their
 * subject. (Dates told from outside the sentence, "about this" or by a heading: toldDates.ts.)
 */
import { ATTRIBUTIVE, PARTICIPLE, POSTPOSITIONS } from '../locales/kk/events/phrase';
import { SETTING } from './attributePhrases';
import { DESCRIBED_AFTER, pickTimex } from './dateEvent';
import { isForeignDeadline } from './deadline';
import { dayOfSaying } from './sameClause';
import type { TriggerHit } from './findTriggers';
import type { Doc } from '../types';
import type { DocTimex } from '../stages/dates';

/** A trigger noun in the genitive modifies another noun: "съезінің делегаттары". */
export const GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/u;

/** "Too", "again", "already": the date is of another telling, not of the event. */
export const ALSO =
  /[\p{L}\d]\s+(?:да|де|та|те)(?![\p{L}])|(?<![\p{L}])(?:тағы|бұрын|также|тоже|ещ[её]|уже|ранее)(?![\p{L}])/iu;

/**
 * How little a weak cue says: a bare "something happened" ("өткен", "прошёл") after the others,
 * and a bare verb of saying, which a date dates only in its own clause, last of all.
 */
const bareness = (h: TriggerHit) =>
  Number(h.trigger.needsDate === true) +
  Number(h.trigger.facet === 'happening') +
  2 * Number(h.trigger.clauseDate === true);

/**
 * The sentence's triggers, with a weak cue that stood aside brought back when a date expression
 * of the sentence is nearest to it and to no stronger trigger: two dates, two events.
 */
export function withOwnDates(
  lang: Doc['lang'],
  s: Doc['sentences'][number],
  hits: TriggerHit[],
  bySentence: Map<number, DocTimex[]>,
): TriggerHit[] {
  const strong = hits.filter((h) => !h.standAside);
  if (strong.length === hits.length) return hits;
  // A specific weak cue ("анонс") before a bare "something happened" ("появился").
  const weak = hits.filter((h) => h.standAside).sort((a, b) => bareness(a) - bareness(b));
  // A date in the attributive position is the weak cue's own, whoever else is near it
  // ("реформы начались после событий января 2022 года"), unless the weak cue is the setting or
  // the instrument of the stronger one's act ("4 шілдедегі Жарлығымен … тағайындалды").
  const attributed = new Map(weak.map((h) => [h, attributedDate(lang, s, h, bySentence)]));
  const claimed = new Set(weak.filter((h) => !SETTING.test(h.text)).map((h) => attributed.get(h)));
  // (A deadline that is not what a strong cue's event is due by is not its: "обсуждение продлится
  // до 20 февраля" leaves the day to what is due.)
  const taken = new Set(
    strong
      // (Nor does a vote named only as the owner of what was done: "референдумның күнтізбелік
      // жоспарын бекітті" leaves the day to the approving.)
      .filter((h) => !h.topic && !h.possessed)
      .map((h) => ({ h, t: pickTimex(s, h.at, bySentence) }))
      .filter(
        ({ h, t }) =>
          !(
            claimed.has(t) &&
            !weak.some((w) => attributed.get(w) === t && w.trigger.type === h.trigger.type)
          ) &&
          !isForeignDeadline(lang, s, h, t) &&
          !(t !== undefined && dayOfSaying(lang, s, h, t)),
      )
      .map(({ t }) => t),
  );
  const own: TriggerHit[] = [];
  for (const h of weak) {
    const t = attributed.get(h) ?? pickTimex(s, h.at, bySentence);
    // (Nor is a weak cue in what was said dated by the day of the saying, nor by the date another
    // weak cue's noun owns: "После трагических событий января 2022 года президент пообещал …".)
    if (t === undefined || taken.has(t) || dayOfSaying(lang, s, h, t)) continue;
    if (claimed.has(t) && attributed.get(h) !== t) continue;
    taken.add(t);
    own.push(h);
  }
  return own.length ? [...strong, ...own.map(({ standAside: _, ...h }) => h)] : strong;
}

/**
 * The date belongs to another event when a participial phrase stands between: "Сайлауда жеңген
 * Тоқаев 26 қарашада ант қабылдады" (the oath's day, not the election's); "…, получивший отставку
 * накануне, указом назначен" (the dismissal's day, not the appointment's). Kazakh puts the
 * attribute before its noun, so the participle closes the trigger's phrase before the date; in
 * Russian the participle's phrase is set off by commas and holds the date and the other trigger.
 */
/** Results, a report, a decision: a trigger that owns another as its possessor. */
const HEADS = new Set(['results']);

/** A participle before the trigger gives it a day of its own ("19 наурызда өткен … сайлаудың"). */
const DESCRIBED: Record<Doc['lang'], RegExp> = {
  kk: /(?:ған|ген|қан|кен)\s+(?:[\p{L}-]+\s+){0,3}$/u,
  ru: /(?:вш|[её]дш)\p{L}*\s+(?:[\p{L}\d-]+\s+){0,3}$/u,
};

export function possessor(
  lang: Doc['lang'],
  s: Doc['sentences'][number],
  hit: TriggerHit,
  hits: TriggerHit[],
  bySentence?: Map<number, DocTimex[]>,
): boolean {
  if (DESCRIBED[lang].test(s.text.slice(Math.max(0, hit.at - 50), hit.at))) return false;
  // Russian sets the participle with its date after the noun: "итоги выборов в Мажилис,
  // прошедших в воскресенье", "результаты референдума, состоявшегося 5 июня".
  if (lang === 'ru' && bySentence && datedParticipleAfter(s, hit, bySentence)) return false;
  const end = hit.at + hit.text.length;
  // "Заңның кейбір нормаларын … тану туралы қаулы қабылдады": a law in the genitive before another
  // act is what that act is about, not a law passed.
  if (
    lang === 'kk' &&
    (hit.trigger.type === 'law' || hit.trigger.type === 'decree') &&
    GENITIVE.test(hit.text) &&
    hits.some((h) => h !== hit && h.at > hit.at && !h.topic && !h.trigger.fallback)
  )
    return true;
  return hits.some((h) => {
    if (h === hit || !HEADS.has(h.trigger.facet)) return false;
    // Kazakh: the genitive possessor before its head; Russian: the genitive after it.
    // ("дауыс беру қорытындысы": a verbal noun takes its head without the genitive.)
    if (lang === 'kk')
      return (
        (GENITIVE.test(hit.text) || /^\s+(?:қорытынды|нәтиже)/u.test(s.text.slice(end))) &&
        h.at >= end &&
        h.at - end <= 30
      );
    const headEnd = h.at + h.text.length;
    return hit.at >= headEnd && hit.at - headEnd <= 25;
  });
}

/**
 * A participle right after the date, then words before the trigger that are neither a
 * postposition nor a noun in a case of its own (save "мен", "және" joining nouns): the
 * participle's noun is the trigger ("өткен Мәжіліс сайлауы", "кеше өткен Парламент Мәжілісі мен
 * барлық деңгейдегі мәслихат депутаттары сайлауы"), not another one ("атқарылған жұмыс туралы есеп
 * берді": the work's year).
 */
const DESCRIBED_BY_PARTICIPLE = new RegExp(
  String.raw`^\s+${PARTICIPLE}\s+(?:(?:(?:мен|бен|пен|және)|(?!${POSTPOSITIONS}\s)[\p{L}-]+(?<!да|де|та|те|ға|ге|қа|ке|ны|ні|мен|бен|пен|нан|нен|дан|ден|тан|тен))\s+){0,8}$`,
  'u',
);

export const isAttributiveDate = (t: DocTimex): boolean => ATTRIBUTIVE.test(t.text);

/**
 * "2022 жылғы 5 маусымдағы республикалық референдумнан кейін": a date in the attributive form,
 * with at most two words between, belongs to the noun it stands before, whatever else the sentence
 * tells (even when that noun is only a reference point). A season so used without a year names
 * a kind ("көктемгі су тасқыны"), not a date.
 */
export function attributedDate(
  lang: Doc['lang'],
  s: Doc['sentences'][number],
  hit: TriggerHit,
  bySentence: Map<number, DocTimex[]>,
): DocTimex | undefined {
  const own = bySentence.get(s.index) ?? [];
  // Russian puts the date after its noun, in the genitive: "событий января 2022 года", "выборов
  // 2019 года" (right after the trigger, nothing between). An adverbial month or year would be "в
  // январе", "в 2019 году"; a day-date is genitive either way ("После референдума 1 июля был
  // принят закон" is the law's day), so it is not taken.
  if (lang === 'ru') {
    const dated = documentDate(lang, s, hit, bySentence);
    if (dated) return dated;
    const end = hit.at + hit.text.length;
    // A vote or gathering named as the reference point ("После выборов в Мажилис 19 марта 2023
    // года правительство ушло в отставку") takes the date written right after its phrase, as
    // the annotators read it; the sentence's own date would stand apart ("19 марта, после выборов").
    // (Adjectives of the noun may come between: "после досрочных выборов 20 марта 2016 года".)
    const reference =
      /(?:^|\s)(?:после|до|накануне|по\s+итогам|в\s+ходе)\s+(?:[\p{L}-]+(?:ых|их|ого|его|ой|ей)\s+){0,2}$/iu.test(
        s.text.slice(Math.max(0, hit.at - 40), hit.at),
      );
    return own.find((t) => {
      const between = s.text.slice(end, t.start - s.start);
      if (t.start - s.start < end) return false;
      if (reference) return /^(?:\s+[\p{L}-]+){0,3}\s+$/u.test(between);
      // (A season in the instrumental, "осенью этого года", is adverbial: when a verb happens.)
      return (
        /^\s+$/u.test(between) &&
        !/^(?:\d|осенью|весной|летом|зимой)/iu.test(t.text) &&
        /(?:года|[ая])$/u.test(t.text)
      );
    });
  }
  // A date with its participle before the noun is that noun's too: "былтыр наурызда өткен Мәжіліс
  // сайлауынан кейін" (after the election held last March).
  const described = own.find(
    (t) =>
      t.end - s.start <= hit.at &&
      DESCRIBED_BY_PARTICIPLE.test(
        s.text.slice(t.end - s.start, hit.at).replace(/кезектен\s+тыс/gu, 'кезектентыс'),
      ) &&
      !(t.anchor !== 'absolute' && /SP|SU|FA|WI/u.test(t.value)),
  );
  if (described) return described;
  return own.find(
    (t) =>
      t.end - s.start <= hit.at &&
      ATTRIBUTIVE.test(t.text) &&
      !(t.anchor !== 'absolute' && /SP|SU|FA|WI/u.test(t.value)) &&
      // Only adjectives between ("республикалық", "кезектен тыс", "қасіретті"), no noun in a case of
      // its own ("бүгінгі отырыста … енгізілген" is the sitting's day, "2 қыркүйектегі Жарлығымен
      // референдум" the decree's). A name in the nominative is an attribute too ("2017 жылғы Астана
      // саммитінде"), though it may end as a possessed dative or accusative does (Астана, Шымкент).
      /^\s+(?:(?:[\p{L}-]+(?<!да|де|та|те|ға|ге|қа|ке|на|не|ны|ні|ын|ін|мен|бен|пен|ның|нің|дың|дің|тың|тің|нан|нен|дан|ден|тан|тен)|\p{Lu}[\p{L}-]*(?<!да|де|та|те|ға|ге|қа|ке|ны|ні|мен|бен|пен|ның|нің|дың|дің|тың|тің|нан|нен|дан|ден|тан|тен))\s+){0,2}$/u.test(
        s.text.slice(t.end - s.start, hit.at).replace(/кезектен\s+тыс/gu, 'кезектентыс'),
      ),
  );
}

/** A participle phrase set off after a Russian cue that holds a date of the sentence. */
function datedParticipleAfter(
  s: Doc['sentences'][number],
  hit: TriggerHit,
  bySentence: Map<number, DocTimex[]>,
): boolean {
  const described = DESCRIBED_AFTER.exec(s.text.slice(hit.at, hit.at + 80));
  if (!described) return false;
  const from = hit.at + described[0].length;
  const stop = s.text.slice(from).search(/[,;—–]/u);
  const to = stop < 0 ? s.text.length : from + stop;
  return (bySentence.get(s.index) ?? []).some(
    (t) => t.start - s.start >= from && t.end - s.start <= to,
  );
}

/**
 * A document's own date after "от", within its cue: "указ от 19 января", "постановлением от 2 мая".
 * It is the document's day and the day of what the document itself does ("Указом от 4 июля …
 * назначен"), not of a vote or a gathering it calls ("Досрочные выборы назначил указ от 19 января").
 */
export function documentDate(
  lang: Doc['lang'],
  s: Doc['sentences'][number],
  hit: TriggerHit,
  bySentence: Map<number, DocTimex[]>,
): DocTimex | undefined {
  if (lang !== 'ru') return undefined;
  const of = /(?<![\p{L}])от\s+(?=\d)/iu.exec(hit.text);
  if (!of) return undefined;
  const at = hit.at + of.index + of[0].length;
  return (bySentence.get(s.index) ?? []).find((t) => t.start - s.start === at);
}
