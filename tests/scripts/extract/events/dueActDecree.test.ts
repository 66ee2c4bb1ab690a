/**
 * A state's document approved by a body that is no head of state, which the Kazakh lexicon reads
 * as a decree ("Үкімет 7 наурызда өңірді дамыту стратегиясын бекітті"), is titled by who approved
 * what: it was a bare "Decree". Approved by the President, it stays his decree ("Tokayev signs a
 * decree"); told in the passive, "A concept approved". Generated over bodies, documents and days;
 * sentences written for this test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (text: string) =>
  extractSentences('kk', text, '2025-03-12').events.map((e) => `${e.date.edtf} ${e.title.en}`);

const BODIES = [
  ['Үкімет', 'The Government approves'],
  ['Министрлік', 'The ministry approves'],
  ['Әкімдік', 'The akimat approves'],
] as const;
const DOCS = [
  ['өңірді дамыту стратегиясын', 'a strategy', 'өңірді дамыту стратегиясы'],
  ['құқықтық саясат тұжырымдамасын', 'a concept', 'құқықтық саясат тұжырымдамасы'],
  [
    'цифрландырудың мемлекеттік бағдарламасын',
    'a programme',
    'цифрландырудың мемлекеттік бағдарламасы',
  ],
] as const;
const DAYS = [
  ['7 наурызда', '2025-03-07'],
  ['18 ақпанда', '2025-02-18'],
] as const;

describe("a state's document approved by a body", () => {
  it.each(
    BODIES.flatMap(([b, en]) =>
      DOCS.flatMap(([doc, what]) => DAYS.map(([d, day]) => [b, d, doc, day, `${en} ${what}`])),
    ),
  )('kk: %s %s %s бекітті', (b, d, doc, day, en) =>
    expect(titles(`${b} ${d} ${doc} бекітті.`)).toContain(`${day} ${en}`),
  );
  it.each(DOCS.flatMap(([, what, nom]) => DAYS.map(([d, day]) => [nom, d, day, what])))(
    'kk: %s %s бекітілді',
    (nom, d, day, what) =>
      expect(titles(`${nom} ${d} бекітілді.`)).toContain(
        `${day} ${what.charAt(0).toUpperCase()}${what.slice(1)} approved`,
      ),
  );
  it.each(DOCS.flatMap(([doc]) => DAYS.map(([d, day]) => [d, doc, day])))(
    'kk: Президент Тоқаев %s %s бекітті (his decree)',
    (d, doc, day) =>
      expect(titles(`Президент Тоқаев ${d} ${doc} бекітті.`)).toContain(
        `${day} Tokayev signs a decree`,
      ),
  );
});
