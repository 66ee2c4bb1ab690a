/**
 * Runs the extractor in its Web Worker (created on first use, kept for the next article). The
 * worker and its chunk are fetched from this site only when a teacher asks for events.
 */
import type { ArticleRequest, ArticleResult } from '../../scripts/extract/browser';
import type { WorkerMessage } from '../workers/messages';

let worker: Worker | null = null;
let nextId = 0;

/** @example const r = await extractInWorker({ input: { text } }, () => setBusy(true)) */
export function extractInWorker(
  request: ArticleRequest,
  onProgress: () => void = () => {},
): Promise<ArticleResult> {
  worker ??= new Worker(new URL('../workers/extract.worker.ts', import.meta.url), {
    type: 'module',
  });
  const w = worker;
  const id = ++nextId;
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent<WorkerMessage>) => {
      if (e.data.id !== id) return;
      if (e.data.kind === 'progress') return onProgress();
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(e.data.result);
    };
    const onError = () => {
      w.removeEventListener('message', onMessage);
      worker = null;
      w.terminate();
      resolve({ ok: false, code: 'invalid', message: 'worker' });
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, request });
  });
}
