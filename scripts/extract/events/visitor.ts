/**
 * Who visits: the one an arrival participle qualifies ("… переговоры с министром … Балакришнаном,
 * прибывшим в Астану с официальным визитом", "Астанаға ресми сапармен келген … Балакришнанмен
 * келіссөздер жүргізді"), not the sentence's subject, who is the host. Russian qualifies the noun
 * before the participle's comma, or the one right after its phrase (no comma between); Kazakh the
 * first name after its phrase. The cues are per language (locales/<lang>/lexicon/arrival.ts).
 */
import type { Actor, SourceLang } from '../../../src/model/schema';
import { KK_ARRIVAL_PARTICIPLE } from '../locales/kk/lexicon/arrival';
import { RU_ARRIVAL_PARTICIPLE } from '../locales/ru/lexicon/arrival';
import type { Sentence } from '../types';

const PARTICIPLE: Record<SourceLang, RegExp> = {
  kk: KK_ARRIVAL_PARTICIPLE,
  ru: RU_ARRIVAL_PARTICIPLE,
};

/** The name an arrival participle qualifies, if the sentence has one and names him. */
export function visitorOf(
  lang: SourceLang,
  s: Sentence,
  actors: readonly Actor[],
): Actor | undefined {
  const at = (a: Actor) => a.evidence.start - s.start;
  const end = (a: Actor) => a.evidence.end - s.start;
  for (const m of s.text.matchAll(PARTICIPLE[lang])) {
    // (Russian, after the noun: "Балакришнаном, прибывшим".)
    if (lang === 'ru') {
      const before = actors.find((a) => /^\s*,\s*$/u.test(s.text.slice(end(a), m.index)));
      if (before) return before;
    }
    // (Before the noun, its phrase between: "прибывший в Астану министр …", "келген … министрі").
    const from = m.index + m[0].length;
    const after = actors
      .filter((a) => at(a) >= from && !/[,.;:!?]/u.test(s.text.slice(from, at(a))))
      .sort((a, b) => at(a) - at(b))[0];
    if (after) return after;
  }
  return undefined;
}

/**
 * A visit's actors, its visitor first; the visitor is no longer the one met (the host met him), so
 * the title names him as the one who visits.
 */
export function visitorFirst(
  lang: SourceLang,
  s: Sentence,
  actors: readonly Actor[],
  targs: { met?: string; alsoMet?: string[] },
): Actor[] {
  const v = visitorOf(lang, s, actors);
  if (!v) return [...actors];
  if (targs.met === v.name) delete targs.met;
  if (targs.alsoMet) {
    const rest = targs.alsoMet.filter((n) => n !== v.name);
    if (rest.length) targs.alsoMet = rest;
    else delete targs.alsoMet;
  }
  return [v, ...actors.filter((a) => a !== v)];
}
