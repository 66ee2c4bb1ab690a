import { beforeAll, describe, expect, it } from 'vitest';
import { edtfToRange, loadEdtfGrammar, OPEN_END_MONTHS } from '../../../src/timeline/edtfToRange';

describe('edtfToRange', () => {
  beforeAll(loadEdtfGrammar);
  it('edtfToRange(day) spans that UTC day', () => {
    expect(edtfToRange('2022-03-01')).toEqual({
      start: Date.UTC(2022, 2, 1),
      end: Date.UTC(2022, 2, 2),
    });
  });
  it('edtfToRange(month) spans the whole month', () => {
    expect(edtfToRange('2022-02')).toEqual({ start: Date.UTC(2022, 1), end: Date.UTC(2022, 2) });
  });
  it('edtfToRange(year) spans the whole year', () => {
    expect(edtfToRange('2022')).toEqual({ start: Date.UTC(2022, 0), end: Date.UTC(2023, 0) });
  });
  it('edtfToRange(season) maps 21-24 to spring, summer, autumn, winter', () => {
    expect(edtfToRange('2022-21')).toEqual({ start: Date.UTC(2022, 2), end: Date.UTC(2022, 5) });
    expect(edtfToRange('2022-23')).toEqual({ start: Date.UTC(2022, 8), end: Date.UTC(2022, 11) });
    expect(edtfToRange('2022-24')).toEqual({ start: Date.UTC(2021, 11), end: Date.UTC(2022, 2) });
  });
  it('edtfToRange(interval) runs from the first day to the end of the last', () => {
    expect(edtfToRange('2022-10-06/2022-11-19')).toEqual({
      start: Date.UTC(2022, 9, 6),
      end: Date.UTC(2022, 10, 20),
    });
  });
  it('edtfToRange(open interval) gets a finite draw-end and the openEnd flag', () => {
    expect(edtfToRange('2022-06-05/..')).toEqual({
      start: Date.UTC(2022, 5, 5),
      end: Date.UTC(2022, 5 + OPEN_END_MONTHS, 5),
      openEnd: true,
    });
  });
  it('edtfToRange(open start) is flagged openStart', () => {
    const r = edtfToRange('../2022-03');
    expect(r?.openStart).toBe(true);
    expect(r?.end).toBe(Date.UTC(2022, 3));
  });
  it('edtfToRange(date-time without zone) reads it as UTC', () => {
    expect(edtfToRange('2026-02-13T19:00:00')?.start).toBe(Date.UTC(2026, 1, 13, 19));
  });
  it('edtfToRange(garbage) returns null', () => {
    expect(edtfToRange('not a date')).toBeNull();
    expect(edtfToRange('2022-13')).toBeNull();
  });
  it('edtfToRange(impossible day) returns null instead of rolling over', () => {
    expect(edtfToRange('2022-02-30')).toBeNull();
  });
  it('edtfToRange(qualified or unspecified) falls back to the edtf grammar', () => {
    expect(edtfToRange('2022?')).toEqual({ start: Date.UTC(2022, 0), end: Date.UTC(2023, 0) });
    expect(edtfToRange('2022-XX')).toEqual({ start: Date.UTC(2022, 0), end: Date.UTC(2023, 0) });
    expect(edtfToRange('2022-10/2023')).toEqual({
      start: Date.UTC(2022, 9),
      end: Date.UTC(2024, 0),
    });
  });
  it('edtfToRange reads 10,000 plain dates in well under a second', () => {
    const t = performance.now();
    for (let i = 0; i < 10_000; i++) edtfToRange(`20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 9}`);
    expect(performance.now() - t).toBeLessThan(500);
  });
});
