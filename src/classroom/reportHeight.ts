/** The message an embedded page sends its parent. */
export interface HeightMessage {
  type: 'shejire:height';
  height: number;
}

/** @example isHeightMessage({ type: 'shejire:height', height: 640 }) // true */
export function isHeightMessage(data: unknown): data is HeightMessage {
  const d = data as Partial<HeightMessage> | null;
  return !!d && d.type === 'shejire:height' && typeof d.height === 'number' && d.height >= 0;
}

/**
 * Tells the parent window the height of `element` (CSS px, rounded up) now and whenever it
 * changes. The target origin is '*' because a school site's origin is unknown and the message
 * holds nothing private. Only posts when the height changed, so a parent that resizes the
 * frame cannot start a loop. Returns a function that stops observing.
 * @example const stop = reportHeight(document.body, window.parent)
 */
export function reportHeight(
  element: Element,
  parent: Pick<Window, 'postMessage'>,
  createObserver: (cb: () => void) => Pick<ResizeObserver, 'observe' | 'disconnect'> = (cb) =>
    new ResizeObserver(cb),
): () => void {
  let last = -1;
  const post = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: 'shejire:height', height } satisfies HeightMessage, '*');
  };
  const observer = createObserver(post);
  observer.observe(element);
  post();
  return () => observer.disconnect();
}
