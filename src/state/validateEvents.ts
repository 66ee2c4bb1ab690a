import type { ParsedEvents } from './parseEventsText';

/** A validation under way: `check` gives it the file's text; `cancel` stops it unused. */
export interface Validation {
  check: (text: string) => Promise<ParsedEvents>;
  cancel: () => void;
}

/** The validation worker, or null where the page cannot start one (tests in Node, old browsers). */
export type WorkerFactory = () => Worker | null;

const createValidationWorker: WorkerFactory = () =>
  typeof Worker === 'function'
    ? new Worker(new URL('../workers/validate.worker.ts', import.meta.url), { type: 'module' })
    : null;

/** In the page: the schema (zod) is then fetched only when a file is checked. */
const checkHere = async (text: string): Promise<ParsedEvents> =>
  (await import('./parseEventsText')).parseEventsText(text);

/**
 * Start the validation worker now, so its code (zod and the schema) downloads beside the data
 * file, and check the text in it when it has arrived. The worker is used once and ended, so its
 * memory goes with it. When no worker can start or it fails, the check runs in the page: the same
 * function, the same result, only slower to the first render.
 * @example const v = startValidation(); const parsed = await v.check(await res.text());
 */
export function startValidation(createWorker: WorkerFactory = createValidationWorker): Validation {
  let worker: Worker | null = null;
  try {
    worker = createWorker();
  } catch {
    worker = null;
  }
  const cancel = () => worker?.terminate();
  const check = (text: string): Promise<ParsedEvents> => {
    const w = worker;
    if (w === null) return checkHere(text);
    return new Promise<ParsedEvents>((resolve) => {
      w.onmessage = (e: MessageEvent<ParsedEvents>) => resolve(e.data);
      // A worker that cannot load (a server that blocks it) or crashes: check here instead.
      w.onerror = (e) => {
        e.preventDefault();
        resolve(checkHere(text));
      };
      w.postMessage(text);
    }).finally(cancel);
  };
  return { check, cancel };
}
