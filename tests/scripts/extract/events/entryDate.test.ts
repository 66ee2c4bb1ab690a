/**
 * A page of dated entries (a week's digest, a live blog): a line that is a date and nothing else
 * heads the paragraph after it, so the day's undated acts are of that day, not of the publication.
 * A single date line is no such page, and a paragraph that opens with a day of its own keeps it.
 * Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const dated = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-02-09')
    .events.map((e) => `${e.type} ${e.date.edtf}`)
    .sort();

describe('a page of dated entries dates each entry by its heading', () => {
  it('a Kazakh week digest, Friday ("Жұма") included', () => {
    const text = [
      'Дүйсенбі, 3 ақпан',
      'Үкімет отырысында егіс науқанына дайындық қаралды.',
      '',
      'Сейсенбі, 4 ақпан',
      'Мәжіліс заң жобасын бірінші оқылымда мақұлдады.',
      '',
      'Жұма, 7 ақпан',
      '«Respublica» партиясының саяси кеңесі отырыс өткізді.',
    ].join('\n');
    expect(dated('kk', text)).toEqual([
      'law 2025-02-04',
      'meeting 2025-02-03',
      'meeting 2025-02-07',
    ]);
  });

  it('a Russian week digest, with the first heading right under the title', () => {
    const text = [
      'Понедельник, 3 февраля',
      'Мажилис одобрил законопроект о медиа в первом чтении.',
      '',
      'Пятница, 7 февраля',
      'Политсовет партии Respublica провел заседание.',
    ].join('\n');
    expect(dated('ru', text)).toEqual(['law 2025-02-03', 'meeting 2025-02-07']);
  });

  it('one date line alone heads nothing but the sentence after it', () => {
    const text = [
      '3 ақпан',
      'Мәжіліс заң жобасын бірінші оқылымда мақұлдады. Үкімет отырысында егіс науқанына дайындық қаралды.',
    ].join('\n');
    expect(dated('kk', text)).not.toContain('meeting 2025-02-03');
  });

  it('a paragraph opening with its own day keeps it under a year heading', () => {
    const text = [
      '1999 год',
      '1 марта — учредительный съезд партии «Отан». Председателем избран Нурсултан Назарбаев.',
      '',
      '2006 год',
      '4 июля — съезд, на котором к «Отану» присоединилась партия «Асар».',
    ].join('\n');
    expect(dated('ru', text)).toContain('appointment 1999-03-01');
  });
});
