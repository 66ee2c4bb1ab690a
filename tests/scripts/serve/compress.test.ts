import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipOf, gzipWanted } from '../../../scripts/serve/compress';

describe('gzipWanted', () => {
  it('gzipWanted(type, accept) is true for text a client accepts gzip for', () => {
    expect(gzipWanted('text/javascript; charset=utf-8', 'gzip, deflate, br')).toBe(true);
    expect(gzipWanted('application/json; charset=utf-8', 'br;q=1, gzip;q=0.8')).toBe(true);
    expect(gzipWanted('image/svg+xml', '*')).toBe(true);
  });

  it('gzipWanted(type, accept) is false for images, fonts, or a client without gzip', () => {
    expect(gzipWanted('image/png', 'gzip')).toBe(false);
    expect(gzipWanted('font/woff2', 'gzip')).toBe(false);
    expect(gzipWanted('text/css', undefined)).toBe(false);
    expect(gzipWanted('text/css', 'identity')).toBe(false);
    expect(gzipWanted('text/css', 'gzip;q=0')).toBe(false);
  });
});

describe('gzipOf', () => {
  it('gzipOf(file, etag) is the file compressed, read again only for a new etag', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gz-')), 'a.js');
    writeFileSync(file, 'console.log(1);'.repeat(100));
    expect(gunzipSync(gzipOf(file, '"1"')).toString()).toBe('console.log(1);'.repeat(100));
    writeFileSync(file, 'changed');
    expect(gunzipSync(gzipOf(file, '"1"')).toString()).toContain('console.log(1);');
    expect(gunzipSync(gzipOf(file, '"2"')).toString()).toBe('changed');
  });
});
