import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASPECT } from '../../../scripts/extract/events/aspect';
import {
  factorLeadingGuard,
  leadingLookbehind,
  topAlternatives,
} from '../../../scripts/extract/factorGuard';
import { KK_ASPECT } from '../../../scripts/extract/locales/kk/events/aspect';
import { RU_ASPECT } from '../../../scripts/extract/locales/ru/events/aspect';
import { explicitClasses } from '../../../scripts/extract/letterClasses';

const GUARD = String.raw`(?<![\p{L}\p{M}])`;

describe('topAlternatives and leadingLookbehind', () => {
  it.each([
    ['a|b', ['a', 'b']],
    ['(a|b)|c', ['(a|b)', 'c']],
    ['[|]|x', ['[|]', 'x']],
    [String.raw`\||y`, [String.raw`\|`, 'y']],
    ['[\\]|]z|w', ['[\\]|]z', 'w']],
  ])('splits %s at its top-level bars only', (source, alts) => {
    expect(topAlternatives(source)).toEqual(alts);
  });
  it.each([
    [`${GUARD}abc`, GUARD],
    ['(?<=[)(])x', '(?<=[)(])'],
    ['(?<!(?:a|b)c)d', '(?<!(?:a|b)c)'],
    ['(?:a)b', undefined],
    ['a(?<!b)', undefined],
  ])('reads the lookbehind that opens %s', (alt, guard) => {
    expect(leadingLookbehind(alt)).toBe(guard);
  });
});

describe('factorLeadingGuard', () => {
  it.each([
    [`${GUARD}a|${GUARD}b`, `${GUARD}(?:a|b)`],
    [`${GUARD}(x)|${GUARD}y|${GUARD}`, `${GUARD}(?:(x)|y|)`],
  ])('writes a shared guard once: %s', (source, factored) => {
    expect(factorLeadingGuard(source)).toBe(factored);
  });
  it.each([
    `${GUARD}a|b`, // one alternative unguarded
    `${GUARD}a|(?<!\\d)b`, // two different guards
    `${GUARD}a`, // nothing to factor
    `(${GUARD}a|${GUARD}b)c`, // not at the top level
  ])('leaves %s as it is', (source) => {
    expect(factorLeadingGuard(source)).toBe(source);
  });

  // Random alternations of guarded words over a small alphabet, on random texts: the factored
  // pattern finds the same first match, at the same place, with the same groups, as the original.
  const word = fc.stringMatching(/^[аәбқ]{1,3}$/u);
  const alt = fc.oneof(
    word.map((w) => `${GUARD}${w}`),
    word.map((w) => `${GUARD}(${w})\\s`),
    word.map((w) => `${GUARD}${w}[\\p{L}]*`),
  );
  const text = fc.stringMatching(/^[аәбқ ,]{0,40}$/u);
  it('finds what the unfactored pattern finds (property)', () => {
    fc.assert(
      fc.property(fc.array(alt, { minLength: 2, maxLength: 5 }), text, (alts, t) => {
        const source = alts.join('|');
        const original = new RegExp(source, 'giu');
        const factored = new RegExp(factorLeadingGuard(source), 'giu');
        expect(factorLeadingGuard(source)).not.toBe(source);
        expect([...t.matchAll(factored)].map((m) => [m.index, ...m])).toEqual(
          [...t.matchAll(original)].map((m) => [m.index, ...m]),
        );
      }),
      { numRuns: 100 },
    );
  });
});

// The locales' tense cues, compiled as the extractor compiles them (events/aspect.ts), find what
// their sources find on sentences of every tense.
const SENTENCES = {
  kk: [
    'Сайлау 20 қарашада өтеді.',
    'Президент заңға қол қойды.',
    'Партия съезін өткізбек.',
    'Комиссия шешімді жариялайтын болады.',
    'Дауыс беру қорытындысы ертең белгілі болуы мүмкін.',
    'Жаңа заңды қабылдау жоспарлануда.',
    'Депутаттар заң жобасын талқылауы тиіс.',
    'Алдағы сайлауға дайындық басталды.',
    'Біз бағдарламаны бастаймыз.',
    'Кеше өткен отырыста министр баяндама жасады.',
  ],
  ru: [
    'Выборы пройдут 20 ноября.',
    'Президент подписал закон.',
    'Партия проведёт съезд.',
    'Комиссия должна объявить итоги.',
    'Ранее сенат одобрил поправки.',
    'Глава государства выступит с посланием.',
  ],
} as const;

describe('the tense cues, compiled with their guard factored', () => {
  const cases = (['kk', 'ru'] as const).flatMap((lang) => {
    const source = lang === 'kk' ? KK_ASPECT : RU_ASPECT;
    return Object.entries(source)
      .filter(([, v]) => v instanceof RegExp)
      .flatMap(([key, v]) => SENTENCES[lang].map((s) => [lang, key, s, v as RegExp] as const));
  });
  it.each(cases)('%s %s on "%s"', (lang, key, sentence, original) => {
    const compiled = (ASPECT[lang] as unknown as Record<string, RegExp>)[key]!;
    const plain = new RegExp(
      explicitClasses(original.source, original.flags.includes('i')),
      original.flags.replace('g', ''),
    );
    const fast = new RegExp(compiled.source, compiled.flags.replace('g', ''));
    expect(fast.exec(sentence)?.index).toBe(plain.exec(sentence)?.index);
  });
});
