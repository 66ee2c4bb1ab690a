/**
 * Stage 4 — source metadata: the optional seeds/sources.json gives, per file, what the text does
 * not (url, publisher, language, EDTF publication date or interval, and a note on where that came from).
 * The text's own header wins; a disagreement becomes a warning in the report.
 */
import edtf from 'edtf';
import { z } from 'zod';
import { SourceLang } from '../../../src/model/schema';
import { ExtractError } from '../errors';
import type { Header } from '../types';

const Meta = z
  .object({
    url: z.string().url().optional(),
    publisher: z.string().min(1).optional(),
    language: SourceLang.optional(),
    published: z
      .string()
      .refine(isEdtf, { message: 'is not an EDTF date or interval (e.g. 2022-10-06/2022-11-19)' })
      .optional(),
    note: z.string().optional(),
  })
  .strict();
export type SourceMeta = z.infer<typeof Meta>;

const SourcesJson = z.record(z.string(), Meta);

/** Parses sources.json; every problem is listed in one error naming the file. */
export function parseSourcesJson(file: string, text: string): Record<string, SourceMeta> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ExtractError(file, `not valid JSON (${(e as Error).message})`);
  }
  const r = SourcesJson.safeParse(json);
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`);
    throw new ExtractError(file, issues.join('; '));
  }
  return r.data;
}

function isEdtf(s: string): boolean {
  try {
    edtf(s);
    return true;
  } catch {
    return false;
  }
}

export interface Merged {
  publisher?: string;
  published?: string;
  publishedFrom: 'header' | 'sources.json' | 'unknown';
  url?: string;
  note?: string;
  warnings: string[];
}

/** Header fields win over sources.json; each disagreement is reported. */
export function mergeMeta(header: Header, meta: SourceMeta | undefined): Merged {
  const warnings: string[] = [];
  const differs = (a?: string, b?: string) => a !== undefined && b !== undefined && a !== b;
  if (differs(header.publisher, meta?.publisher))
    warnings.push(
      `publisher: the text says "${header.publisher}", sources.json says "${meta!.publisher}"; the text wins`,
    );
  // Two dates agree when one is a prefix of the other ("2026" in "Кеше 2026, 23:37" and 2026-02-11):
  // then the more precise wins; when they disagree, the text does.
  const h = header.published;
  const m = meta?.published;
  const agree = h !== undefined && m !== undefined && (h.startsWith(m) || m.startsWith(h));
  if (h && m && !agree)
    warnings.push(`published: the text says ${h}, sources.json says ${m}; the text wins`);
  const fromMeta = m !== undefined && (h === undefined || (agree && m.length > h.length));
  const published = fromMeta ? m : h;
  return {
    publisher: header.publisher ?? meta?.publisher,
    published,
    publishedFrom: published === undefined ? 'unknown' : fromMeta ? 'sources.json' : 'header',
    url: meta?.url,
    note: meta?.note,
    warnings,
  };
}
