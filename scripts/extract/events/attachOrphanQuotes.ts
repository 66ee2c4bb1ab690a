/**
 * TV reports quote people under caption lines that often carry no trigger of their own; those
 * quotes belong to the article's main event (the one its earliest sentence — usually the headline —
 * reports), so that students see who said what about it.
 */
import type { Candidate } from './candidate';
import { quotesOf } from './fillArguments';
import { isNarrator } from './peopleIndex';
import type { Doc } from '../types';

export function attachOrphanQuotes(doc: Doc, candidates: Candidate[]): Candidate[] {
  const dated = candidates.filter((c) => c.date && !c.generic);
  if (dated.length === 0) return candidates;
  const first = (c: Candidate) => Math.min(...c.sentences.map((s) => s.index));
  const main = dated.reduce((a, b) => (first(b) < first(a) ? b : a));
  const claimed = new Set(candidates.flatMap((c) => c.paragraphs));
  // Captioned speech, and quotes whose speaker the text names ("…», — сказал Ахметов").
  const orphans = doc.paragraphs.filter(
    (p) => !claimed.has(p.index) && (!p.speaker || !isNarrator(p.speaker)),
  );
  const quotes = orphans.flatMap((p) => quotesOf(doc, p)).filter((q) => q.speaker !== undefined);
  if (quotes.length === 0) return candidates;
  const actors = quotes
    .filter((q) => q.speaker && !main.actors.some((a) => a.name === q.speaker))
    .map((q) => ({ name: q.speaker!, ...(q.role ? { role: q.role } : {}), evidence: q.evidence }));
  const seen = new Set<string>();
  const updated: Candidate = {
    ...main,
    quotes: [...main.quotes, ...quotes],
    actors: [...main.actors, ...actors].filter((a) => !seen.has(a.name) && seen.add(a.name)),
    paragraphs: [...main.paragraphs, ...orphans.map((p) => p.index)].filter(
      (p, i, all) => all.indexOf(p) === i,
    ),
  };
  return candidates.map((c) => (c === main ? updated : c));
}
