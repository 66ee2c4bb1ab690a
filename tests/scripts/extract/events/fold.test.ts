/**
 * The folds of one article (events/mergeInArticle.ts) compare a report only with the heads of its
 * key, and a bare gathering only with heads that are no bare gathering (events/fold.ts). That must
 * give what comparing every pair gives, and must not compare thousands of bare gatherings pair by
 * pair (5 MB of news on one line: 800 ms).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaption } from '../../../../scripts/extract/arguments';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import type { Candidate } from '../../../../scripts/extract/events/candidate';
import { withConvenedCongresses } from '../../../../scripts/extract/events/convenedCongress';
import { fold, type Joins } from '../../../../scripts/extract/events/fold';
import { leadOf } from '../../../../scripts/extract/events/lead';
import { foldsInArticle } from '../../../../scripts/extract/events/mergeInArticle';
import { clean } from '../../../../scripts/extract/stages/clean';
import { tagDocument } from '../../../../scripts/extract/stages/dates';
import { toDocumentDate } from '../../../../scripts/extract/stages/documentDate';
import { detectEvents } from '../../../../scripts/extract/stages/events';
import { readHeader } from '../../../../scripts/extract/stages/header';
import { detectLang } from '../../../../scripts/extract/stages/language';
import { toParagraphs, toSentences } from '../../../../scripts/extract/stages/sentences';
import type { Doc } from '../../../../scripts/extract/types';

/** An article's reports before merging, and the folds that merge them (as stages/readText.ts). */
function reportsOf(text: string, published?: string) {
  const { header, lines } = readHeader(clean(text));
  const { paragraphs } = toParagraphs(lines, parseCaption);
  const doc: Doc = {
    ...{ sourceId: 't', file: 't.txt', lang: detectLang(text), text, lines, header, paragraphs },
    sentences: toSentences(text, paragraphs),
  };
  const dct = toDocumentDate(published ?? header.published);
  const reports = withConvenedCongresses(detectEvents(doc, tagDocument(doc, dct, tagDates), dct));
  return { reports, steps: foldsInArticle(leadOf(doc), dct) };
}

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join('seeds', f), 'utf8'));
// (Written for this test: bare gatherings, a meeting told twice, a restatement, a headline.)
const written = [
  'Астанада жиын өтті\n\nАстана, 12 наурыз 2025. Бүгін Астанада жиын өтті. Жиында депутаттар сөз сөйледі. ' +
    'Сенат отырысы 12 наурызда өтті. Отырыста заң қабылданды. Бұл отырыс биылғы үшінші жиын. ' +
    'Кеше облыс әкімдігінде де жиын болды. 2024 жылы Сенат осы заңды қабылдаған еді.\n',
  'В Астане прошло заседание\n\nАстана, 12 марта 2025. Сегодня в Астане прошло заседание Сената. ' +
    'На заседании депутаты обсудили поправки. Сенат принял закон. Это заседание стало третьим. ' +
    'Вчера в акимате тоже прошло совещание. Президент подписал закон 10 марта.\n',
];
const oneLine = (text: string, times: number) => {
  const [head, ...body] = text.split('\n');
  return `${head}\n\n${Array(times).fill(body.join(' ').trim()).join(' ')}\n`;
};
const articles = [...seeds, ...written, ...seeds.slice(0, 2).map((s) => oneLine(s, 6))].map((t) =>
  reportsOf(t),
);

const counting = (joins: Joins) => {
  const counter = { calls: 0 };
  const counted: Joins = (a, b) => (counter.calls++, joins(a, b));
  return { counter, counted };
};

describe('folding the reports of one article by key', () => {
  it('has reports that merge and bare gatherings to test on', () => {
    const all = articles.flatMap((a) => a.reports);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((c) => c.generic).length).toBeGreaterThan(10);
  });

  it.each(articles.map((a, i) => [i, a] as const))(
    'article %i: each fold by key gives what comparing every pair gives, in any order',
    (_, { reports, steps }) => {
      fc.assert(
        fc.property(fc.shuffledSubarray(reports, { minLength: reports.length }), (list) => {
          let keyed: Candidate[] = list;
          let paired: Candidate[] = list;
          for (const s of steps) {
            keyed = fold(keyed, s.joins, s.keyOf, s.apart);
            paired = fold(paired, s.joins);
            expect(keyed).toEqual(paired);
          }
        }),
        { numRuns: 5 },
      );
    },
  );

  it.each([500, 2000])('does not compare %i bare gatherings pair by pair', (n) => {
    const { reports, steps } = reportsOf(oneLine(written[0]!, 1));
    const bare = reports.find((c) => c.generic)!;
    const many = Array.from({ length: n }, (_, i) => ({
      ...bare,
      sentences: [{ ...bare.sentences[0]!, start: bare.sentences[0]!.start + 1000 * (i + 1) }],
    }));
    let list: Candidate[] = [...reports, ...many];
    for (const s of steps) {
      const { counter, counted } = counting(s.joins);
      list = fold(list, counted, s.keyOf, s.apart);
      expect(counter.calls).toBeLessThan(20 * (reports.length + n));
    }
  });
});
