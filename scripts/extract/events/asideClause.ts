/**
 * A person named inside a clause that only describes a noun of the sentence (a relative clause, a
 * participle phrase) acts in that clause: "Сенат, который в 2019 году возглавлял Маулен Ашимбаев,
 * принял закон о медиа" is the Senate's law, not Ashimbayev's. He is still the actor of an event
 * whose trigger lies in the clause ("возглавлял"). So is a person named in a subordinate clause of
 * time, cause or concession ("…, после того как Назарбаев объявил о своей отставке": the decree of
 * the main clause is not his). Each locale finds its own clauses.
 */
import { ruAsideClauses, ruLedBy } from '../locales/ru/asideClauses';
import { kkParticipleSubject } from '../locales/kk/participleSubject';
import { RU_CLAUSE_BODY, ruSubordinateClauses } from '../locales/ru/subordinateClauses';
import {
  KK_CLAUSE_BODY,
  kkSubordinateClauses,
  type KkClause,
} from '../locales/kk/subordinateClauses';
import type { Lang } from '../arguments/types';
import { KK_ACT_PARTICIPLES } from '../locales/kk/events/actParticiple';
import { RU_ACT_PARTICIPLES } from '../locales/ru/events/actParticiple';
import type { ActParticiples } from './participleActs';
import { ruContrastAfter } from '../locales/ru/contrastClause';
import { kkContrastAfter } from '../locales/kk/contrastClause';
import { KK_COORDINATE_ACTS } from '../locales/kk/events/coordinateAct';
import { RU_COORDINATE_ACTS } from '../locales/ru/events/coordinateAct';

/** Where a contrastive clause after the trigger starts (", а", ", ал"): locales/<lang>/contrastClause.ts. */
const CONTRAST: Record<Lang, (text: string, at: number) => number | undefined> = { kk: kkContrastAfter, ru: ruContrastAfter }; // prettier-ignore

/** A law's step told by a participle attached to the law (participleActs.ts). */
const ACT_PARTICIPLES: Record<Lang, ActParticiples> = { kk: KK_ACT_PARTICIPLES, ru: RU_ACT_PARTICIPLES }; // prettier-ignore

/** Where each coordinate clause starts, after ", а"/", и", ", ал"/", және" (coordinateAct.ts). */
const COORDINATE: Record<Lang, (text: string) => number[]> = { kk: KK_COORDINATE_ACTS.joints, ru: RU_COORDINATE_ACTS.joints }; // prettier-ignore

const ASIDES: Record<Lang, ((text: string) => [number, number][]) | undefined> = {
  kk: undefined,
  ru: ruAsideClauses,
};

type Span = { start: number; end: number };

/**
 * Where a phrase that names the person `h` to describe a noun after him ends: the Kazakh
 * participle phrase whose subject he is ("Ашимбаев басқарған Сенат"), the Russian "во главе с
 * Ашимбаевым" after a body's noun; undefined when he is named in no such phrase.
 */
const DESCRIBING: Record<Lang, (text: string, h: Span) => number | undefined> = {
  kk: (text, h) => {
    const length = kkParticipleSubject(text.slice(h.end, h.end + 160));
    return length === undefined ? undefined : h.end + length;
  },
  ru: (text, h) => (ruLedBy(text.slice(Math.max(0, h.start - 80), h.start)) ? h.end : undefined),
};

/** A locale's subordinate clauses ('needsOther': see locales/kk/subordinateClauses.ts). */
const SUBORDINATES: Record<Lang, (text: string) => readonly KkClause[]> = {
  kk: kkSubordinateClauses,
  ru: (text) => ruSubordinateClauses(text).map((span) => ({ span, needsOther: false })),
};

const inside = ([from, to]: [number, number], h: Span) => h.start >= from && h.end <= to;

/** A body that is a clause's own subject, in the nominative (locales/<lang>/subordinateClauses.ts). */
const BODY: Record<Lang, RegExp> = { kk: KK_CLAUSE_BODY, ru: RU_CLAUSE_BODY };

/**
 * Whether a person at [start, end) of `text` (a sentence) is named in a describing clause that
 * closes before the trigger at `at`, or in a subordinate clause that does not hold the trigger.
 * `people` are the sentence's persons: a Kazakh clause's person is set aside only when another
 * is named outside every clause (or its main verb is passive). The sentence's clauses are found
 * once, for all its people.
 */
export function asideClauseTest(
  lang: Lang,
  text: string,
  at: number,
  people: readonly Span[],
  ownClause = false,
): (hit: Span) => boolean {
  // (Only a clause between the subject and the verb: one after the trigger often describes the
  // event's own noun, "совместное заседание, на котором Президент огласил Послание", whose people
  // take part in it.)
  const before = (ASIDES[lang]?.(text) ?? []).filter(([, to]) => to <= at);
  const all = SUBORDINATES[lang](text);
  const holds = ({ span: [from, to] }: KkClause) => at >= from && at < to;
  const clauses = all.filter((c) => !holds(c));
  const outside = people.some((h) => !clauses.some((c) => inside(c.span, h)));
  const subordinate = clauses.filter((c) => !c.needsOther || outside).map((c) => c.span);
  // (A trigger in a subordinate clause whose subject is its own, a person or a body named there,
  // is that subject's act: "После того как парламент принял закон, Токаев его подписал" has
  // Parliament, not Tokayev, pass it. Whom the main clause names is set aside.)
  const own = all.find(holds)?.span;
  const ownSubject =
    own && (people.some((h) => inside(own, h)) || BODY[lang].test(text.slice(own[0], own[1])));
  // (A trigger that is a law's step told by a participle is done by whom its phrase names:
  // "Парламент 3 наурызда қабылдаған заңға Тоқаев 5 наурызда қол қойды" has Parliament, not
  // Tokayev, adopt it; "Закон, принятый парламентом 3 марта, Токаев подписал 5 марта" too.)
  const grammar = ACT_PARTICIPLES[lang];
  const phrase = grammar.cheap.test(text.slice(at, at + 40))
    ? grammar.phrases(text).find((p) => at >= p.word[0] && at < p.word[1])?.phrase
    : undefined;
  // (Nor one named in a contrastive clause after the trigger's: "президент принял отставку
  // кабинета, а на следующий день премьером стал Бектенов" is no resignation of Bektenov's.)
  const contrast = CONTRAST[lang](text, at);
  // (A law's step the grammar dated by its own clause, `ownClause` (TriggerHit.actDate), is done
  // by whom that clause names, after a joint of any coordinate clause: "Парламент 3 марта принял
  // закон, и Токаев 5 марта его подписал" has Parliament, not Tokayev, adopt it.)
  const joints = ownClause ? COORDINATE[lang](text) : [];
  const from = joints.filter((j) => j <= at).pop() ?? 0;
  const to = joints.find((j) => j > at) ?? text.length;
  return (hit) => {
    if (contrast !== undefined && hit.start >= contrast) return true;
    if (hit.start < from || hit.start >= to) return true;
    const described = DESCRIBING[lang](text, hit);
    return (
      (described !== undefined && described <= at) ||
      before.some((span) => inside(span, hit)) ||
      subordinate.some((span) => inside(span, hit)) ||
      (ownSubject === true && !inside(own!, hit)) ||
      (phrase !== undefined && !inside(phrase, hit))
    );
  };
}
