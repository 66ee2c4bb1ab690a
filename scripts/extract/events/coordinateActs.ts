/**
 * Two steps of one law in one sentence, each in a coordinate clause with its own verb and its own
 * day: "Парламент 3 марта принял закон, а Токаев 5 марта его подписал", "Парламент 3 наурызда
 * заңды қабылдады, ал Тоқаев 5 наурызда оған қол қойды". The lexicon gives the law's cue once, at
 * its noun, so the signing was no act of its own and its day went unread: one adoption on the 3rd.
 * Another clause's finite step verb becomes a cue owning that clause's date (TriggerHit.actDate),
 * the noun's cue owns its own clause's; a clause with no day of its own takes the noun's clause's
 * only where it says so ("в тот же день", "сол күні"). Who does each is read from its own clause
 * (asideClause.ts). The joints are each language's (locales/<lang>/events/coordinateAct.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_COORDINATE_ACTS } from '../locales/kk/events/coordinateAct';
import { RU_COORDINATE_ACTS } from '../locales/ru/events/coordinateAct';
import { KK_ACT_PARTICIPLES } from '../locales/kk/events/actParticiple';
import { RU_ACT_PARTICIPLES } from '../locales/ru/events/actParticiple';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';
import { isLawCue, nearest } from './participleActs';
import { KK_TRIGGER_CONTEXT } from '../locales/kk/events/triggerContext';
import { RU_TRIGGER_CONTEXT } from '../locales/ru/events/triggerContext';

export interface CoordinateActs {
  /** A stem one of the finite step verbs needs (actParticiple.ts FINITE): no other sentence is read further. */
  cheap: RegExp;
  /** Where each coordinate clause of `text` starts (after its joint): none when there is none. */
  joints(text: string): number[];
  /** Words that put a clause's act on the day the clause before told ("в тот же день"). */
  sameDay: RegExp;
}

const BY_LANG: Record<SourceLang, CoordinateActs> = {
  kk: KK_COORDINATE_ACTS,
  ru: RU_COORDINATE_ACTS,
};
const STEPS = { kk: KK_ACT_PARTICIPLES, ru: RU_ACT_PARTICIPLES };
/** The referendum as the setting or the means of an act ("на референдуме", "референдумда"). */
const AT_REFERENDUM = { kk: KK_TRIGGER_CONTEXT.atReferendum, ru: RU_TRIGGER_CONTEXT.atReferendum };

/** The hits, with a law's step told by another coordinate clause a cue of its own (see above). */
export function withCoordinateActs(
  lang: SourceLang,
  s: Sentence,
  dates: readonly DocTimex[],
  hits: TriggerHit[],
): TriggerHit[] {
  const law = hits.find((h) => isLawCue(h) && !h.actDate);
  if (!law || dates.length === 0 || !BY_LANG[lang].cheap.test(s.text)) return hits;
  const joints = BY_LANG[lang].joints(s.text);
  if (joints.length === 0) return hits;
  const edges = [0, ...joints, s.text.length];
  const clauses = edges.slice(1).map((to, i) => [edges[i]!, to] as [number, number]);
  const within =
    ([from, to]: [number, number]) =>
    (t: DocTimex) =>
      t.start - s.start >= from && t.end - s.start <= to;
  const home = clauses.find(([from, to]) => law.at >= from && law.at < to)!;
  const inHome = (h: TriggerHit) => h.at >= home[0] && h.at < home[1];
  const homeDate = nearest(s, dates.filter(within(home)), [law.at, law.at + law.text.length]);
  if (!homeDate) return hits;
  // (A step done at or by a referendum, "на референдуме были приняты поправки", "референдумда
  // қабылданды", or whose subject is the referendum, is the vote's outcome, the referendum's
  // event (findTriggers.ts votedOn): no law's step of a chamber or the head of state.)
  const voted = ([from, to]: [number, number]) =>
    AT_REFERENDUM[lang].test(s.text.slice(from, to)) ||
    hits.some((h) => h.trigger.type === 'referendum' && !h.topic && h.at >= from && h.at < to);
  // (So a law noun the referendum's clause names, "Референдум 5 июня одобрил поправки в Основной
  // закон, а 1 июля закон вступил в силу", is no step of that day: its topic stays undated, and
  // only the other clauses' steps are dated.)
  const homeVoted = law.topic === true && voted(home);
  const dated = new Map<TriggerHit, DocTimex>(homeVoted ? [] : [[law, homeDate]]);
  // (Another cue of a law's step the home clause tells, the Kazakh chamber's "Парламент 3
  // наурызда заңды қабылдады", is that clause's act too: dated by it, its doer read from it, not
  // from the signer of ", және Президент 5 наурызда оған қол қойды".)
  // (Each by its own nearest date in the clause: "Заңды Мәжіліс 5 наурызда қабылдап, Сенат 20
  // наурызда мақұлдады" has two steps before the joint.)
  if (!homeVoted)
    for (const h of hits) {
      if (h === law || h.trigger.type !== 'law' || h.topic || h.actDate || !inHome(h)) continue;
      const own = nearest(s, dates.filter(within(home)), [h.at, h.at + h.text.length]);
      if (own) dated.set(h, own);
    }
  const acts: TriggerHit[] = [];
  for (const clause of clauses.filter((c) => c !== home)) {
    const text = s.text.slice(clause[0], clause[1]);
    // (A cue of the law's own the clause has already, "…, а 5 марта Токаев подписал документ",
    // is its act: it takes the clause's day, not the nearest across the joint.)
    const inClause = (h: TriggerHit) => h.at >= clause[0] && h.at < clause[1];
    const cue = hits.find((h) => isLawCue(h) && inClause(h));
    // (A step the clause tells already, a cue it repeats read again by laterClauses.ts, "…, а
    // Сенат принял его 3 апреля", is the clause's one act: its verb is no second.)
    if (!cue && hits.some((h) => h.trigger.type === 'law' && inClause(h))) continue;
    if (voted(clause)) continue;
    const verb = cue ? undefined : [...text.matchAll(STEPS[lang].finite)][0];
    if (!cue && !verb) continue;
    const at: [number, number] = cue
      ? [cue.at, cue.at + cue.text.length]
      : [clause[0] + verb!.index, clause[0] + verb!.index + verb![0].length];
    const own =
      nearest(s, dates.filter(within(clause)), at) ??
      (BY_LANG[lang].sameDay.test(text) ? homeDate : undefined);
    if (!own) continue;
    if (cue) dated.set(cue, own);
    else acts.push({ ...withoutTopic(law), at: at[0], text: verb![0], actDate: own });
  }
  if (acts.length === 0 && ![...dated.keys()].some((h) => h !== law && !inHome(h))) return hits;
  return [...hits.map((h) => (dated.has(h) ? { ...h, actDate: dated.get(h) } : h)), ...acts];
}

/** The hit as a step of its own, no longer the topic of the referendum's clause. */
function withoutTopic(h: TriggerHit): TriggerHit {
  if (!h.topic) return h;
  const copy = { ...h };
  delete copy.topic;
  return copy;
}
