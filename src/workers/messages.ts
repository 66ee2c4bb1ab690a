/** What the extractor worker posts back: progress while it reads, then one result. */
import type { ArticleResult } from '../../scripts/extract/browser';

export type WorkerMessage =
  | { id: number; kind: 'progress'; phase: 'reading' }
  | { id: number; kind: 'done'; result: ArticleResult };
