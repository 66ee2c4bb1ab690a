/**
 * Runs the extractor in its Web Worker (created on first use, kept for the next article). The
 * worker and its chunk are fetched from this site only when the Add-an-article dialog opens.
 */
import type { ArticleRequest, ArticleResult } from '../../scripts/extract/browser';
import type { WorkerMessage } from '../workers/messages';

let worker: Worker | null = null;
let nextId = 0;

function workerOf(): Worker {
  worker ??= new Worker(new URL('../workers/extract.worker.ts', import.meta.url), {
    type: 'module',
  });
  return worker;
}

/**
 * Starts the worker and reads a two-line article in it while the teacher is still pasting: the
 * extractor's first run compiles its patterns (about a second), so the real article is then quick.
 */
export function warmUp(): void {
  workerOf().postMessage({ id: 0, request: { input: { text: WARM_UP }, published: '2026-01-01' } });
}

const WARM_UP = 'Сайлау\n\nБүгін Астанада 5 наурызда съезд өтті. Вчера в Алматы прошло заседание.';

/** @example const r = await extractInWorker({ input: { text } }, () => setBusy(true)) */
export function extractInWorker(
  request: ArticleRequest,
  onProgress: () => void = () => {},
): Promise<ArticleResult> {
  const w = workerOf();
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
