import type { Grammar, TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { guessKkDirection } from './guessKkDirection';
import { kkCalendarTagger } from './kkCalendarTagger';
import { kkDurationTagger } from './kkDurationTagger';
import { createMayStart } from '../../../dates/createMayStart';
import {
  KK_MODIFIERS,
  KK_MONTHS,
  KK_NUMBERS,
  KK_POSTPOSITIONS,
  KK_SEASONS,
  KK_UNITS,
  KK_WEEKDAYS,
} from './kkLexicon';
import { kkRelativeTagger } from './kkRelativeTagger';

/** Takes the postpositions after a match: "2 жыл бұрын" (ago), "бүгінге дейін", "20 жылға жуық". */
function extendKk(tokens: readonly Token[], match: TokenMatch): TokenMatch {
  let { to, reading } = match;
  for (;;) {
    const t = tokens[to];
    const post = t?.kind === 'word' ? KK_POSTPOSITIONS.get(t.low) : undefined;
    if (!post) break;
    if (post.shift && reading.kind === 'dur') {
      reading = {
        kind: 'shift',
        unit: reading.unit,
        amount: reading.amount,
        direction: post.shift,
      };
    }
    if (post.mod && reading.kind !== 'set' && !reading.mod) reading = { ...reading, mod: post.mod };
    to += 1;
  }
  // "27-нші наурыз бен 4-інші сәуір аралығында": two dates joined into one range.
  const joined = ['мен', 'бен', 'пен'].includes(tokens[to]?.low ?? '')
    ? kkCalendarTagger(tokens, to + 1)
    : null;
  if (reading.kind === 'cal' && joined?.reading.kind === 'cal') {
    const k = tokens[joined.to]?.low === 'күндері' ? joined.to + 1 : joined.to;
    if (tokens[k]?.low === 'аралығында')
      return { from: match.from, to: k + 1, reading: { ...reading, end: joined.reading.parts } };
  }
  // "3 жастан 6 жасқа дейінгі": a range written as from-duration to-duration.
  const last = tokens[to - 1]?.low ?? '';
  if (reading.kind === 'dur' && /(?:нан|нен|дан|ден|тан|тен)$/u.test(last)) {
    const upTo = kkDurationTagger(tokens, to);
    if (upTo?.reading.kind === 'dur' && upTo.reading.unit === reading.unit) {
      const grown = extendKk(tokens, upTo);
      return {
        from: match.from,
        to: grown.to,
        reading: { ...reading, endAmount: upTo.reading.amount },
      };
    }
  }
  return { from: match.from, to, reading };
}

/** Kazakh: calendar dates first (they win ties), then relative dates, then durations and sets. */
export const kkGrammar: Grammar = {
  taggers: [kkCalendarTagger, kkRelativeTagger, kkDurationTagger],
  // Every word a Kazakh tagger may start with (see each tagger's first token).
  mayStart: createMayStart([
    ...[KK_MONTHS, KK_NUMBERS, KK_UNITS, KK_SEASONS, KK_WEEKDAYS, KK_MODIFIERS].flatMap((m) => [
      ...m.keys(),
    ]),
    ...['бүгін', 'кеше', 'ертең', 'биыл', 'былтыр', 'дәл', 'жыл', 'күнде', 'күнделікті'],
    ...['бірнеше', 'бірер', 'көп', 'талай', 'шамамен', 'шамасы', 'тура'],
  ]),
  extend: extendKk,
  direction: guessKkDirection,
};
