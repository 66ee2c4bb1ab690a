/**
 * The extractor's second shell, for a Web Worker (src/workers/extract.worker.ts): one article a
 * teacher pasted or dropped, with the publication date, publisher, URL and language they gave, in;
 * the same events file the Node shell (main.ts) would write for that article, out. No file system,
 * no network: decoding is the Node shell's own (stages/decode.ts, WHATWG TextDecoder), hashing is
 * pure (browser/sha256.ts).
 */
import type { EventsFile, Source, SourceLang } from '../../src/model/schema';
import { checkText, decode } from './stages/decode';
import { sha256Hex } from './browser/sha256';
import { createPipeline, type ArticleReader } from './createPipeline';
import { tagDates } from './dates/tagDates';
import { readArticleText } from './stages/readText';

/** Longer texts are refused with a message: a news article is rarely over 100,000 characters. */
export const MAX_CHARS = 1_000_000;

export interface ArticleRequest {
  /** Pasted text, or the bytes of a dropped .txt file (an .html file is reduced to text first). */
  input: { text: string } | { bytes: Uint8Array };
  /** EDTF date or interval "today" refers to; absent when unknown. */
  published?: string;
  publisher?: string;
  url?: string;
  /** Overrides the detected language. */
  language?: SourceLang;
}

export type ArticleResult =
  | {
      ok: true;
      data: EventsFile;
      /** The decoded text every evidence offset points into. */
      text: string;
      source: Source;
      /** Warnings and failures, as the report would list them. */
      problems: string[];
      ms: number;
    }
  | {
      ok: false;
      code: 'empty' | 'binary' | 'too-long' | 'not-cyrillic' | 'invalid';
      message: string;
    };

/** The Node reader's browser twin: same stages, platform decoder, pure SHA-256. */
export const readArticleInBrowser: ArticleReader = (file, bytes, meta, tag) =>
  readArticleText(file, decode(file, bytes).text, meta, tag, sha256Hex);

export const runPipelineInBrowser = createPipeline(readArticleInBrowser);

/**
 * Runs the pipeline on one article. The file is named after the text's hash, so the same text
 * pasted twice is one source.
 * @example extractArticle({ input: { text }, published: '2026-03-02' }, performance.now)
 */
export function extractArticle(req: ArticleRequest, now: () => number = () => 0): ArticleResult {
  const t0 = now();
  let text: string;
  try {
    text =
      'text' in req.input
        ? checkText('article', req.input.text)
        : decode('article', req.input.bytes).text;
  } catch (e) {
    const message = (e as Error).message;
    // Empty or blank is "empty"; anything the decoder cannot read as text is "binary".
    return { ok: false, code: /empty|whitespace/u.test(message) ? 'empty' : 'binary', message };
  }
  if (text.length > MAX_CHARS) {
    return {
      ok: false,
      code: 'too-long',
      message: `${text.length} characters; at most ${MAX_CHARS}`,
    };
  }
  if (cyrillicShare(text) < 0.5) {
    return { ok: false, code: 'not-cyrillic', message: 'the text is not Kazakh or Russian' };
  }
  const file = `article-${sha256Hex(text).slice(0, 12)}.txt`;
  const meta = {
    ...(req.published ? { published: req.published } : {}),
    ...(req.publisher ? { publisher: req.publisher } : {}),
    ...(req.url ? { url: req.url } : {}),
    ...(req.language ? { language: req.language } : {}),
  };
  const sourcesJson =
    Object.keys(meta).length > 0
      ? { file: 'sources.json', text: JSON.stringify({ [file]: meta }) }
      : undefined;
  const bytes = new TextEncoder().encode(text);
  const r = runPipelineInBrowser([{ file, bytes }], sourcesJson, tagDates);
  const source = r.data.sources[0];
  if (!source) {
    const reason = r.failures.map((f) => f.reason).join('; ');
    return { ok: false, code: 'invalid', message: reason || 'nothing could be read' };
  }
  const problems = [...source.warnings, ...r.failures.map((f) => f.reason)];
  return { ok: true, data: r.data, text, source, problems, ms: now() - t0 };
}

function cyrillicShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cyr = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  return letters === 0 ? 0 : cyr / letters;
}
