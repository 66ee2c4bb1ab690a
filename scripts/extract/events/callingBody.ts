/**
 * The body that calls an election by its own act, not the head of state by decree: "ЦИК назначила
 * внеочередные выборы", "ОСК 10 наурызда … сайлау тағайындады", "Аудандық мәслихат әкім сайлауын
 * тағайындады". It is an election commission or a maslikhat named in the nominative in the calling
 * cue's clause, before the cue's verb, where no head of state is named there ("Мемлекет басшысы …
 * сайлау тағайындады" is his decree; "ОСК ұсынысы бойынша": not nominative).
 */
import type { SourceLang } from '../../../src/model/schema';
import { findOrganisations } from '../arguments/findOrganisations';
import { nominative } from './speakerOrg';

const CALLERS = new Set(['cec', 'maslikhat']);
const HEAD_OF_STATE = /президент|мемлекет\s+басшы|глава\s+государства|елбасы/iu;
const CLAUSE_BREAK = /[,;:–—()«»"?!]/gu;

/** Where the clause that ends at `end` starts: after the last clause break before it. */
function clauseStart(text: string, end: number): number {
  const before = text.slice(0, end);
  return Math.max(0, ...[...before.matchAll(CLAUSE_BREAK)].map((m) => m.index + 1));
}

/** The head of state named in the calling cue's clause: he calls it ("Президент … назначил"). */
export function headOfStateCalls(text: string, at: number, cue: string): boolean {
  const end = at + cue.length;
  return HEAD_OF_STATE.test(text.slice(clauseStart(text, end), end));
}

export function callingBody(
  lang: SourceLang,
  text: string,
  at: number,
  cue: string,
): string | undefined {
  const end = at + cue.length;
  const start = clauseStart(text, end);
  if (HEAD_OF_STATE.test(text.slice(start, end))) return undefined;
  const body = findOrganisations(text, lang).find(
    (o) =>
      o.start >= start &&
      o.end <= end &&
      CALLERS.has(o.id) &&
      nominative(lang, text, o) !== undefined &&
      // (Not a possessor: "ОСК ұсынысы", "мәслихат сессиясы".)
      !/^\s+\p{L}+(?:[ыі]|сы|сі)(?!\p{L})/u.test(text.slice(o.end)),
  );
  return body?.id;
}
