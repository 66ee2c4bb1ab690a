/**
 * A chosen or dropped file as the extractor's input: .html reduced to text here (DOMParser is not
 * available in a worker), .txt passed on as bytes so the worker can detect its encoding.
 */
import type { ArticleRequest } from '../../scripts/extract/browser';
import { htmlToText } from './htmlToText';

/** Files bigger than this are refused before they are read: no article is 5 MB. */
export const MAX_FILE_BYTES = 2_000_000;

export type DroppedFile =
  | { ok: true; input: ArticleRequest['input']; name: string }
  | { ok: false; code: 'file-type' | 'too-long' | 'empty'; size?: number };

export async function readDroppedFile(file: File): Promise<DroppedFile> {
  const html = /\.html?$/iu.test(file.name) || file.type === 'text/html';
  const text = /\.txt$/iu.test(file.name) || file.type.startsWith('text/plain');
  if (!html && !text) return { ok: false, code: 'file-type' };
  if (file.size === 0) return { ok: false, code: 'empty' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, code: 'too-long', size: file.size };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!html) return { ok: true, input: { bytes }, name: file.name };
  return { ok: true, input: { text: htmlToText(decodeHtml(bytes)) }, name: file.name };
}

/** UTF-8, or Windows-1251 for the older Russian-language sites that still serve it. */
function decodeHtml(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}
