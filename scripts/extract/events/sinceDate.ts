/**
 * A date an act is counted since ("2019 жылдан бергі алтыншы Жолдауы", "впервые с 2004 года …
 * принял закон") marks the start of a period: the act the sentence tells happened later, on a day
 * not given. Only a lasting state (a tenure, a membership, a reform) or what starts then counts
 * from it. The words are each language's (locales/<lang>/events/dateOwnership.ts).
 */
import type { EventType, SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import { DATE_OWNERSHIP } from './dateOwnershipGrammar';
import type { TriggerHit } from './findTriggers';

/** Kinds and facets that last from a day on: "Сенатты 2023 жылғы 2 ақпаннан бері басқарып келеді". */
const LASTING_KINDS: ReadonlySet<string> = new Set([
  'coalition',
  'headquarters',
  'reform',
  'membership',
]);
const LASTING_FACETS: ReadonlySet<string> = new Set(['tenure', 'start', 'state']);

/** Whether `t` is a date the act of `hit` is only counted since. */
export function countedSince(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  type: EventType,
  t: DocTimex,
): boolean {
  if (LASTING_KINDS.has(type) || LASTING_FACETS.has(hit.trigger.facet)) return false;
  const g = DATE_OWNERSHIP[lang];
  const [a, b] = [t.start - s.start, t.end - s.start];
  const since =
    (g.sinceAfter !== undefined && g.sinceAfter.test(t.text + s.text.slice(b, b + 8))) ||
    (g.sinceBefore !== undefined && g.sinceBefore.test(s.text.slice(Math.max(0, a - 30), a)));
  return since && !(g.sinceOwned?.test(s.text.slice(b).split(/[,;]/u)[0]!) ?? false);
}
