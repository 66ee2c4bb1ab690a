/**
 * "Послезавтра" and "позавчера" are the publication day ± 2, as "завтра" and "вчера" are ± 1, in
 * every form the grammar reads for those: the adverb and the adjective in each case
 * ("послезавтрашнее заседание", "на позавчерашнем заседании"). Sentences written for the test,
 * both word orders; the event of the adverb's sentence is dated relative to publication, with
 * the status its day gives.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { extractSentences } from '../../../events/extractSentences';

const PUBLISHED = '2025-03-12';
const values = (text: string) =>
  tagDates(text, { lang: 'ru', dct: PUBLISHED }).map((x) => [text.slice(x.start, x.end), x.value]);

const ADJECTIVE_ENDINGS = [
  'ий',
  'его',
  'ему',
  'ем',
  'яя',
  'ей',
  'юю',
  'ее',
  'ие',
  'их',
  'им',
  'ими',
];
const WORDS: [string, string][] = [
  ['послезавтра', '2025-03-14'],
  ['позавчера', '2025-03-10'],
];

describe('the adjective of "послезавтра" and "позавчера" names its day', () => {
  it.each(
    WORDS.flatMap(([word, day]) => ADJECTIVE_ENDINGS.map((e) => [`${word}шн${e}`, day] as const)),
  )('"О %s заседании" → %s', (word, day) => {
    expect(values(`Депутаты говорили о ${word} заседании.`)).toContainEqual([word, day]);
  });
});

const EVENTS: [string, string][] = [
  ['Послезавтра Мажилис рассмотрит законопроект.', 'law 2025-03-14 planned'],
  ['Мажилис рассмотрит законопроект послезавтра.', 'law 2025-03-14 planned'],
  ['Позавчера Сенат принял закон.', 'law 2025-03-10 reported'],
  ['Сенат принял закон позавчера.', 'law 2025-03-10 reported'],
];

describe('the event of such a sentence is dated from publication', () => {
  it.each(EVENTS)('%s → %s', (sentence, expected) => {
    const found = extractSentences('ru', sentence, PUBLISHED).events.map(
      (e) => `${e.type} ${e.date.edtf} ${e.status} ${e.date.method}`,
    );
    expect(found).toContain(`${expected} relative-to-publication`);
  });
});
