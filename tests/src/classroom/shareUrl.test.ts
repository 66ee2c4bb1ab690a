import { describe, expect, it } from 'vitest';
import { isLoopbackUrl, shareBaseOf } from '../../../src/classroom/shareUrl';
import { roundToDays } from '../../../src/timeline/domain';

describe('shareUrl', () => {
  it('isLoopbackUrl(url) is true only for addresses of this computer', () => {
    for (const url of [
      'http://127.0.0.1:4173/',
      'http://localhost:5173/x',
      'http://[::1]:4173/',
      'http://0.0.0.0:4173/',
    ])
      expect(isLoopbackUrl(url), url).toBe(true);
    for (const url of ['http://192.168.1.5:4173/', 'https://school.kz/tl/', 'not a url'])
      expect(isLoopbackUrl(url), url).toBe(false);
  });
  it('shareBaseOf(location, publicUrl) prefers the configured public address', () => {
    const here = { origin: 'http://127.0.0.1:4173', pathname: '/app/' };
    expect(shareBaseOf(here, 'https://school.kz/tl/?x=1')).toBe('https://school.kz/tl/');
    expect(shareBaseOf(here, '')).toBe('http://127.0.0.1:4173/app/');
  });
  it('roundToDays(domain) widens to whole UTC days', () => {
    expect(roundToDays([Date.UTC(2022, 0, 1, 5), Date.UTC(2022, 0, 3, 1)])).toEqual([
      Date.UTC(2022, 0, 1),
      Date.UTC(2022, 0, 4),
    ]);
  });
});
