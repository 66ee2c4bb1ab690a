import type { Domain } from '../../timeline/domain';

/**
 * A gesture's domain, frame by frame, before the store hears of it: the timeline's wheel, drag
 * and pinch (reported once they settle, useLiveDomain) and the overview strip's brushing
 * (reported when it ends). Each sends it as a bubbling DOM event from its root, and the other,
 * under the same parent, follows it without the app re-rendering per frame.
 */
const LIVE_VIEWPORT = 'shejire-live-viewport';

/** Announces the domain a gesture draws now, from the sender's root node. */
export function sendLiveViewport(node: Element, domain: Domain): void {
  node.dispatchEvent(new CustomEvent<Domain>(LIVE_VIEWPORT, { detail: domain, bubbles: true }));
}

/**
 * Calls onDomain with each domain sent from inside host by another node than `self`; returns
 * the unsubscribe.
 */
export function onLiveViewport(
  host: Element,
  self: Element,
  onDomain: (domain: Domain) => void,
): () => void {
  const listener = (e: Event) => {
    if (e.target !== self) onDomain((e as CustomEvent<Domain>).detail);
  };
  host.addEventListener(LIVE_VIEWPORT, listener);
  return () => host.removeEventListener(LIVE_VIEWPORT, listener);
}
