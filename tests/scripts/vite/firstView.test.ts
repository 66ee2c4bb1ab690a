import { describe, expect, it } from 'vitest';
import raw from '../../fixtures/events.sample.json';
import { EventsFile } from '../../../src/model/schema';
import { firstViewHtml } from '../../../scripts/vite/firstView';

const sample = EventsFile.parse(raw);

describe('firstViewHtml', () => {
  it('firstViewHtml(data) lists every event in Kazakh, in date order, with a dot on the timeline', () => {
    const html = firstViewHtml(sample);
    const list = /<ol>(.*?)<\/ol>/u.exec(html)![1]!;
    const items = [...list.matchAll(/<li>(.*?)<\/li>/gu)].map((m) => m[1]!);
    expect(items).toHaveLength(sample.events.length);
    for (const e of sample.events) expect(html).toContain(e.title.kk.replace(/"/gu, '&quot;'));
    // A dot per day and lane, whose tooltip names its first event and counts the others.
    const tips = [...html.matchAll(/<circle [^>]*><title>([^<]*)<\/title>/gu)].map((m) => m[1]!);
    expect(tips.length).toBeGreaterThan(1);
    const count = (tip: string) => 1 + Number(/\n\+ (\d+)$/u.exec(tip)?.[1] ?? 0);
    expect(tips.reduce((n, tip) => n + count(tip), 0)).toBe(sample.events.length);
    const dates = [...html.matchAll(/<time datetime="([^"]+)"/gu)].map((m) => m[1]!.slice(0, 7));
    expect(dates).toEqual([...dates].sort());
    expect(html).toContain('2022 ж. 1 наурыз');
  });

  it('firstViewHtml(data) escapes the text it is given', () => {
    const e = structuredClone(sample.events[0]!);
    e.title.kk = '<script>alert(1)</script>';
    const html = firstViewHtml({ ...sample, events: [e] });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
