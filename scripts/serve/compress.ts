import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// Text compresses to a quarter or less; images and fonts are compressed already.
const TEXT = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/u;

/**
 * Whether to answer with gzip: a text type, to a client that accepts it (every browser does).
 * A school's server should do the same (nginx `gzip on; gzip_types text/css text/javascript
 * application/json …`): the app's scripts weigh about a quarter of their size so.
 * @example gzipWanted('text/javascript; charset=utf-8', 'gzip, deflate, br') // true
 */
export function gzipWanted(contentType: string, acceptEncoding: string | undefined): boolean {
  if (!TEXT.test(contentType)) return false;
  return (acceptEncoding ?? '')
    .split(',')
    .some((part) => /^\s*(gzip|\*)\s*(;\s*q=(?!0(\.0*)?\s*$)[\d.]+\s*)?$/iu.test(part));
}

const cache = new Map<string, Buffer>();

/** The file gzip-compressed, kept per version (`etag`) so each file is compressed once. */
export function gzipOf(file: string, etag: string): Buffer {
  const key = `${file}\n${etag}`;
  let body = cache.get(key);
  if (body === undefined) {
    body = gzipSync(readFileSync(file), { level: 9 });
    cache.set(key, body);
  }
  return body;
}
