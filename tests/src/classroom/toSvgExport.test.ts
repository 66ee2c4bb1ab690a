/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { toSvgExport } from '../../../src/classroom/toSvgExport';

function timelineSvg(): SVGSVGElement {
  document.body.innerHTML = `<svg width="400" height="100"><g class="tl-mark">
    <rect class="tl-focus" width="50" height="10"></rect><text>Event</text></g></svg>`;
  return document.querySelector('svg')!;
}

describe('toSvgExport', () => {
  it('toSvgExport(svg, { decor }) adds a title, the legend and a source line, without focus rings', () => {
    const out = toSvgExport(timelineSvg(), {
      background: '#121417',
      decor: { title: 'Шежіре', legend: ['● one day', '▬ lasted'], source: 'Source: x' },
    });
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Шежіре', '● one day', '▬ lasted', 'Source: x']));
    expect(doc.querySelector('.tl-focus')).toBeNull();
    expect(doc.querySelector('rect')!.getAttribute('fill')).toBe('#121417');
    expect(Number(doc.documentElement.getAttribute('height'))).toBeGreaterThan(100);
  });
});
