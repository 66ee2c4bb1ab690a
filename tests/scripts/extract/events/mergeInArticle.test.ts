import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';

const eventsOf = (text: string, language: 'kk' | 'ru') =>
  runPipeline(
    [{ file: 't.txt', bytes: new TextEncoder().encode(text) }],
    { file: 'sources.json', text: JSON.stringify({ 't.txt': { language } }) },
    tagDates,
  ).data.events;

describe('mergeInArticle: the headline restates its lead', () => {
  it('joins a headline told in other words to the lead event of its day', () => {
    const events = eventsOf(
      'Токаев подписал поправки в Конституцию: Нур-Султан вновь стал Астаной\n\n' +
        'АСТАНА, 17 сентября 2022. Сегодня Президент Касым-Жомарт Токаев подписал закон о поправках в Конституцию.\n',
      'ru',
    );
    const sameDay = events.filter((e) => e.date.edtf === '2022-09-17');
    expect(sameDay).toHaveLength(1);
    expect(sameDay[0]!.sources[0]!.evidence.map((x) => x.text)).toEqual([
      expect.stringContaining('Нур-Султан вновь стал Астаной'),
      expect.stringContaining('подписал закон о поправках'),
    ]);
  });

  it('keeps a headline event of another day apart from the lead', () => {
    const events = eventsOf(
      'Президент сайлауы 20 қарашада өтеді\n\n' +
        'Астана, 22 қыркүйек 2022. Бүгін Орталық сайлау комиссиясының отырысы өтті.\n',
      'kk',
    );
    expect(events.map((e) => `${e.type} ${e.date.edtf}`).sort()).toEqual([
      'election 2022-11-20',
      'meeting 2022-09-22',
    ]);
  });
});
