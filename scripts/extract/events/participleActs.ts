/**
 * Two steps of one law in one sentence, one told by a participle attached to the law and dated in
 * its phrase, the other by the finite verb with a date of its own: "Закон, подписанный Главой
 * государства 5 марта, вступил в силу 10 марта", "Мемлекет басшысы 5 наурызда қол қойған заң 10
 * наурызда күшіне енді". The lexicon gives the law's cue once, and its noun stands nearer to one
 * date or the other by chance; the grammar gives each act its own. The participle becomes a cue
 * of its own, owning its phrase's date (TriggerHit.actDate), and the finite verb another, owning
 * the date nearest it outside that phrase; the noun's cue, which both stand for, goes.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_ACT_PARTICIPLES } from '../locales/kk/events/actParticiple';
import { RU_ACT_PARTICIPLES } from '../locales/ru/events/actParticiple';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';
import { liesWithin } from './innerSameKind';

/** A participle of a law's step: its word, its phrase, and where the law's noun starts. */
export interface ActPhrase {
  word: [number, number];
  phrase: [number, number];
  noun: number;
}

export interface ActParticiples {
  /** A stem one of the participles needs: no other sentence is read further. */
  cheap: RegExp;
  /** Every participle of a law's step attached to a law in `text`. */
  phrases(text: string): ActPhrase[];
  /** A finite verb of a law's step (global). */
  finite: RegExp;
}

const BY_LANG: Record<SourceLang, ActParticiples> = {
  kk: KK_ACT_PARTICIPLES,
  ru: RU_ACT_PARTICIPLES,
};

/** A law's own cue, at its noun, that the steps stand for (here and in subordinateActs.ts). */
export const isLawCue = (h: TriggerHit) => h.trigger.type === 'law' && h.trigger.facet === 'law';

/** The hits, with a law's two steps each a cue of its own (see above). */
export function withParticipleActs(
  lang: SourceLang,
  s: Sentence,
  dates: readonly DocTimex[],
  hits: TriggerHit[],
): TriggerHit[] {
  const grammar = BY_LANG[lang];
  const law = hits.find(isLawCue);
  if (!law || dates.length < 2 || !grammar.cheap.test(s.text)) return hits;
  let out = hits;
  for (const p of grammar.phrases(s.text)) {
    // (A participle whose act a referendum in its phrase did, "Поправки, принятые на референдуме 5
    // июня, вступят в силу 1 июля", tells the vote's outcome: the referendum is the event of that
    // day, as coordinateActs.ts reads a step done at one, not a law's step of its own. The finite
    // verb is still the other step, and the noun's cue still goes: left, "Принятый на референдуме
    // 5 июня закон вступит в силу 1 июля" read the coming into force on the phrase's 5 June.)
    const byVote = hits.some((h) => h.trigger.type === 'referendum' && !h.topic && h.at >= p.phrase[0] && h.at < p.phrase[1]); // prettier-ignore
    const inPhrase = (t: DocTimex) =>
      t.start - s.start >= p.phrase[0] && t.end - s.start <= p.phrase[1];
    const own = nearest(s, dates.filter(inPhrase), p.word);
    if (!own || !dates.some((t) => !inPhrase(t) && t.value !== own.value)) continue;
    // The finite verb outside the phrase, the other step, dated by the nearest date outside it.
    const verb = [...s.text.matchAll(grammar.finite)].find(
      (m) => m.index + m[0].length <= p.phrase[0] || m.index >= p.phrase[1],
    );
    if (!verb) continue;
    const verbDate = nearest(s, dates.filter((t) => !inPhrase(t)), [verb.index, verb.index + verb[0].length]); // prettier-ignore
    // (The law's noun phrase runs from its noun to the participle's phrase or the verb.)
    const stops = [p.phrase[0], verb.index].filter((x) => x > p.noun);
    const nounEnd = stops.length ? Math.min(...stops) : s.text.length;
    const ofNoun = (h: TriggerHit) => isLawCue(h) && h.at >= p.noun && h.at < nounEnd;
    // (After a vote, only a noun's cue that is the law's act gives way to its verb: one inside
    // another cue, "Основной закон вступит в силу" a reform, leaves that cue the verb. The vote
    // itself makes the noun its topic, "Принятый на референдуме 5 июня закон": that is the
    // participle's act, and the verb outside the phrase is still the law's own later step, "…
    // президент подписал 10 июня", so it is no topic.)
    const nounCues = out.filter(ofNoun);
    const inOther = (h: TriggerHit) =>
      out.some((o) => o.trigger.type !== 'referendum' && !o.topic && liesWithin(h, o));
    if (byVote && (nounCues.length === 0 || nounCues.some(inOther))) continue;
    out = out.filter((h) => !ofNoun(h));
    const word = s.text.slice(p.word[0], p.word[1]);
    if (!byVote) out.push({ ...law, at: p.word[0], text: word, actDate: own });
    const { topic: _voted, ...act } = law;
    const step = byVote ? act : law;
    if (!out.some((h) => h.trigger.type === 'law' && h.at === verb.index))
      out.push({ ...step, at: verb.index, text: verb[0], ...(verbDate && { actDate: verbDate }) });
  }
  return out;
}

/** The date of `dates` nearest to the words [from, to) of the sentence. */
export function nearest(s: Sentence, dates: DocTimex[], [from, to]: [number, number]) {
  const gap = (t: DocTimex) => Math.max(t.start - s.start - to, from - (t.end - s.start), 0);
  return [...dates].sort((a, b) => gap(a) - gap(b))[0];
}
