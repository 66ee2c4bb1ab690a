/**
 * Two people joined by "and" as the sides of talks, a meeting or a phone call: "Путин и Токаев
 * провели переговоры", "Тоқаев пен Путин келіссөз жүргізді", "встреча Путина и Токаева". Neither
 * is written as the one met (meetingSides.ts), yet they are two sides: the first is the host and
 * the second the one met, so the title names both ("Putin holds talks with Tokayev"). A list of
 * three or more names no two sides.
 */
import type { Actor } from '../../../src/model/schema';
import { KK_AND } from '../locales/kk/lexicon/listLinks';
import { RU_AND } from '../locales/ru/lexicon/listLinks';
import type { Sentence } from '../types';

/** "and" in either language (locales/<lang>/lexicon/listLinks.ts). */
const AND = `${RU_AND}|${KK_AND}`;
/** "and" alone between the two names. */
const AND_ONLY = new RegExp(String.raw`^\s+(?:${AND})\s+$`, 'u');
/** A third name before or after the pair: a comma or "and" joins it. */
const LISTED_BEFORE = new RegExp(String.raw`(?:,|\s(?:${AND}))\s*$`, 'u');
const LISTED_AFTER = new RegExp(String.raw`^\s*(?:,|(?:${AND})\s)`, 'u');

export interface JointSides {
  actors: Actor[];
  met: string;
}

export function jointSides(s: Sentence, actors: readonly Actor[]): JointSides | undefined {
  const byStart = [...actors].sort((a, b) => a.evidence.start - b.evidence.start);
  const at = (x: number) => x - s.start;
  for (let i = 0; i + 1 < byStart.length; i++) {
    const a = byStart[i]!,
      b = byStart[i + 1]!;
    if (a.name === b.name) continue;
    if (!AND_ONLY.test(s.text.slice(at(a.evidence.end), at(b.evidence.start)))) continue;
    // (No post between: "Президент России Путин и Президент Казахстана Токаев" keeps its posts in
    // the actors' roles, and a post word joins no third name.)
    const before = s.text.slice(0, Math.max(0, at(a.evidence.start)));
    const after = s.text.slice(at(b.evidence.end));
    if (LISTED_BEFORE.test(before) || LISTED_AFTER.test(after)) return undefined;
    return { actors: [a, ...actors.filter((x) => x !== a && x !== b), b], met: b.name };
  }
  return undefined;
}
