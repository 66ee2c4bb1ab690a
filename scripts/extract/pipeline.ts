/**
 * The Node extractor as one pure function: files (bytes) and optional sources.json text in, the
 * events file, a report and the list of failures out. main.ts does all file I/O around it; the
 * stages are composed in createPipeline.ts, shared with the browser shell.
 */
import { createPipeline } from './createPipeline';
import { readArticle } from './stages/article';

export type {
  ArticleReader,
  ArticleSummary,
  InputFile,
  PipelineResult,
  RunPipeline,
} from './createPipeline';

export const runPipeline = createPipeline(readArticle);
