import { describe, expect, it } from 'vitest';
import { headersFor } from '../../../scripts/serve/headers';

describe('headersFor(path)', () => {
  it('forbids framing the full app (frame-ancestors and X-Frame-Options)', () => {
    const h = headersFor('index.html');
    expect(h['Content-Security-Policy']).toMatch(/; frame-ancestors 'none'$/u);
    expect(h['Content-Security-Policy']).toMatch(/^default-src 'self'; script-src 'self';/u);
    expect(h['X-Frame-Options']).toBe('DENY');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Cache-Control']).toBe('no-cache');
  });

  it('lets the embed page be framed by the sites a school lists (any site by default)', () => {
    expect(headersFor('embed.html')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/u);
    const school = headersFor('embed.html', { embedAncestors: 'https://school.kz' });
    expect(school['Content-Security-Policy']).toMatch(/frame-ancestors https:\/\/school\.kz$/u);
    expect(school['X-Frame-Options']).toBeUndefined();
  });

  it('caches hashed assets for good and revalidates data, sw.js and the manifest', () => {
    expect(headersFor('assets/index-abc123.js')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const p of ['sw.js', 'data/events.json', 'manifest.webmanifest']) {
      expect(headersFor(p)['Cache-Control']).toBe('no-cache');
      expect(headersFor(p)['Content-Security-Policy']).toBeUndefined();
    }
  });
});
