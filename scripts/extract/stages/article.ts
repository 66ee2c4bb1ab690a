/**
 * Stages 1–7 for one article as the Node shell runs them: decode → the pure stages of
 * readText.ts, hashed with node:crypto. Pure: bytes and metadata in, a read article out.
 */
import { createHash } from 'node:crypto';
import type { Tagger } from './dates';
import { decode } from './decode';
import { readArticleText, type ReadArticle } from './readText';
import type { SourceMeta } from './sourcesMeta';

export type { ReadArticle };

export function readArticle(
  file: string,
  bytes: Uint8Array,
  meta: SourceMeta | undefined,
  tag: Tagger,
): ReadArticle {
  const { text } = decode(file, bytes);
  return readArticleText(file, text, meta, tag, (t) =>
    createHash('sha256').update(t).digest('hex'),
  );
}
