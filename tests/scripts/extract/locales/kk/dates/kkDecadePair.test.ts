import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * Two decades joined by a dash, "80-90 жылдары" (the 1980s and 90s), were read as a count of
 * years, "P80Y/P90Y", and "80-90-жылдары" kept only "90-жылдары"; "ХХ ғасырдың 60-70
 * жылдарында" lost its decades. Each number is a decade, as a lone "90-жылдары" is, so the pair
 * is the span of both decades, in one DATE span as KazNERD draws ranges (the span convention is
 * written down in kkCenturyRomanDash.test.ts): the plural year word with its case ending, "дейін"
 * and "бері", and a part after the genitive ("жылдардың басында") are inside.
 * Generated: pairs of round tens 30–90 × the ways news writes the numbers (digits, spaced dash,
 * glued dash, ordinal endings, number words) × the forms of "жылдар".
 */
const TENS: Record<number, { word: string; ordinal: string; ending: string }> = {
  30: { word: 'отыз', ordinal: 'отызыншы', ending: 'ыншы' },
  40: { word: 'қырық', ordinal: 'қырқыншы', ending: 'ыншы' },
  50: { word: 'елу', ordinal: 'елуінші', ending: 'інші' },
  60: { word: 'алпыс', ordinal: 'алпысыншы', ending: 'ыншы' },
  70: { word: 'жетпіс', ordinal: 'жетпісінші', ending: 'інші' },
  80: { word: 'сексен', ordinal: 'сексенінші', ending: 'інші' },
  90: { word: 'тоқсан', ordinal: 'тоқсаныншы', ending: 'ыншы' },
};
const short = (n: number) => (/ы/u.test(TENS[n]!.ending) ? 'шы' : 'ші');

/** The pair as written before the year word (which follows a space unless the dash is glued). */
const WRITINGS: ((a: number, b: number) => string)[] = [
  (a, b) => `${a}-${b} `,
  (a, b) => `${a} – ${b} `,
  (a, b) => `${a}-${b}-`,
  (a, b) => `${a}-${b}-${short(b)} `,
  (a, b) => `${a}-${b}-${TENS[b]!.ending} `,
  (a, b) => `${a}-${short(a)}-${b}-${short(b)} `,
  (a, b) => `${TENS[a]!.ordinal}-${TENS[b]!.ordinal} `,
  (a, b) => `${TENS[a]!.ordinal} – ${TENS[b]!.ordinal} `,
];
const FORMS = [
  'жылдары',
  'жылдарда',
  'жылдардағы',
  'жылдардан бері',
  'жылдарға дейін',
  'жылдардың басында',
  'жылдардың соңында',
];
const PAIRS = [30, 40, 50, 60, 70, 80].flatMap((a) =>
  [a + 10, a + 20].filter((b) => b <= 90).map((b) => [a, b] as const),
);

function wrongOf(cases: { text: string; value: string; endValue: string }[]) {
  return cases.flatMap(({ text, value, endValue }) => {
    const found = tagDates(`Бұл ${text} болды .`, { lang: 'kk', dct: '2024-05-10' });
    const ok =
      found.length === 1 &&
      found[0]!.text === text &&
      found[0]!.value === value &&
      found[0]!.endValue === endValue;
    return ok
      ? []
      : [`${text} → ${found.map((f) => `[${f.text}] ${f.value}/${f.endValue}`).join(' ')}`];
  });
}

describe('two decades joined by a dash: "80-90 жылдары"', () => {
  it.each(FORMS)('"N-M %s" spans both decades, in every writing', (form) => {
    const cases = PAIRS.flatMap(([a, b]) =>
      WRITINGS.map((write) => ({
        text: `${write(a, b)}${form}`,
        value: `19${a / 10}`,
        endValue: `19${b / 10}`,
      })),
    );
    expect(wrongOf(cases)).toEqual([]);
  });

  it.each(['XIX', 'ХХ', 'жиырмасыншы', '20-шы'])(
    'two decades of a named century: "%s ғасырдың 60-70 жылдарында"',
    (century) => {
      const c = century === 'XIX' ? '18' : '19';
      const cases = PAIRS.flatMap(([a, b]) => [
        {
          text: `${century} ғасырдың ${a}-${b} жылдарында`,
          value: `${c}${a / 10}`,
          endValue: `${c}${b / 10}`,
        },
      ]);
      expect(wrongOf(cases)).toEqual([]);
    },
  );

  it.each(['20-30 жылдары', '10-20 жылдары', '30-40 жылда', '2-3 жылдары'])(
    'leaves counts and unclear centuries as they were: "%s" is no decade',
    (text) => {
      const found = tagDates(`Бұл ${text} болды .`, { lang: 'kk', dct: '2024-05-10' });
      expect(found.every((f) => !/^\d{3}$/u.test(f.value))).toBe(true);
    },
  );
});
