/**
 * The facet two reports of one story are compared by when they merge (mergeInArticle.ts, and
 * across articles in stages/merge.ts). A resignation announced ("объявил о сложении полномочий")
 * and one told as done ("өкілеттігін мерзімінен бұрын тоқтатты") on a day that agrees, of one
 * person, are one story told two ways: kept apart, the timeline showed the same day twice. The
 * merged event keeps the facet of the report that leads it, so its title follows that report.
 */
import type { Candidate } from './candidate';

export function storyFacet(c: Pick<Candidate, 'type' | 'facet'>): string {
  return c.type === 'resignation' && c.facet === 'announced' ? 'resignation' : c.facet;
}

/**
 * The facet of two reports joined: a resignation one report tells as done is done, whatever the
 * other tells of its announcing ("заявила об отставке. … Президент принял её отставку").
 */
export function joinedFacet(main: Candidate, other: Candidate): string {
  const announced = (c: Candidate) => c.type === 'resignation' && c.facet === 'announced';
  return announced(main) && !announced(other) && storyFacet(other) === storyFacet(main)
    ? other.facet
    : main.facet;
}
