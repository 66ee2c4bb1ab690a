/**
 * 29 February is a day of leap years only. Whatever year the article, its header or its context
 * gives, the extractor never writes 2023-02-29: such a value failed the whole run's validation
 * ("events.json: no such day"). Generated: the day in either language, in past and future
 * sentences, with publication dates, dateline years and stated years around it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../scripts/extract/pipeline';

const SENTENCES = {
  kk: [
    '29 ақпанда партия съезі өтті.',
    '29 ақпанда партия съезі өтеді.',
    'Сайлау 29 ақпан күні өтеді.',
  ],
  ru: [
    '29 февраля прошел съезд партии.',
    '29 февраля пройдет съезд партии.',
    'Выборы назначены на 29 февраля.',
  ],
} as const;

function run(lang: 'kk' | 'ru', body: string, published?: string) {
  const sources = { file: 'sources.json', text: JSON.stringify({ 'a.txt': { language: lang, ...(published ? { published } : {}) } }) }; // prettier-ignore
  return runPipeline([{ file: 'a.txt', bytes: new TextEncoder().encode(body) }], sources, tagDates);
}

describe('29 February', () => {
  it('is placed only in a leap year, and never fails the run (generated)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('kk' as const, 'ru' as const),
        fc.nat({ max: 2 }),
        fc.integer({ min: 2019, max: 2027 }),
        fc.option(fc.integer({ min: 2019, max: 2027 })),
        fc.boolean(),
        (lang, k, stated, publishedYear, dateline) => {
          const yearLine =
            lang === 'kk' ? `Партия ${stated} жылғы 20 қаңтарда құрылған болатын.` : `Партия была создана 20 января ${stated} года.`; // prettier-ignore
          const head = dateline ? (lang === 'kk' ? 'Астана. 29 ақпан. ҚазАқпарат – ' : 'АСТАНА, 29 февраля. /Казинформ/ – ') : ''; // prettier-ignore
          const body = `Съезд\n\n${head}${SENTENCES[lang][k]} ${yearLine}\n`;
          const r = run(lang, body, publishedYear === null ? undefined : `${publishedYear}-06-01`);
          expect(r.failures).toEqual([]);
          for (const e of r.data.events) {
            const m = /^(\d{4})-02-29/u.exec(e.date.edtf);
            if (m) expect(Number(m[1]) % 4).toBe(0);
          }
          for (const s of r.data.sources)
            if (s.published?.includes('-02-29'))
              expect(Number(s.published.slice(0, 4)) % 4).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('takes the nearest leap year the tense points to', () => {
    const past = run('kk', 'Съезд\n\n29 ақпанда партия съезі өтті.\n', '2023-06-01');
    expect(past.data.events.map((e) => e.date.edtf)).toContain('2020-02-29');
    const ahead = run('kk', 'Съезд\n\n29 ақпанда партия съезі өтеді.\n', '2023-06-01');
    expect(ahead.data.events.map((e) => e.date.edtf)).toContain('2024-02-29');
  });
});
