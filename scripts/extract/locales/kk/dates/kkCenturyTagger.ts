import type { CalParts } from '../../../dates/reading';
import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { readRoman } from '../../common/readRoman';
import { kkDecadeOfCenturyAt } from './kkDecadeOfCentury';
import { isKkForm, ORDINAL } from './kkForm';
import { kkOrdinalPartAt } from './kkOrdinalPart';
import { glueDash } from './kkYearForm';
import { kkPartAt } from './kkWordAt';
import { readKkNumber } from './readKkNumber';

/**
 * Where a Roman numeral's writing ends: Kazakh writes it like a digit, with a dash glued where
 * the ordinal ending would be ("XX-ғасырда", as "21-ғасырда") or the ending itself after the
 * dash ("XX-шы ғасырда", as "21-інші"); `i` is the token after the numeral.
 */
function romanEnd(tokens: readonly Token[], i: number): number {
  if (!glueDash(tokens, i)) return i;
  const ending = tokens[i + 1]!;
  const whole = ending.kind === 'word' && ORDINAL.exec(ending.low)?.[0] === ending.low;
  return whole ? i + 2 : i + 1;
}

/** "XXI", "ХХ" (Cyrillic), or an ordinal "20-сыншы", "жиырмасыншы": a century's number. */
function readOrdinal(
  tokens: readonly Token[],
  i: number,
): { value: number; end?: number; next: number } | null {
  const t = tokens[i];
  const roman =
    t?.kind === 'word' && t.text === t.text.toUpperCase() ? readRoman(t.low) : undefined;
  if (roman !== undefined) {
    // "XIX–XX ғасырлар": a range of Roman numerals.
    const dash = tokens[i + 1];
    const end = dash?.kind === 'dash' ? readOrdinal(tokens, i + 2) : null;
    if (end && end.value > roman && end.end === undefined)
      return { value: roman, end: end.value, next: end.next };
    return { value: roman, next: romanEnd(tokens, i + 1) };
  }
  const n = readKkNumber(tokens, i);
  // "21-ғасырда": a dash glued where the ordinal ending would be, as in "90-жылдары".
  if (n && !n.ordinal && n.tail === '' && n.endValue === undefined && glueDash(tokens, n.next))
    return { value: n.value, next: n.next + 1 };
  if (!n?.ordinal || n.tail !== '') return null;
  // "он тоғызыншы, жиырмасыншы ғасырларда": two centuries listed with a comma.
  if (n.endValue === undefined && tokens[n.next]?.text === ',') {
    const second = readKkNumber(tokens, n.next + 1);
    if (second?.ordinal && second.tail === '' && second.value === n.value + 1)
      return { value: n.value, end: second.value, next: second.next };
  }
  return { value: n.value, ...(n.endValue !== undefined && { end: n.endValue }), next: n.next };
}

/**
 * Centuries by their ordinal: "XXI ғасырда", "20-сыншы ғасырдағы", "он төртінші – он бесінші
 * ғасырларда", "ХХ ғасырдың басында", and a decade of one ("ХХ ғасырдың 90-жылдары"). The 20th century is TIMEX3 "19" (its years' first digits);
 * counts ("бес ғасыр") are cardinal and stay durations.
 */
export function kkCenturyTagger(tokens: readonly Token[], i: number): TokenMatch | null {
  const n = readOrdinal(tokens, i);
  if (!n || n.value < 1 || n.value > 30) return null;
  const word = tokens[n.next];
  if (word?.kind !== 'word' || !isKkForm(word.low, 'ғасыр')) return null;
  const parts: CalParts = { century: n.value - 1 };
  const end = n.end !== undefined && n.end <= 30 ? { century: n.end - 1 } : undefined;
  const genitive = /(?:ның|нің|дың|дің)$/u.test(word.low);
  // "ХХ ғасырдың 90-жылдары", "XIX ғасырдың 80-жылдарының соңында": a decade of it.
  const decade = genitive && !end ? kkDecadeOfCenturyAt(tokens, n.next + 1) : null;
  if (decade) {
    const reading = {
      kind: 'cal' as const,
      parts: { decade: (n.value - 1) * 10 + decade.decade },
      ...(decade.endDecade !== undefined && {
        end: { decade: (n.value - 1) * 10 + decade.endDecade },
      }),
      ...(decade.mod && { mod: decade.mod }),
    };
    return { from: i, to: decade.next, reading };
  }
  // ("ХХ ғасырдың басында", "ХХ ғасырдың екінші жартысында": a part or a stretch of it.)
  // ("ХХ ғасыр басында", the compound as in "жыл басында", names the part after the bare noun.)
  const named = genitive || word.low === 'ғасыр' ? kkPartAt(tokens, n.next + 1) : null;
  const stretch = genitive && !named ? kkOrdinalPartAt(tokens, n.next + 1) : null;
  const part = named ? { mod: named.value, next: named.next } : stretch;
  const reading = {
    kind: 'cal' as const,
    parts,
    ...(end && { end }),
    ...(part?.mod && { mod: part.mod }),
  };
  return { from: i, to: part ? part.next : n.next + 1, reading };
}
