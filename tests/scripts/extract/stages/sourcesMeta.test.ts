import { describe, expect, it } from 'vitest';
import { mergeMeta } from '../../../../scripts/extract/stages/sourcesMeta';

describe('mergeMeta(header, sources.json)', () => {
  it('keeps the more precise of two publication dates that agree', () => {
    const m = mergeMeta({ title: 't', published: '2026' }, { published: '2026-02-11' });
    expect(m).toMatchObject({ published: '2026-02-11', publishedFrom: 'sources.json' });
    expect(m.warnings).toEqual([]);
    expect(mergeMeta({ title: 't', published: '2026-02-11T23:37' }, { published: '2026-02-11' }))
      .toMatchObject({ published: '2026-02-11T23:37', publishedFrom: 'header' }); // prettier-ignore
  });

  it('lets the text win when the two disagree, and says so', () => {
    const m = mergeMeta({ title: 't', published: '2022-03-01' }, { published: '2022-03-02' });
    expect(m).toMatchObject({ published: '2022-03-01', publishedFrom: 'header' });
    expect(m.warnings[0]).toMatch(/the text wins/u);
  });
});
