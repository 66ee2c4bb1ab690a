/**
 * What the events stage reads of a whole article: whether its votes are a referendum's, and which
 * of its dates can frame a year (a year a plan or budget is for frames nothing). Texts written for
 * the test, through the pipeline's own stages.
 */
import { describe, expect, it } from 'vitest';
import { articleFacts } from '../../../../scripts/extract/events/articleFacts';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import type { Doc } from '../../../../scripts/extract/types';
import type { DocTimex } from '../../../../scripts/extract/stages/dates';

const facts = (lang: 'kk' | 'ru', text: string) => {
  const timexes = tagDates(text, { lang }).map((t, i) => ({ ...t, sentence: 0, id: i }));
  return articleFacts(
    { lang, text, paragraphs: [], sentences: [] } as unknown as Doc,
    timexes as unknown as DocTimex[],
  );
};

describe('articleFacts', () => {
  it('a referendum article that names no election votes in the referendum', () => {
    expect(facts('ru', 'Референдум пройдет 15 марта.').referendumArticle).toBe(true);
    expect(facts('ru', 'Референдум и выборы пройдут весной.').referendumArticle).toBe(false);
    // (The election commission runs referendums too.)
    expect(
      facts('kk', 'Орталық сайлау комиссиясы референдум қорытындысын шығарды.').referendumArticle,
    ).toBe(true);
  });

  it('a year a budget is for frames no other date', () => {
    const years = (text: string) => facts('ru', text).withYear.map((t) => t.value);
    expect(years('Бюджет на 2026 год принят в 2025 году.')).toEqual(['2025']);
  });

  it('an article about the National Kurultai reads a bare "құрылтай" as that council', () => {
    expect(facts('kk', 'Ұлттық құрылтай отырысы өтті.').kurultaiArticle).toBe(true);
    expect(facts('kk', 'Партия құрылтайы өтті.').kurultaiArticle).toBe(false);
  });
});
