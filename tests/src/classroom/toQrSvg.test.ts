import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { toQrSvg } from '../../../src/classroom/toQrSvg';

// Rasterises lean-qr's SVG (one rect plus one path of integer M/L/Z polygons, even-odd) at
// `scale` px per module, so jsQR can read it back as a phone camera would.
function rasterise(svg: string, scale = 4): { data: Uint8ClampedArray; size: number } {
  const [vx, vy, vw] = /viewBox="([^"]+)"/u.exec(svg)![1]!.split(' ').map(Number) as [
    number,
    number,
    number,
  ];
  const d = /<path d="([^"]+)"/u.exec(svg)![1]!;
  const polys = d
    .split('Z')
    .filter(Boolean)
    .map((p) =>
      [...p.matchAll(/[ML](-?\d+) (-?\d+)/gu)].map((m) => [Number(m[1]), Number(m[2])] as const),
    );
  const inside = (x: number, y: number) =>
    polys.reduce((n, poly) => {
      let c = false;
      for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
        const [xi, yi] = poly[i]!;
        const [xj, yj] = poly[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
      }
      return c ? n + 1 : n;
    }, 0) %
      2 ===
    1;
  const size = vw * scale;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const v = inside(vx + (px + 0.5) / scale, vy + (py + 0.5) / scale) ? 0 : 255;
      data.set([v, v, v, 255], (py * size + px) * 4);
    }
  }
  return { data, size };
}

describe('toQrSvg', () => {
  it('gives an SVG with a white quiet zone that decodes to the url', () => {
    const url =
      'http://127.0.0.1:5601/sub/path/?lang=kk&theme=party&range=2022-01-01..2026-12-31&story=amanat';
    const svg = toQrSvg(url) ?? '';
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('fill="#fff"');
    const { data, size } = rasterise(svg);
    expect(jsQR(data, size, size)?.data).toBe(url);
  });

  it('makes no reference to another origin', () => {
    expect(toQrSvg('https://school.kz/')).not.toMatch(/href|https?:\/\/(?!www\.w3\.org)/u);
  });

  it('gives null for a link longer than any QR code holds (instead of throwing)', () => {
    const url = `https://school.kz/?q=${'а'.repeat(2500)}`;
    expect(toQrSvg(url)).toBeNull();
  });
});
