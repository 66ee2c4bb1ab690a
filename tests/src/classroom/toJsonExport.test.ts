import { describe, expect, it } from 'vitest';
import { EventsFile } from '../../../src/model/schema';
import { toJsonExport } from '../../../src/classroom/toJsonExport';
import { fixture } from './fixture';

describe('toJsonExport', () => {
  const picked = fixture.events.filter((e) => e.id !== 'election-2022-11-20');
  const out = toJsonExport(picked, fixture.sources, { url: 'http://x/?lang=kk', lang: 'kk' });

  it('is a valid EventsFile after a JSON round trip', () => {
    const back = EventsFile.parse(JSON.parse(JSON.stringify(out)));
    expect(back.events.map((e) => e.id).sort()).toEqual(picked.map((e) => e.id).sort());
  });

  it('keeps only the sources the events cite and records the view', () => {
    expect(out.sources.map((s) => s.id)).toEqual(['s1']);
    expect(out.view).toEqual({ url: 'http://x/?lang=kk', lang: 'kk' });
  });
});
