import type { Domain } from '../../timeline/domain';

/**
 * A gesture's domain, frame by frame, before the store hears of it once the gesture settles
 * (useLiveDomain). The timeline sends it as a bubbling DOM event, so what sits beside it under
 * the same parent (the overview strip) can follow the gesture without re-rendering the app.
 */
const LIVE_VIEWPORT = 'shejire-live-viewport';

/** Announces the domain a gesture draws now, from the timeline's root node. */
export function sendLiveViewport(node: Element, domain: Domain): void {
  node.dispatchEvent(new CustomEvent<Domain>(LIVE_VIEWPORT, { detail: domain, bubbles: true }));
}

/** Calls onDomain with each domain a timeline inside host draws during a gesture; returns the unsubscribe. */
export function onLiveViewport(host: Element, onDomain: (domain: Domain) => void): () => void {
  const listener = (e: Event) => onDomain((e as CustomEvent<Domain>).detail);
  host.addEventListener(LIVE_VIEWPORT, listener);
  return () => host.removeEventListener(LIVE_VIEWPORT, listener);
}
