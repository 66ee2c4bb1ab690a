import { describe, expect, it } from 'vitest';
import { firstViewSvg, type SvgEvent } from '../../../src/firstPaint/firstViewSvg';
import { THEME_ORDER } from '../../../src/model/queries/themeOrder';

const text = {
  lane: Object.fromEntries(THEME_ORDER.map((t) => [t, `lane ${t}`])) as Record<
    (typeof THEME_ORDER)[number],
    string
  >,
  ariaLabel: 'Timeline: 3 events',
};
const dots = (svg: string) =>
  [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"[^>]*><title>([^<]*)<\/title>/gu)].map(
    (m) => ({ cx: Number(m[1]), cy: Number(m[2]), title: m[3]! }),
  );

describe('firstViewSvg', () => {
  it('draws a dot per event, later dates further right, a lane per theme in the app order', () => {
    const svg = firstViewSvg(
      [
        { edtf: '2022-06-05', theme: 'elections', label: 'referendum' },
        { edtf: '2022-03-01', theme: 'party', label: 'renaming' },
        { edtf: '2022-11-20', theme: 'elections', label: 'election' },
      ],
      text,
    );
    const [referendum, renaming, election] = dots(svg);
    expect([referendum!.title, renaming!.title, election!.title]).toEqual([
      'referendum',
      'renaming',
      'election',
    ]);
    expect(renaming!.cx).toBeLessThan(referendum!.cx);
    expect(referendum!.cx).toBeLessThan(election!.cx);
    expect(renaming!.cy, 'party is the first lane').toBeLessThan(referendum!.cy);
    expect(referendum!.cy).toBe(election!.cy);
    expect(svg.indexOf('lane party')).toBeLessThan(svg.indexOf('lane elections'));
    expect(svg).not.toContain('lane society');
    expect(svg).toContain('aria-label="Timeline: 3 events"');
  });

  it('events on one pixel of one lane share a dot whose tooltip names the first and counts the rest', () => {
    const same: SvgEvent[] = Array.from({ length: 5 }, (_, i) => ({
      edtf: '2022-06-05',
      theme: 'elections',
      label: `e${i}`,
    }));
    const svg = firstViewSvg([...same, { edtf: '2024-01-01', theme: 'party', label: 'x' }], text);
    const shared = dots(svg).filter((d) => d.title.startsWith('e0'));
    expect(shared).toHaveLength(1);
    expect(shared[0]!.title).toBe('e0\n+ 4');
    expect(dots(svg)).toHaveLength(2);
  });

  it('10,000 events over four years draw at most one dot per pixel and lane', () => {
    const many: SvgEvent[] = Array.from({ length: 10_000 }, (_, i) => ({
      edtf: new Date(Date.UTC(2020, 0, 1) + (i % 1461) * 86_400_000).toISOString().slice(0, 10),
      theme: THEME_ORDER[i % THEME_ORDER.length],
      label: `e${i}`,
    }));
    const drawn = dots(firstViewSvg(many, text));
    expect(drawn.length).toBeLessThanOrEqual(1200 * THEME_ORDER.length);
    expect(drawn.length).toBeGreaterThan(1000);
  });

  it('escapes labels and draws nothing when no date can be placed', () => {
    const svg = firstViewSvg([{ edtf: '2022-06-05', theme: 'party', label: '<b>"x"</b>' }], text);
    expect(svg).toContain('&lt;b&gt;&quot;x&quot;&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
    expect(firstViewSvg([{ edtf: 'not a date', theme: 'party', label: 'x' }], text)).toBe('');
    expect(firstViewSvg([{ edtf: '2022', theme: 'unknown', label: 'x' }], text)).not.toContain(
      '<circle',
    );
  });
});
