/**
 * A "this day in history" section ("Тарихта бүгін", "В этот день"): its year-led items are the
 * publication's day in their year, not the publication's date, and the section ends at a paragraph
 * that opens with no date. Articles written for this test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { extractSentences } from '../events/extractSentences';

const dates = (lang: 'kk' | 'ru', text: string, published = '2024-03-19') =>
  extractSentences(lang, text, published).events.map((e) => `${e.type} ${e.date.edtf}`);

const KK = [
  'Бүгін Мәжіліс сайлау туралы заңды қабылдады.',
  '',
  'Тарихта бүгін',
  '',
  '2019 жылы Нұрсұлтан Назарбаев Президент өкілеттігін тоқтататынын мәлімдеді.',
  '',
  '2022 жылы Ақтөбеде облыстық мәслихат сессиясы өтті.',
].join('\n');

const RU = [
  'Сегодня президент подписал закон о выборах.',
  '',
  'В этот день в истории',
  '',
  '• 2019 – Нурсултан Назарбаев объявил об отставке с поста президента.',
  '',
  '• В 2022 году в Казахстане прошел республиканский референдум.',
  '',
  'Главное за неделю: в 2023 году Мажилис принял закон о выборах.',
].join('\n');

describe('a "this day in history" section', () => {
  it('kk: each year-led item is the publication day in its year', () => {
    expect(dates('kk', KK)).toEqual(
      expect.arrayContaining(['resignation 2019-03-19', 'session 2022-03-19', 'law 2024-03-19']),
    );
  });

  it('ru: a bare year set off by a dash, "В 2022 году"; a paragraph opening otherwise ends it', () => {
    const got = dates('ru', RU);
    expect(got).toEqual(
      expect.arrayContaining(['resignation 2019-03-19', 'referendum 2022-03-19', 'law 2024-03-19']),
    );
    expect(got).toContain('law 2023');
    expect(got).not.toContain('law 2023-03-19');
  });

  it('keeps the year alone where the publication date is not known', () => {
    expect(dates('kk', KK, '')).toEqual(expect.arrayContaining(['resignation 2019']));
  });

  it('keeps the year alone where the publication is known only to a month (no day to put it on)', () => {
    const got = dates('kk', KK, '2024-03');
    expect(got).toContain('resignation 2019');
    expect(got.filter((k) => k.startsWith('resignation 2019-'))).toEqual([]);
  });

  it('leaves the expression its written value: the day is for the events only', () => {
    const values = tagDates(KK, { lang: 'kk', dct: '2024-03-19' }).map(
      (t) => `${t.text}=${t.value}`,
    );
    expect(values).toContain('2019 жылы=2019');
  });

  it('without the heading, a year-led paragraph is that year', () => {
    const text = KK.replace('Тарихта бүгін', 'Қысқаша');
    expect(dates('kk', text)).toEqual(expect.arrayContaining(['resignation 2019']));
  });
});
