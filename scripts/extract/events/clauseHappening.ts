/**
 * What befalls a thing on a bare start or deadline, told by its clause's own verb: "Сайлаушылар
 * тізімі 5 наурыздан бастап учаскелерде ілінеді", "Списки избирателей вывешиваются на участках с
 * 5 марта" are the voter lists posted, not a bare "Start date". The cue ("5 наурыздан бастап",
 * "с", "до") holds no verb; the verb of the cue's clause does, and the thing it befalls is read as
 * for a bare verb of happening (happeningOf.ts). Only the cue's clause: "…, азаматтар өз
 * деректерін 14 наурызға дейін тексере алады" is another act, and keeps its own title.
 */
import type { SourceLang } from '../../../src/model/schema';
import { actOf, happeningOf, type Happening } from './happeningOf';

// (A clause ends at a comma, semicolon, colon, a sentence's stop or a dash set off by spaces.)
const STOPS = /[,;:!?]|\.(?!\d)|\s[–—]\s/gu;
const WORD = /[\p{L}-]+/gu;

export function clauseHappening(
  lang: SourceLang,
  text: string,
  at: number,
  len: number,
  // (The nearest earlier sentence, for a campaign named bare: happeningOf.ts.)
  prior?: string,
): Happening | undefined {
  const { from, to } = cueClause(text, at, len);
  // (The cue's own words are no verb of the clause: "бастап" is the cue's.)
  const words = [...text.slice(from, to).matchAll(WORD)].filter(
    (m) => from + m.index < at || from + m.index >= at + len,
  );
  const acts = words.map((m) => actOf(lang, [m[0]]));
  for (const [k, m] of words.entries()) {
    // (A verb of beginning beside one of coming into force is its auxiliary, the other tells the
    // act: "начнет действовать новый порядок выплат" is the procedure's, not payments begun;
    // "қолданыла бастайды" likewise.)
    if (!acts[k] || (acts[k] === 'start' && (acts[k - 1] === 'in-force' || acts[k + 1] === 'in-force'))) continue; // prettier-ignore
    const h = happeningOf(lang, text, from + m.index, m[0], prior);
    if (h) return h;
  }
  return undefined;
}

/** The bounds of the clause of the cue at `at` (`len` long); a stop inside the cue is the cue's. */
export function cueClause(text: string, at: number, len: number): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(STOPS)) {
    if (m.index < at) from = m.index + m[0].length;
    else if (m.index >= at + len) {
      to = m.index;
      break;
    }
  }
  return { from, to };
}
