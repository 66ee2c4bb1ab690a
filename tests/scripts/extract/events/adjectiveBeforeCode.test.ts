/**
 * A relative adjective before a code or a law is the document's name, no person: "Мемлекет
 * басшысы Әлеуметтік кодекске қол қойды" (a test sentence written for the check) was titled
 * "Aleumettik signs the Social Code". Generated over adjectives in -лық/-лік/-дық/-дік/-тық/-тік,
 * the noun's cases and the signer's post.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const ADJECTIVES = ['Әлеуметтік', 'Салықтық', 'Бюджеттік', 'Экологиялық', 'Азаматтық', 'Еңбектік'];
const NOUNS = ['кодекске', 'кодексіне', 'заңға'];
const POSTS = ['Мемлекет басшысы', 'Президент'];

const CASES = ADJECTIVES.flatMap((adj) =>
  NOUNS.flatMap((noun) =>
    POSTS.map((post) => ({ adj, text: `${post} ${adj} ${noun} қол қойды.` })),
  ),
);

describe('a relative adjective before a code or a law is no person', () => {
  it.each(CASES)('$text', ({ adj, text }) => {
    const data = extractSentences('kk', text, '2025-03-12');
    const names = data.events.flatMap((e) => (e.actors ?? []).map((a) => a.name));
    expect(names.filter((n) => n.startsWith(adj.slice(0, 4)))).toEqual([]);
  });
});
