/**
 * What the five seed articles must yield (issue 2, "What it must show"). Runs the real pipeline on
 * seeds/ and fails if any expected event is missing, misdated or lacks its arguments and evidence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tagDates } from '../../../scripts/extract/dates/tagDates';
import { runPipeline, type PipelineResult } from '../../../scripts/extract/pipeline';
import type { Event } from '../../../src/model/schema';

let result: PipelineResult;
const texts = new Map<string, string>();

function run(): PipelineResult {
  const files = readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(`seeds/${file}`)) }));
  const sources = { file: 'sources.json', text: readFileSync('seeds/sources.json', 'utf8') };
  return runPipeline(files, sources, tagDates);
}

beforeAll(() => {
  result = run();
  for (const f of readdirSync('seeds'))
    texts.set(f.replace(/\.txt$/u, ''), readFileSync(`seeds/${f}`, 'utf8'));
});

const on = (date: string, type: Event['type']) =>
  result.data.events.filter((e) => e.date.edtf === date && e.type === type);
const one = (date: string, type: Event['type']) => {
  const found = on(date, type);
  expect(found, `one ${type} event on ${date}`).toHaveLength(1);
  return found[0]!;
};
const names = (e: Event) => e.actors.map((a) => a.name).join(' | ');
const placeIds = (e: Event) => e.places.map((p) => p.id);
const figure = (e: Event, unit: string) => e.figures.find((f) => f.unit === unit);
const sourcesOf = (e: Event) => e.sources.map((s) => s.sourceId.slice(0, 3)).sort();

describe('the seeds', () => {
  it('extract without failures', () => {
    expect(result.failures.map((f) => f.message)).toEqual([]);
  });

  it('2022-03-01: Nur Otan’s extraordinary XXII congress with about 399 delegates', () => {
    const e = one('2022-03-01', 'congress');
    expect(e.title.en).toMatch(/22nd congress of Nur Otan/u);
    expect(e.title.kk).toContain('XXII');
    expect(figure(e, 'delegates')).toMatchObject({ value: 399, qualifier: 'approx' });
    expect(names(e)).toMatch(/Тоқаев/u);
    expect(names(e)).toMatch(/Оралов/u);
    expect(e.date).toMatchObject({ precision: 'day', method: 'publication-date' });
    expect(e.organisations.map((o) => o.id)).toContain('nur-otan');
  });

  it('2022-03-01: the proposal to rename Nur Otan AMANAT, supported by Tokayev, told by 003 and 001', () => {
    const e = one('2022-03-01', 'renaming');
    expect(e.title.en).toBe('Nur Otan renamed AMANAT');
    expect(names(e)).toMatch(/Қошанов/u);
    expect(names(e)).toMatch(/Тоқаев/u);
    expect(sourcesOf(e)).toEqual(['001', '003']);
  });

  it('2022-03-16: the reforms Tokayev announced he would present, planned, year from the publication date', () => {
    const e = one('2022-03-16', 'reform');
    expect(e.status).toBe('planned');
    expect(names(e)).toMatch(/Тоқаев/u);
    expect(e.date).toMatchObject({
      precision: 'day',
      certainty: 'resolved',
      method: 'year-from-publication',
    });
    expect(e.date.evidence?.expression?.text).toBe('16-наурызда');
  });

  it('2022-11-20: the presidential election, resolved from "20 қарашада" and the publication interval', () => {
    const e = one('2022-11-20', 'election');
    expect(e.title.en).toBe('Presidential election');
    expect(e.status).toBe('planned');
    expect(e.date).toMatchObject({ certainty: 'resolved', timex: '2022-11-20' });
    expect(e.date.evidence?.expression?.text).toBe('20 қарашада');
  });

  it('2026-02-13: regional coalitions start work in Kyzylorda, Shymkent, Pavlodar, Zhambyl and Oral; about 700 events', () => {
    const regional = on('2026-02-13', 'coalition').filter((x) => x.places.length > 0);
    expect(regional).toHaveLength(1);
    const e = regional[0]!;
    expect(e.title.en).toMatch(/^Regional coalitions start work/u);
    expect(placeIds(e)).toEqual(
      expect.arrayContaining(['kyzylorda', 'shymkent', 'pavlodar', 'jambyl', 'oral']),
    );
    expect(figure(e, 'events')).toMatchObject({ value: 700, qualifier: 'approx' });
    expect(e.themes).toContain('constitution');
  });

  it('2026-02-16: the national coalition’s Astana headquarters opens; about 1000 events, 700 thousand people', () => {
    const e = one('2026-02-16', 'headquarters');
    expect(placeIds(e)).toEqual(['astana']);
    expect(figure(e, 'events')).toMatchObject({ value: 1000, qualifier: 'approx' });
    expect(figure(e, 'people')).toMatchObject({ value: 700000 });
    expect(e.organisations.map((o) => o.id)).toContain('national-coalition');
  });

  it('does not date the national coalition’s make-up, which 002 and 004 only recall ("Айта кетейік")', () => {
    const placed = result.data.events.filter(
      (x) =>
        x.type === 'coalition' && x.places.length === 0 && x.date.method.startsWith('publication'),
    );
    expect(placed).toEqual([]);
    const recalled = result.data.unplaced.filter(
      (u) => u.type === 'coalition' && u.reasonCode === 'recalled-no-date',
    );
    expect(recalled.length).toBeGreaterThan(0);
  });

  it('places no event from a recall without a date of its own', () => {
    for (const e of result.data.events) {
      if (!e.date.method.startsWith('publication')) continue;
      for (const s of e.sources)
        for (const span of s.evidence)
          expect(span.text, e.id).not.toMatch(/^(?:Айта кетейік|Еске сала|Бұған дейін|Напомним)/u);
    }
  });

  it('never draws the one-day XXIV congress across 000’s publication interval', () => {
    const bars = result.data.events.filter(
      (e) => e.type === 'congress' && e.date.precision === 'interval',
    );
    expect(bars).toEqual([]);
    expect(
      result.data.unplaced.some((u) => u.type === 'congress' && u.sourceId.startsWith('000')),
    ).toBe(true);
  });

  it('keeps the 20 November 2022 election as announced by 000 (planned as of its article), once', () => {
    const e = one('2022-11-20', 'election');
    expect(e.status).toBe('planned');
    expect(e.date).toMatchObject({
      method: 'year-from-publication',

      certainty: 'resolved',
    });
  });

  it('tells the 16 March 2022 Address once, at its own date, never at a publication date', () => {
    const addresses = result.data.events.filter(
      (e) => e.type === 'address' || (e.type === 'reform' && e.date.edtf.startsWith('2022-03-16')),
    );
    expect(addresses.filter((e) => e.date.method.startsWith('publication'))).toEqual([]);
    expect(addresses.filter((e) => e.date.edtf === '2022-03-16')).toHaveLength(1);
  });

  it('holds the other dated events of the texts: the 2010 OSCE summit', () => {
    const e = one('2010', 'meeting');
    expect(e.date.certainty).toBe('stated');
    expect(e.title.en).toBe('OSCE summit');
  });

  it('gives every evidence span as an exact substring of its source file', () => {
    for (const e of result.data.events) {
      for (const s of e.sources) {
        for (const span of s.evidence)
          expect(texts.get(s.sourceId)!.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });

  it('lists what could not be placed instead of dropping it', () => {
    expect(result.data.unplaced.length).toBeGreaterThan(0);
    expect(result.data.unplaced.every((u) => u.reason.length > 0)).toBe(true);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    expect(JSON.stringify(run().data)).toBe(JSON.stringify(result.data));
  });
});
