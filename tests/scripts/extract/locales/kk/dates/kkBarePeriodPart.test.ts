import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * Kazakh names a part of a period with a compound, the bare noun then the part with its
 * possessive: "жыл басында" (at the start of the year) as well as the genitive "жылдың басында".
 * Only the year had it: "мамыр басында" gave "мамыр" alone, "ХХ ғасыр басында" gave "ХХ ғасыр"
 * and "90-жылдар басында" gave "90-жылдар", dropping the part and leaving a DATE span shorter
 * than KazNERD draws it (the part is inside, as in "[Жыл басында]", "[жыл басынан бері]"; the
 * span convention is written down in kkCenturyRomanDash.test.ts).
 * Generated: every month, centuries in Roman and ordinal writing, decades in digits and words,
 * each × every part word (start, end, middle) × its cases and postpositions.
 */
const PARTS: Record<string, string> = {
  басында: 'START',
  басынан: 'START',
  'басынан бері': 'START',
  'басына дейін': 'START',
  соңында: 'END',
  'соңына дейін': 'END',
  аяғында: 'END',
  'аяғына дейін': 'END',
  ортасында: 'MID',
  'ортасынан бері': 'MID',
};
/** Months by number; маусым, қазан, наурыз, тамыз are also "season", "Kazan", the spring feast
 * and "root", so alone they are read only in context (kkMonthContext.ts) and are left out. */
const MONTHS: [string, number][] = [
  ['қаңтар', 1], ['ақпан', 2], ['сәуір', 4], ['мамыр', 5], ['шілде', 7],
  ['қыркүйек', 9], ['қараша', 11], ['желтоқсан', 12],
]; // prettier-ignore

const PERIODS: { text: string; value: string }[] = [
  ...MONTHS.map(([m, k]) => ({ text: m, value: `2024-${String(k).padStart(2, '0')}` })),
  { text: 'ХХ ғасыр', value: '19' },
  { text: 'XXI ғасыр', value: '20' },
  { text: 'XIX ғасыр', value: '18' },
  { text: 'жиырмасыншы ғасыр', value: '19' },
  { text: '20-ғасыр', value: '19' },
  { text: '90-жылдар', value: '199' },
  { text: '1990 жылдар', value: '199' },
  { text: 'тоқсаныншы жылдар', value: '199' },
  { text: '2000-жылдар', value: '200' },
];

describe('a part named after the bare noun: "мамыр басында", "ХХ ғасыр басында"', () => {
  it.each(Object.entries(PARTS))('"… %s" joins the period, as "жыл басында" does', (part, mod) => {
    const wrong = PERIODS.flatMap(({ text: period, value }) => {
      const text = `${period} ${part}`;
      const found = tagDates(`Бұл ${text} болды .`, { lang: 'kk', dct: '2024-12-20' });
      const t = found[0];
      const ok = found.length === 1 && t!.text === text && t!.value === value && t!.mod === mod;
      return ok
        ? []
        : [`${text} → ${found.map((f) => `[${f.text}] ${f.value} ${f.mod}`).join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });

  it.each(['бас', 'басшысы', 'басқармасы', 'соңғы'])('"мамыр %s …" is no part of May', (word) => {
    const found = tagDates(`Бұл мамыр ${word} келді .`, { lang: 'kk', dct: '2024-12-20' });
    expect(found.filter((f) => f.text.includes(word))).toEqual([]);
  });
});
