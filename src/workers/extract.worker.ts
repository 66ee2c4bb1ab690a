/**
 * The extractor in a Web Worker: a thin shell around scripts/extract/browser.ts, loaded only when a
 * teacher adds an article (src/curation/extractInWorker.ts), never with the first page load.
 */
import { extractArticle, type ArticleRequest } from '../../scripts/extract/browser';
import type { WorkerMessage } from './messages';

self.onmessage = (e: MessageEvent<{ id: number; request: ArticleRequest }>) => {
  const { id, request } = e.data;
  const post = (m: WorkerMessage) => self.postMessage(m);
  post({ id, kind: 'progress', phase: 'reading' });
  try {
    post({ id, kind: 'done', result: extractArticle(request, () => performance.now()) });
  } catch (err) {
    // An extractor bug is still a message in the dialog, never a silent stall.
    const message = err instanceof Error ? err.message : String(err);
    post({ id, kind: 'done', result: { ok: false, code: 'invalid', message } });
  }
};
