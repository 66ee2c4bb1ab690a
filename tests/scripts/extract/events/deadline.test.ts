/**
 * An act due by the end of a year ("до конца года", "жыл соңына дейін") is planned for that year,
 * as one due by the end of a month is; a year alone ("до 2035 года") is a horizon and dates
 * nothing. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const dated = (lang: 'kk' | 'ru', text: string, type: string) =>
  eventsOf(lang, text, '2025-11-07')
    .events.filter((e) => e.type === type)
    .map((e) => `${e.date.edtf} ${e.status}`);

describe('an act due by the end of a year', () => {
  it.each([
    ['ru', 'Правительство рассчитывает внести законопроект в Мажилис до конца года.', 'law'],
    ['ru', 'Правительство внесет законопроект в Мажилис до конца 2025 года.', 'law'],
    ['kk', 'Үкімет заң жобасын жыл соңына дейін Мәжіліске енгізеді.', 'law'],
    ['kk', 'Үкімет заң жобасын 2025 жылдың соңына дейін Мәжіліске енгізеді.', 'law'],
  ] as const)('%s: %s', (lang, text, type) => {
    expect(dated(lang, text, type)).toEqual(['2025 planned']);
  });

  it('takes its own year, not one told in the sentence before', () => {
    const text =
      'Следующий саммит может пройти в следующем году. Правительство рассчитывает внести законопроект в Мажилис до конца года.';
    expect(dated('ru', text, 'law')).toEqual(['2025 planned']);
  });

  it('while a year alone is a horizon, not a due day', () => {
    expect(
      dated('ru', 'Правительство внесет законопроект в Мажилис до 2035 года.', 'law'),
    ).not.toContain('2035 planned');
  });
});
