/**
 * The extractor as one pure function, built around an injected article reader: files (bytes) and
 * optional sources.json text in, the events file, a report and the list of failures out. The Node
 * shell binds the node:crypto reader (pipeline.ts); the browser shell binds a pure-SHA-256 one.
 */
import { EventsFile, SCHEMA_VERSION, type Source, type Unplaced } from '../../src/model/schema';
import type { Candidate } from './events/candidate';
import { forgetTexts } from './memoByText';
import { ExtractError } from './errors';
import type { Tagger } from './stages/dates';
import type { ReadArticle } from './stages/readText';
import { mergeAcross, REASONS } from './stages/merge';
import { parseSourcesJson, type SourceMeta } from './stages/sourcesMeta';
import { validate } from './stages/validate';

export interface InputFile {
  file: string;
  bytes: Uint8Array;
}

export interface ArticleSummary {
  file: string;
  events: number;
  dates: number;
  undated: number;
  duplicateOf?: string;
}

export interface PipelineResult {
  data: EventsFile;
  articles: ArticleSummary[];
  failures: ExtractError[];
  /** What was merged and inferred, for the report. */
  notes: string[];
}

/** Decodes and reads one file; throws an ExtractError naming the file when it cannot. */
export type ArticleReader = (
  file: string,
  bytes: Uint8Array,
  meta: SourceMeta | undefined,
  tag: Tagger,
) => ReadArticle;

export type RunPipeline = (
  files: InputFile[],
  sourcesJson: { file: string; text: string } | undefined,
  tag: Tagger,
  /** Called after each article, for a progress bar. */
  onProgress?: (done: number, total: number) => void,
) => PipelineResult;

/** Binds the pipeline to a reader: `createPipeline(readArticle)` is the Node extractor. */
export function createPipeline(readArticle: ArticleReader): RunPipeline {
  return (files, sourcesJson, tag, onProgress) =>
    run(readArticle, files, sourcesJson, tag, onProgress);
}

function run(
  readArticle: ArticleReader,
  files: InputFile[],
  sourcesJson: { file: string; text: string } | undefined,
  tag: Tagger,
  onProgress?: (done: number, total: number) => void,
): PipelineResult {
  forgetTexts();
  const failures: ExtractError[] = [];
  let meta: Record<string, SourceMeta> = {};
  if (sourcesJson) {
    try {
      meta = parseSourcesJson(sourcesJson.file, sourcesJson.text);
    } catch (e) {
      failures.push(asError(sourcesJson.file, e));
    }
  }
  for (const name of Object.keys(meta)) {
    if (!files.some((f) => f.file === name))
      failures.push(
        new ExtractError(sourcesJson!.file, `lists "${name}", which is not in the folder`),
      );
  }
  const read: ReadArticle[] = [];
  const notes: string[] = [];
  const byHash = new Map<string, ReadArticle>();
  const duplicates = new Map<string, string>();
  const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file));
  for (const [i, f] of sorted.entries()) {
    onProgress?.(i, sorted.length);
    try {
      const article = readArticle(f.file, f.bytes, meta[f.file], tag);
      const twin = byHash.get(article.source.hash);
      if (twin) {
        twin.source.duplicates.push(f.file);
        duplicates.set(f.file, twin.source.file);
        notes.push(`${f.file} has the same text as ${twin.source.file}: merged, not doubled`);
        continue;
      }
      byHash.set(article.source.hash, article);
      read.push(article);
    } catch (e) {
      failures.push(asError(f.file, e));
    }
  }
  const { events, unplaced } = mergeAcross(read.flatMap((a) => a.candidates));
  notes.push(
    ...mergeNotes(
      read.flatMap((a) => a.candidates),
      events.length,
    ),
  );
  const allUnplaced: Unplaced[] = [...unplaced, ...read.flatMap((a) => a.unplacedDates)];
  for (const a of read) {
    if (a.candidates.length === 0) {
      allUnplaced.push({
        sourceId: a.source.id,
        kind: 'article',
        reason: REASONS['no-event'],
        reasonCode: 'no-event',
      });
    }
  }
  const sources: Source[] = read.map((a) => ({
    ...a.source,
    stats: statsOf(a, events, allUnplaced),
  }));
  const data: EventsFile = {
    schemaVersion: SCHEMA_VERSION,
    sources,
    events,
    unplaced: allUnplaced,
  };
  const texts = new Map(read.map((a) => [a.source.id, a.text]));
  failures.push(...validate(data, texts));
  const articles: ArticleSummary[] = [
    ...sources.map((s) => ({ file: s.file, ...s.stats })),
    ...[...duplicates].map(([file, of]) => ({
      file,
      events: 0,
      dates: 0,
      undated: 0,
      duplicateOf: of,
    })),
  ].sort((a, b) => a.file.localeCompare(b.file));
  return { data, articles, failures, notes };
}

function statsOf(
  a: ReadArticle,
  events: EventsFile['events'],
  unplaced: Unplaced[],
): Source['stats'] {
  return {
    events: events.filter((e) => e.sources.some((s) => s.sourceId === a.source.id)).length,
    dates: a.timexes.filter((t) => t.type === 'DATE' || t.type === 'TIME').length,
    undated: unplaced.filter((u) => u.sourceId === a.source.id && u.kind !== 'article').length,
  };
}

function mergeNotes(candidates: Candidate[], events: number): string[] {
  return candidates.length > events
    ? [
        `${candidates.length} article-level reports became ${events} events after merging across sources`,
      ]
    : [];
}

function asError(file: string, e: unknown): ExtractError {
  return e instanceof ExtractError ? e : new ExtractError(file, (e as Error)?.message ?? String(e));
}
