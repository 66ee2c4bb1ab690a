/**
 * The day after tomorrow ("бүрсігүні", spelt also "бүрсүгүні", "бүрсікүні") and the day before
 * yesterday ("арғы күні") are the publication day ± 2, as "ертең" and "кеше" are ± 1: each form
 * the grammar reads for those (the adverb, the attributive -гі, the dative, the ablative), read as
 * a day, and the event of its sentence dated relative to publication, with the status its tense
 * and its day give. Sentences written for the test, both word orders.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { extractSentences } from '../../../events/extractSentences';

const PUBLISHED = '2025-03-12';

const values = (text: string) =>
  tagDates(text, { lang: 'kk', dct: PUBLISHED }).map((x) => [text.slice(x.start, x.end), x.value]);

const AFTER = ['бүрсігүн', 'бүрсүгүн', 'бүрсікүн'];
/** [a sentence with the day word in it (W), the word's form, its day]. */
const TIMEXES: [string, string, string][] = [
  ...AFTER.flatMap((stem): [string, string, string][] => [
    ['W Мәжіліс заң жобасын қарайды.', `${stem}і`, '2025-03-14'],
    ['Мәжіліс W отырыста заң жобасын қарайды.', `${stem}гі`, '2025-03-14'],
    // (The postposition joins the date, as in "ертеңге дейін".)
    ['Құжат W жарияланады.', `${stem}ге дейін`, '2025-03-14'],
    ['Жаңа тәртіп W бастап күшіне енеді.', `${stem}нен`, '2025-03-14'],
  ]),
  ['W Сенат заңды қабылдады.', 'арғы күні', '2025-03-10'],
  ['Сенат W отырыста заңды қабылдады.', 'арғы күнгі', '2025-03-10'],
];

describe('"бүрсігүні" and "арғы күні" are two days from publication', () => {
  it.each(TIMEXES)('%s, W = %s → %s', (sentence, word, day) => {
    const text = sentence.replace('W', word);
    const first = text.startsWith(word) ? word[0]!.toUpperCase() + word.slice(1) : word;
    const written = text.startsWith(word) ? first + text.slice(word.length) : text;
    expect(values(written)).toContainEqual([first, day]);
  });
});

/** [sentence, the event, its day, its status]. */
const EVENTS: [string, string][] = [
  ...AFTER.flatMap((stem): [string, string][] => [
    [
      `${stem[0]!.toUpperCase()}${stem.slice(1)}і Мәжіліс заң жобасын қарайды.`,
      'law 2025-03-14 planned',
    ],
    [`Мәжіліс ${stem}і заң жобасын қарайды.`, 'law 2025-03-14 planned'],
  ]),
  ['Арғы күні Сенат заңды қабылдады.', 'law 2025-03-10 reported'],
  ['Сенат арғы күні заңды қабылдады.', 'law 2025-03-10 reported'],
];

describe('the event of such a sentence is dated from publication', () => {
  it.each(EVENTS)('%s → %s', (sentence, expected) => {
    const found = extractSentences('kk', sentence, PUBLISHED).events.map(
      (e) => `${e.type} ${e.date.edtf} ${e.status} ${e.date.method}`,
    );
    expect(found).toContain(`${expected} relative-to-publication`);
  });
});
