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

/**
 * The nominative names of states and capitals, longest first, and the state each is; where the
 * language names states after their heads in another case, the states' names in it too (a capital
 * has no president).
 */
interface Names {
  source: string;
  state: Map<string, string>;
  headed?: { source: string; state: Map<string, string> };
}
const cache = new Map<SourceLang, Names>();

const alternation = (keys: Iterable<string>) =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

function names(lang: SourceLang): Names {
  const cached = cache.get(lang);
  if (cached) return cached;
  const state = new Map<string, string>();
  for (const e of GAZETTEER) {
    const s = stateOf(e.id);
    if (s) state.set(e.name[lang].toLowerCase(), s);
  }
  const out: Names = { source: alternation(state.keys()), state };
  const heads = placesAsStatesCues(lang).heads;
  if (heads) {
    const inflected = new Map<string, string>();
    for (const e of GAZETTEER)
      if (e.kind === 'country') inflected.set(heads.inflect(e.name[lang]).toLowerCase(), e.id);
    out.headed = { source: alternation(inflected.keys()), state: inflected };
  }
  cache.set(lang, out);
  return out;
}

/** Two names joined (groups 1, 2), or two states after their heads (groups 3, 4). */
function pairSource(lang: SourceLang): string {
  const c = placesAsStatesCues(lang);
  const { source, headed } = names(lang);
  const pair = `(${source})${c.join}(${source})(?![\\p{L}])`;
  if (!headed || !c.heads) return `${W}${pair}`;
  return `${W}(?:${pair}|${c.heads.noun}\\s+(${headed.source})${c.join}(${headed.source})(?![\\p{L}]))`;
}

/** The cue of an agreement reached: the verb of agreeing after two states joined. */
export function statesAgreeTrigger(lang: SourceLang): Trigger {
  const c = placesAsStatesCues(lang);
  return {
    type: 'other',
    facet: 'agreement',
    pattern: re(`${pairSource(lang)}${c.gap}(?:${c.agree})(?![\\p{L}])`),
  };
}

/** The two states (ids) a sentence names as who agree or sign, if it does. */
export function statesAgreeing(lang: SourceLang, text: string): [string, string] | undefined {
  const c = placesAsStatesCues(lang);
  const { state, headed } = names(lang);
  const m = pairOf(lang).exec(text);
  if (!m || !c.verb.test(text.slice(m.index + m[0].length))) return undefined;
  if (c.notBefore.test(text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
  const [a, b] = m[1]
    ? [state.get(m[1].toLowerCase()), state.get(m[2]!.toLowerCase())]
    : [headed?.state.get(m[3]!.toLowerCase()), headed?.state.get(m[4]!.toLowerCase())];
  return a && b && a !== b ? [a, b] : undefined;
}

/** The two names joined, compiled once per language (the names are the gazetteer's). */
const pairs = new Map<SourceLang, RegExp>();
function pairOf(lang: SourceLang): RegExp {
  if (!pairs.has(lang)) pairs.set(lang, re(pairSource(lang)));
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
