/**
 * A topic's phrase before "туралы" has no "туралы" of its own. A decree on the nuclear referendum
 * was titled "… атом электр станциясын салу туралы референдум туралы Жарлыққа қол қойды" (about a
 * referendum about building …), the topic's kkAbout already ending in "туралы референдум".
 * Generated over every topic and every template that puts kkAbout before "туралы" (a decree signed
 * by a person or alone, a statement, a proposal), reported and planned.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../scripts/extract/events/candidate';
import { makeTitle } from '../../../../scripts/extract/events/titles';
import { TOPICS } from '../../../../scripts/extract/events/topics';

const span = { start: 0, end: 1, text: 'x' };
const WHO: Array<Candidate['actors']> = [[], [{ name: 'Тоқаев', role: 'Президент', evidence: span }]]; // prettier-ignore
const cases = Object.keys(TOPICS).flatMap((topic) =>
  (['decree', 'statement', 'proposal'] as const).flatMap((type) =>
    WHO.flatMap((actors) =>
      (['reported', 'planned'] as const).map((status) => {
        const c = { type, facet: type, status, actors, organisations: [], places: [], themes: [], args: { topic: topic as keyof typeof TOPICS } }; // prettier-ignore
        return [`${type} ${topic} ${status} ${actors.length}`, makeTitle(c).kk] as const;
      }),
    ),
  ),
);

describe('a topic inside a title says "туралы" once', () => {
  it.each(cases)('%s: %s', (_, kk) => {
    expect(kk.match(/туралы/gu)?.length ?? 0).toBeLessThan(2);
  });
});
