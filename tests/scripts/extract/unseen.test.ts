/** The extractor on articles it has never seen (written for this test, not taken from the seeds). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../scripts/extract/pipeline';

const file = (name: string) => ({
  file: name,
  bytes: new Uint8Array(readFileSync(`tests/fixtures/articles/${name}`)),
});
const r = runPipeline([file('ru-congress.txt'), file('kk-forum.txt')], undefined, tagDates);
const find = (type: string, edtf: string) =>
  r.data.events.find((e) => e.type === type && e.date.edtf === edtf);

describe('runPipeline() on unseen articles', () => {
  it('reads a Russian report: the congress on the publication day, the election resolved to 20 November', () => {
    expect(r.failures).toEqual([]);
    const congress = find('congress', '2022-10-06');
    expect(congress?.title.ru).toBe('Внеочередной XXIV съезд партии «AMANAT»');
    expect(congress?.figures[0]).toMatchObject({
      value: 400,
      unit: 'delegates',
      qualifier: 'approx',
    });
    expect(r.data.events.filter((e) => e.type === 'congress')).toHaveLength(1);
    expect(find('election', '2022-11-20')).toMatchObject({
      status: 'planned',
      title: { en: 'Presidential election' },
    });
  });

  it('reads a Kazakh report with a year-first dateline, a stated date and a planned month', () => {
    expect(r.data.sources.find((s) => s.file === 'kk-forum.txt')?.published).toBe('2023-05-12');
    const forum = find('meeting', '2023-05-11');
    expect(forum?.date.certainty).toBe('stated');
    expect(forum?.places.map((p) => p.id)).toContain('aktau');
    expect(find('election', '2024-03')).toMatchObject({
      status: 'planned',
      date: { precision: 'month' },
    });
  });
});
