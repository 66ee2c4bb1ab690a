/**
 * A state document's approval told by a perfect participle qualifying it: "Мемлекет басшысы 5
 * наурызда бекіткен тұжырымдама іске асырылуда" gave no event, while the finite "тұжырымдаманы
 * бекітті" did. The participle with its own date (бекіткен, қабылдаған, қол қойған; the passive
 * бекітілген, қабылданған) is a past step on that day, whatever the case of the noun it qualifies;
 * with no date of its own it only names the document, and a later day in the sentence is not its.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const decrees = (s: string) =>
  extractSentences('kk', s, PUB)
    .events.filter((e) => e.type === 'decree')
    .map((e) => e.date?.edtf ?? null);

const AGENTS = ['Мемлекет басшысы', 'Президент', 'Үкімет'];
const ACTIVE = ['бекіткен', 'қабылдаған', 'қол қойған'];
const PASSIVE = ['бекітілген', 'қабылданған'];
const NOUNS = ['тұжырымдама', 'стратегия', 'ұлттық бағдарлама'];
/** The noun in each case, and the rest of its sentence. */
const CASES = [
  (n: string) => `${n} іске асырылуда`,
  (n: string) => `${n}ны Үкімет іске асыруда`,
  (n: string) => `${n}да жаңа міндеттер көрсетілген`,
  (n: string) => `${n}ның мақсаттары айқын`,
];
const DATES = [
  ['5 наурызда', '2025-03-05'],
  ['2024 жылғы 3 ақпанда', '2024-02-03'],
] as const;

describe('Kazakh: a dated approving participle is the approval', () => {
  it.each(
    AGENTS.flatMap((a) =>
      ACTIVE.flatMap(
        (p) =>
        NOUNS.flatMap((n) => CASES.flatMap((c) => DATES.map(([d, iso]) => [`${a} ${d} ${p} ${c(n)}.`, iso]))), // prettier-ignore
      ),
    ),
  )('%s', (text, iso) => expect(decrees(text)).toContain(iso));
  it.each(
    PASSIVE.flatMap(
      (p) =>
      NOUNS.flatMap((n) => CASES.flatMap((c) => DATES.map(([d, iso]) => [`${d} ${p} ${c(n)}.`, iso]))), // prettier-ignore
    ),
  )('%s', (text, iso) => expect(decrees(text)).toContain(iso));
});

// With no date of its own the participle only names the document: no approval, not even on the
// day of the sentence's other act.
describe('Kazakh: an undated approving participle names the document', () => {
  it.each(
    AGENTS.flatMap((a) =>
      ACTIVE.flatMap((p) =>
        NOUNS.flatMap((n) => [
          `${a} ${p} ${n} 2026 жылы іске асырылады.`,
          `${a} ${p} ${n} іске асырылуда.`,
        ]),
      ),
    ),
  )('%s', (text) => expect(decrees(text)).toEqual([]));
});
