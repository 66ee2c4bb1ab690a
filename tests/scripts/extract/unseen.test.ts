/** The extractor on articles it has never seen (written for this test, not taken from the seeds). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../scripts/extract/pipeline';

const file = (name: string) => ({
  file: name,
  bytes: new Uint8Array(readFileSync(`tests/fixtures/articles/${name}`)),
});
const r = runPipeline(
  ['ru-congress.txt', 'kk-forum.txt', 'ru-headquarters.txt', 'kk-appointment.txt'].map(file),
  undefined,
  tagDates,
);
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

  it('reads "the coalition’s headquarters started work on 19 February" as one headquarters event with its quote', () => {
    const hq = r.data.events.filter((e) => e.type === 'headquarters');
    expect(hq).toHaveLength(1);
    expect(hq[0]).toMatchObject({ date: { edtf: '2026-02-19', certainty: 'resolved' } });
    expect(hq[0]!.places.map((p) => p.id)).toEqual(['pavlodar']);
    // (The quotation's tag, "— сказал руководитель штаба", is his statement of that news day, and
    // gives the quotation to it: events/quoteTag.ts.)
    expect(find('statement', '2026-02-19')?.quotes[0]).toMatchObject({ speaker: 'Ерлан Ахметов' });
    expect(r.data.events.some((e) => e.type === 'coalition')).toBe(false);
    expect(find('referendum', '2026-03-15')).toMatchObject({
      status: 'planned',
      date: { certainty: 'stated' },
    });
  });

  it('reads an appointment on the publication day and a session "last December"', () => {
    const a = find('appointment', '2024-04-03');
    expect(a?.title.en).toBe('Serik Zhumagulov appointed akim of Turkistan Region');
    expect(a?.title.ru).toBe('Серик Жумагулов назначен акимом Туркестанской области');
    expect(a?.title.kk).toBe('Серік Жұмағұлов Түркістан облысының әкімі болып тағайындалды');
    expect(a?.places.map((p) => p.id)).toContain('turkistan-region');
    expect(find('session', '2023-12')).toMatchObject({
      date: { precision: 'month', method: 'year-from-publication' },
    });
  });

  describe('recalls, context years and plans (kk-recall, ru-recall)', () => {
    const rr = runPipeline(['kk-recall.txt', 'ru-recall.txt'].map(file), undefined, tagDates);
    const kinds = (id: string) =>
      rr.data.events
        .filter((e) => e.sources.some((s) => s.sourceId === id))
        .map((e) => `${e.type} ${e.date.edtf} ${e.status}`);

    it("dates today's news by the dateline and a plan by its own day", () => {
      expect(rr.failures).toEqual([]);
      expect(kinds('kk-recall')).toContain('law 2023-06-14 reported');
      expect(kinds('ru-recall')).toContain('law 2023-06-15 reported');
      expect(kinds('ru-recall')).toContain('law 2023-07-01 planned');
    });

    it('takes a year stated earlier in the paragraph, and shares the date of "тогда же"', () => {
      expect(kinds('kk-recall')).toContain('election 2023-03-19 reported');
      expect(kinds('ru-recall')).toContain('referendum 2022-06-05 reported');
      expect(
        rr.data.events.some((e) => e.date.edtf === '2022-06-05' && e.date.method === 'context'),
      ).toBe(true);
    });

    it('places no recalled event at the publication date', () => {
      for (const e of rr.data.events) {
        const published = e.date.method.startsWith('publication');
        const recalled = e.sources.some((s) =>
          s.evidence.some((x) => /Еске салайық|Напомним/u.test(x.text)),
        );
        expect(published && recalled, e.id).toBe(false);
      }
      expect(
        rr.data.unplaced.filter((u) => u.reasonCode === 'recalled-no-date').length,
      ).toBeGreaterThan(0);
    });
  });

  describe('a place-first dateline, a council session, a year-less agency dateline (kk-kurultai, ru-agency)', () => {
    const rr = runPipeline(['kk-kurultai.txt', 'ru-agency.txt'].map(file), undefined, tagDates);
    const of = (id: string) =>
      rr.data.events
        .filter((e) => e.sources.some((s) => s.sourceId === id))
        .map((e) => `${e.type} ${e.date.edtf} ${e.status}`);

    it('reads "Түркістан, 15 наурыз 2024" and tells today from the recalled first session', () => {
      expect(rr.data.sources.find((s) => s.id === 'kk-kurultai')?.published).toBe('2024-03-15');
      expect(of('kk-kurultai')).toEqual(
        expect.arrayContaining([
          'meeting 2024-03-15 reported',
          'meeting 2022-06-16 reported',
          'meeting 2024-03-20 planned',
        ]),
      );
      const today = rr.data.events.find((e) => e.date.edtf === '2024-03-15');
      // (The head of state took part in it: "Оған Мемлекет басшысы … Тоқаев қатысты".)
      expect(today?.title.en).toBe(
        'Kassym-Jomart Tokayev takes part in the session of the National Kurultai',
      );
    });

    it('places nothing from a dateline without a year, and keeps each day in "not yet placed"', () => {
      expect(of('ru-agency')).toEqual([]);
      const days = rr.data.unplaced
        .filter((u) => u.sourceId === 'ru-agency' && u.kind === 'event')
        .map((u) => `${u.type} ${u.timex ?? ''}`);
      expect(days).toEqual(
        expect.arrayContaining(['law XXXX-02-03', 'law XXXX-01-18', 'election XXXX-03-19']),
      );
    });
  });
});
