/**
 * Two states, or capitals standing for them, as the subject of a verb of agreeing: "Казахстан и
 * Узбекистан договорились о …", "Астана мен Ташкент уағдаласты" — an agreement reached, which no
 * agreement noun names. The same pair before a verb of signing names who signed ("Астана и Ташкент
 * подписали соглашение"). Both names in the nominative, as the gazetteer names them; a capital is
 * read as its state (locales/kk/lexicon/capitals.ts). Joiner, gap and verbs per language
 * (locales/<lang>/events/placesAsStates.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { GAZETTEER } from '../arguments/gazetteer';
import { CAPITALS } from '../locales/kk/lexicon/capitals';
import { placesAsStatesCues } from './placesAsStates';
import { re, W, type Trigger } from './trigger';

/** The state a country or capital id stands for. */
function stateOf(id: string): string | undefined {
  return GAZETTEER.find((e) => e.id === id && e.kind === 'country') ? id : CAPITALS[id];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The nominative names of states and capitals, longest first, and the state each is. */
const cache = new Map<SourceLang, { source: string; state: Map<string, string> }>();

function names(lang: SourceLang): { source: string; state: Map<string, string> } {
  const cached = cache.get(lang);
  if (cached) return cached;
  const state = new Map<string, string>();
  for (const e of GAZETTEER) {
    const s = stateOf(e.id);
    if (s) state.set(e.name[lang].toLowerCase(), s);
  }
  const source = [...state.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  cache.set(lang, { source, state });
  return { source, state };
}

/** The cue of an agreement reached: the verb of agreeing after two states joined. */
export function statesAgreeTrigger(lang: SourceLang): Trigger {
  const c = placesAsStatesCues(lang);
  const n = names(lang).source;
  return {
    type: 'other',
    facet: 'agreement',
    pattern: re(`${W}(?:${n})${c.join}(?:${n})(?![\\p{L}])${c.gap}(?:${c.agree})(?![\\p{L}])`),
  };
}

/** The two states (ids) a sentence names as who agree or sign, if it does. */
export function statesAgreeing(lang: SourceLang, text: string): [string, string] | undefined {
  const c = placesAsStatesCues(lang);
  const { state } = names(lang);
  const m = pairOf(lang).exec(text);
  if (!m || !c.verb.test(text.slice(m.index + m[0].length))) return undefined;
  if (c.notBefore.test(text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
  const [a, b] = [state.get(m[1]!.toLowerCase()), state.get(m[2]!.toLowerCase())];
  return a && b && a !== b ? [a, b] : undefined;
}

/** The two names joined, compiled once per language (the names are the gazetteer's). */
const pairs = new Map<SourceLang, RegExp>();
function pairOf(lang: SourceLang): RegExp {
  const source = names(lang).source;
  const c = placesAsStatesCues(lang);
  if (!pairs.has(lang)) pairs.set(lang, re(`${W}(${source})${c.join}(${source})(?![\\p{L}])`));
  return pairs.get(lang)!;
}

/** The cue ends in a verb of agreeing, not of signing ("… договорились", "… келісті"). */
const agreedEnds = new Map<SourceLang, RegExp>();
export function isAgreed(lang: SourceLang, cue: string): boolean {
  if (!agreedEnds.has(lang))
    agreedEnds.set(lang, new RegExp(`(?:^|\\s)(?:${placesAsStatesCues(lang).agree})$`, 'iu'));
  return agreedEnds.get(lang)!.test(cue);
}

/** A state's name in each language. */
export function stateName(id: string): { kk: string; ru: string; en: string } | undefined {
  return GAZETTEER.find((e) => e.id === id)?.name;
}
