/**
 * Two places joined as the subject of a verb of signing or agreeing stand for their states, not
 * for where the act is done: "Астана и Ташкент подпишут соглашение", "Астана мен Мәскеу келісті"
 * (capitals for the two governments). Both must be in the nominative (their words as the
 * gazetteer names them: "Астане", "Астанада" are places). Cues per language
 * (locales/<lang>/events/placesAsStates.ts).
 */
import type { Place, SourceLang } from '../../../src/model/schema';
import { KK_PLACES_AS_STATES } from '../locales/kk/events/placesAsStates';
import { RU_PLACES_AS_STATES } from '../locales/ru/events/placesAsStates';

export interface PlacesAsStatesCues {
  /** What joins the two names, tested on the text between them. */
  joiner: RegExp;
  /** The verb of signing or agreeing after the second name. */
  verb: RegExp;
  /** What before the first name makes both places (a preposition). */
  notBefore: RegExp;
  /** Sources of the same: what joins the names, the words between them and the verb, and the verbs of agreeing alone. */
  join: string;
  gap: string;
  agree: string;
  /**
   * Where two states follow their heads in an oblique case ("Президенты Казахстана и Узбекистана"):
   * the plural heads and the case of a state's name after them.
   */
  heads?: { noun: string; inflect: (name: string) => string };
}

const CUES: Record<SourceLang, PlacesAsStatesCues> = {
  kk: KK_PLACES_AS_STATES,
  ru: RU_PLACES_AS_STATES,
};

/** The language's cues (events/statesAgree.ts reads them too). */
export function placesAsStatesCues(lang: SourceLang): PlacesAsStatesCues {
  return CUES[lang];
}

/** The places of the sentence, less any pair that stands for two states. */
export function withoutStatesNamedByPlaces<P extends Pick<Place, 'name' | 'evidence'>>(
  lang: SourceLang,
  text: string,
  base: number,
  places: P[],
): P[] {
  const cues = CUES[lang];
  const nominative = (p: P) => p.evidence.text.toLowerCase() === p.name[lang].toLowerCase();
  const dropped = new Set<P>();
  const sorted = [...places].sort((a, b) => a.evidence.start - b.evidence.start);
  for (const [i, a] of sorted.entries()) {
    const b = sorted[i + 1];
    if (!b || !nominative(a) || !nominative(b)) continue;
    const [aStart, aEnd] = [a.evidence.start - base, a.evidence.end - base];
    const [bStart, bEnd] = [b.evidence.start - base, b.evidence.end - base];
    if (
      cues.joiner.test(text.slice(aEnd, bStart)) &&
      cues.verb.test(text.slice(bEnd, bEnd + 120)) &&
      !cues.notBefore.test(text.slice(Math.max(0, aStart - 12), aStart))
    ) {
      dropped.add(a);
      dropped.add(b);
    }
  }
  return places.filter((p) => !dropped.has(p));
}
