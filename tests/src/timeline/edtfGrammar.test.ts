// Its own file: the edtf grammar must not be loaded yet when these run (a module per test file).
import { describe, expect, it } from 'vitest';
import raw from '../../fixtures/events.sample.json';
import { loadEvents } from '../../../src/state/loadEvents';
import { edtfToRange, needsEdtfGrammar } from '../../../src/timeline/edtfToRange';

describe('the lazily loaded edtf grammar', () => {
  it('needsEdtfGrammar() is false for what the extractor writes, true for date-times and sets', () => {
    for (const d of [
      '2022-03-01',
      '2022-10',
      '2022-21',
      '2022',
      '2022-10-06/2022-11-19',
      '2022-06-05/..',
      '2022?',
      '2022-XX',
    ])
      expect(needsEdtfGrammar(d)).toBe(false);
    for (const d of ['2026-02-13T19:00:00', '[2022,2023]']) expect(needsEdtfGrammar(d)).toBe(true);
  });

  it('edtfToRange() reads plain dates without the grammar', () => {
    expect(edtfToRange('2022-03-01')).toEqual({
      start: Date.UTC(2022, 2, 1),
      end: Date.UTC(2022, 2, 2),
    });
  });

  it('loadEvents() waits for the grammar when the data has a date that needs it', async () => {
    const file = structuredClone(raw) as {
      events: { date: { edtf: string; precision: string } }[];
    };
    file.events[0]!.date.edtf = '2022-03-01T10:00:00';
    const r = await loadEvents('x', async () => new Response(JSON.stringify(file)));
    expect(r.ok).toBe(true);
    expect(edtfToRange('2022-03-01T10:00:00')?.start).toBe(Date.UTC(2022, 2, 1, 10));
  });
});
