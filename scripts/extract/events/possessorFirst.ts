/**
 * Whose resignation or appointment a noun names: in Russian the person in the genitive right after
 * the noun ("после отставки Назарбаева", "назначение Смаилова") is its actor, before anyone else
 * the sentence names ("… Токаев стал президентом после отставки Назарбаева"). Other kinds, verbs,
 * and Kazakh (not yet described) keep the actors in their order.
 */
import type { EventType, SourceLang } from '../../../src/model/schema';
import { RU_POST_NOUN } from '../locales/ru/lexicon/roles';
import type { Sentence } from '../types';

interface Spanned {
  evidence: { start: number; end: number; text: string };
}

const POSTS = new Set<EventType>(['resignation', 'appointment']);

/**
 * Each language's nouns of a post's change whose possessor, its actor, follows them
 * (locales/<lang>/lexicon/roles.ts); Kazakh, whose possessor comes first, is not yet described.
 */
const POSSESSOR_AFTER: Record<SourceLang, RegExp | undefined> = {
  kk: undefined,
  ru: RU_POST_NOUN,
};

export function possessorFirst<A extends Spanned>(
  lang: SourceLang,
  type: EventType,
  s: Sentence,
  trigger: { at: number; text: string },
  actors: readonly A[],
): A[] {
  const word = /^[\p{L}-]+/u.exec(trigger.text)?.[0] ?? '';
  const noun = POSSESSOR_AFTER[lang];
  if (!noun || !POSTS.has(type) || !noun.test(word)) return [...actors];
  const after = trigger.at + word.length;
  // (Right after the noun: "отставки Назарбаева"; evidence offsets are the document's.)
  const owner = actors.find((a) => /^\s+$/u.test(s.text.slice(after, a.evidence.start - s.start)));
  return owner ? [owner, ...actors.filter((a) => a !== owner)] : [...actors];
}
