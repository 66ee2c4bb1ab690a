/**
 * Which date expression, if any, belongs to which trigger of a sentence: the rules of the dating
 * principle (when.ts) that need the sentence's other triggers. A date across a participle is the
 * other event's; a weak cue keeps a date of its own; a vote whose results are announced is their
 * subject. (Dates told from outside the sentence, "about this" or by a heading: toldDates.ts.)
 */
import { inAfterPhrase } from './afterPast';
import { SETTING } from './actSetting';
import { ATTRIBUTE_PHRASE } from './attributePhraseGrammar';
import { pickTimex } from './dateEvent';
import { DATE_OWNERSHIP } from './dateOwnershipGrammar';
import { isForeignDeadline } from './deadline';
import { dayOfSaying } from './sameClause';
import { readsSameWord } from './sameWord';
import type { TriggerHit } from './findTriggers';
import type { Doc } from '../types';
import type { DocTimex } from '../stages/dates';

/** A trigger noun in the genitive modifies another noun: "съезінің делегаттары". */
export { KK_GENITIVE as GENITIVE } from '../locales/kk/events/phrase';

/** "Too", "again", "already": the date is of another telling, not of the event. */
export const ALSO =
  /[\p{L}\d]\s+(?:да|де|та|те)(?![\p{L}])|(?<![\p{L}])(?:тағы|бұрын|также|тоже|ещ[её]|уже|ранее)(?![\p{L}])/iu;

/**
 * How little a weak cue says: a bare "something happened" ("өткен", "прошёл") after the others,
 * and a bare verb of saying, which a date dates only in its own clause, after those. The weakest
 * cue, a chronicle's day ("5 мая …"), says only that something happened that day: it comes after
 * every other, or "5 мая президент сообщил, что выборы пройдут честно" gave a bare "Event" and
 * no statement, the day taken before the verb of saying was reached.
 */
const bareness = (h: TriggerHit) =>
  Number(h.trigger.needsDate === true) +
  Number(h.trigger.facet === 'happening') +
  2 * Number(h.trigger.clauseDate === true) +
  4 * Number(h.trigger.weakest === true);

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
      .map((h) => ({ h, t: ownedTimex(lang, s, h, bySentence) }))
      .filter(
        ({ h, t }) =>
          !(
            claimed.has(t) &&
            !weak.some((w) => attributed.get(w) === t && w.trigger.type === h.trigger.type)
          ) &&
          !isForeignDeadline(lang, s, h, t) &&
          !(t !== undefined && dayOfSaying(lang, s, h, t)) &&
          // (Nor a date another noun's phrase holds: "Партия, созданная в 1999 году, провела
          // съезд" leaves 1999 to the founding, a cue of its own.)
          !(t !== undefined && ATTRIBUTE_PHRASE[lang].ofAnotherNoun(s, h, t, () => false)) &&
          // (Nor the day of an event it came after: "қаңтар оқиғаларынан кейін басталды".)
          !(
            t !== undefined &&
            inAfterPhrase(lang, s, t, bySentence.get(s.index) ?? [], h.at + h.text.length - 1)
          ),
      )
      .map(({ t }) => t),
  );
  const own: TriggerHit[] = [];

  for (const h of weak) {
    const t = attributed.get(h) ?? pickTimex(lang, s, h.at, bySentence);
    // (Nor is a weak cue in what was said dated by the day of the saying, nor by the date another
    // weak cue's noun owns: "После трагических событий января 2022 года президент пообещал …".)
    if (t === undefined || taken.has(t) || dayOfSaying(lang, s, h, t)) continue;
    // (Nor is a weak cue that reads the very word a stronger one read, "бюджетті бекітті" as a
    // budget approved and as something approved: one act, whose date the stronger cue chose.)
    if (strong.some((o) => readsSameWord(o, h))) continue;
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

export function possessor(
  lang: Doc['lang'],
  s: Doc['sentences'][number],
  hit: TriggerHit,
  hits: TriggerHit[],
  bySentence?: Map<number, DocTimex[]>,
): boolean {
  const grammar = DATE_OWNERSHIP[lang];
  if (grammar.describedBefore.test(s.text.slice(Math.max(0, hit.at - 50), hit.at))) return false;
  // A participle phrase after the noun with its date: "результаты референдума, состоявшегося 5 июня".
  const after = grammar.describedAfter;
  if (after && bySentence && datedParticipleAfter(after, s, hit, bySentence)) return false;
  // A law or a decree that is only what another act is about ("Заңның … тану туралы қаулы").
  if (
    (hit.trigger.type === 'law' || hit.trigger.type === 'decree') &&
    grammar.aboutAnotherAct?.test(hit.text) === true &&
    hits.some((h) => h !== hit && h.at > hit.at && !h.topic && !h.trigger.fallback)
  )
    return true;
  return hits.some(
    (h) => h !== hit && HEADS.has(h.trigger.facet) && grammar.possessorOf(s.text, hit, h),
  );
}

/**
 * A date in the attributive form of the text's language (DateOwnershipGrammar.attributiveDate;
 * only Kazakh has one).
 */
export const isAttributiveDate = (lang: Doc['lang'], t: DocTimex): boolean =>
  DATE_OWNERSHIP[lang].attributiveDate?.test(t.text) === true;

/**
 * "2022 жылғы 5 маусымдағы республикалық референдумнан кейін": a date in the attributive form,
 * with at most two words between, belongs to the noun it stands before, whatever else the sentence
 * tells (even when that noun is only a reference point). A season so used without a year names
 * a kind ("көктемгі су тасқыны"), not a date. Russian puts the date after its noun ("выборов 2019
 * года"). A document's own date ("указ от 19 января") comes first; then each locale's rule
 * (locales/{kk,ru}/events/dateOwnership.ts).
 */
export function attributedDate(
  lang: Doc['lang'],
  s: Doc['sentences'][number],
  hit: TriggerHit,
  bySentence: Map<number, DocTimex[]>,
): DocTimex | undefined {
  const own = bySentence.get(s.index) ?? [];
  // (A law's step told by a participle or by the verb beside it: participleActs.ts.)
  if (hit.actDate) return hit.actDate;
  return documentDate(lang, s, hit, bySentence) ?? DATE_OWNERSHIP[lang].attributedDate(s, hit, own);
}

/** A participle phrase set off after the cue (`described`) that holds a date of the sentence. */
function datedParticipleAfter(
  described: RegExp,
  s: Doc['sentences'][number],
  hit: TriggerHit,
  bySentence: Map<number, DocTimex[]>,
): boolean {
  const phrase = described.exec(s.text.slice(hit.at, hit.at + 80));
  if (!phrase) return false;
  const from = hit.at + phrase[0].length;
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
  const of = DATE_OWNERSHIP[lang].documentDateCue?.exec(hit.text);
  if (!of) return undefined;
  const at = hit.at + of.index + of[0].length;
  return (bySentence.get(s.index) ?? []).find((t) => t.start - s.start === at);
}

/**
 * The date nearest a strong cue, which it may own; for an instruction whose nearest date is its
 * task's deadline, the last one before it ("5 марта министр поручила … до 1 июля"), as ownDate.ts
 * dates it.
 */
function ownedTimex(
  lang: Doc['lang'],
  s: Doc['sentences'][number],
  h: TriggerHit,
  bySentence: Map<number, DocTimex[]>,
): DocTimex | undefined {
  const t = pickTimex(lang, s, h.at, bySentence);
  if (t === undefined || h.trigger.facet !== 'instructed' || !isForeignDeadline(lang, s, h, t))
    return t;
  return (bySentence.get(s.index) ?? []).filter((x) => x.end - s.start <= h.at).at(-1);
}
