import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstMatches, sparseStarts } from '../../../../scripts/extract/events/firstMatches';
import { KK_TRIGGERS } from '../../../../scripts/extract/locales/kk/events/triggers';
import { RU_TRIGGERS } from '../../../../scripts/extract/locales/ru/events/triggers';

const oneByOne = (lexicon: typeof KK_TRIGGERS, s: string) =>
  lexicon.map((t) => t.pattern.exec(s)?.[0] ?? null);
const together = (lexicon: typeof KK_TRIGGERS, s: string) =>
  firstMatches(lexicon, s).map((m) => m?.[0] ?? null);
const at = (lexicon: typeof KK_TRIGGERS, s: string) =>
  firstMatches(lexicon, s).map((m) => m?.index ?? -1);

const dir = 'tests/fixtures/authored/texts';
const files = [
  ...readdirSync('seeds').map((f) => join('seeds', f)),
  ...readdirSync(dir).map((f) => join(dir, f)),
].filter((f) => f.endsWith('.txt'));
const sentencesOf = (lang: string) =>
  files
    .filter((f) => (lang === 'ru') === f.endsWith('_ru.txt'))
    .flatMap((f) => readFileSync(f, 'utf8').split(/(?<=[.!?])\s+|\n+/u))
    .filter((s) => s.trim());
const sentences = { kk: sentencesOf('kk'), ru: sentencesOf('ru') };
const words = [...new Set([...sentences.kk, ...sentences.ru].flatMap((s) => s.split(/\s+/u)))];

/** Real sentences in a text with few word starts: a long run of one letter before, after or glued on. */
const pad = 'а'.repeat(4000);
const padded = (s: string) => [
  `${pad} ${s}`,
  `${s} ${pad}`,
  `${pad}${s}`,
  `${s}${pad}`,
  `${s}${pad}${s}`,
];

describe('firstMatches: the first match of each trigger, probing word starts where they are few', () => {
  it.each([
    ['kk', KK_TRIGGERS],
    ['ru', RU_TRIGGERS],
  ] as const)(
    'gives what each %s trigger finds alone, on sentences spread over the seeds and the authored texts',
    (lang, lexicon) => {
      expect(sentences[lang].length).toBeGreaterThan(400);
      // A fixed number spread over the corpus: the cost must not grow as texts are added.
      const step = Math.ceil(sentences[lang].length / 800);
      let found = 0;
      for (const s of sentences[lang].filter((_, i) => i % step === 0)) {
        const alone = oneByOne(lexicon, s);
        expect(together(lexicon, s), s).toEqual(alone);
        found += alone.filter(Boolean).length;
      }
      expect(found).toBeGreaterThan(200);
    },
  );

  it.each([
    ['kk', KK_TRIGGERS],
    ['ru', RU_TRIGGERS],
  ] as const)(
    'gives the same when %s sentences sit in a long run of one letter',
    (lang, lexicon) => {
      // A fixed number of sentences spread over the corpus: the cost must not grow as texts are added.
      const step = Math.ceil(sentences[lang].length / 40);
      const texts = sentences[lang].filter((_, i) => i % step === 0).flatMap(padded);
      const probed = texts.filter((t) => sparseStarts(t) !== undefined);
      expect(probed.length).toBeGreaterThan(texts.length * 0.9);
      let found = 0;
      for (const s of probed) {
        const alone = oneByOne(lexicon, s);
        expect(together(lexicon, s)).toEqual(alone);
        found += alone.filter(Boolean).length;
      }
      expect(found).toBeGreaterThan(40);
    },
  );

  it('scans ordinary prose, short or long, as it is', () => {
    expect(sparseStarts(sentences.kk[0]!)).toBeUndefined();
    expect(sparseStarts(sentences.kk.join(' '))).toBeUndefined();
    expect(sparseStarts(pad)).toEqual([0]);
  });

  it('gives the same on sentences shuffled from their words, with glued punctuation', () => {
    const glue = fc.constantFrom(' ', ' ', ' ', ', ', '-', '«', '» ', '', '5 ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), glue), { maxLength: 30 }),
        (parts) => {
          const s = parts.map(([w, g]) => w + g).join('');
          for (const lexicon of [KK_TRIGGERS, RU_TRIGGERS])
            for (const t of [s, `${pad} ${s}`, `${s}${pad}`])
              expect(together(lexicon, t)).toEqual(oneByOne(lexicon, t));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('finds a trigger at the same place as its own scan, also inside a longer cue', () => {
    // "съезін өткізді" holds the generic "өткізді", which its own scan finds later.
    const s = `${pad} Партия 2022 жылы съезін өткізді, съезд өтті.`;
    expect(sparseStarts(s)).toBeDefined();
    expect(at(KK_TRIGGERS, s)).toEqual(KK_TRIGGERS.map((t) => t.pattern.exec(s)?.index ?? -1));
    expect(at(KK_TRIGGERS, s).filter((i) => i >= 0).length).toBeGreaterThan(1);
  });

  it('is empty on text with no word a trigger could start at', () => {
    expect(together(KK_TRIGGERS, 'а'.repeat(10_000)).every((m) => m === null)).toBe(true);
  });
});
