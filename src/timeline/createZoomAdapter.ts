import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { coalesceFrames, type FrameScheduler } from './coalesceFrames';
import { clampDomain, panDomain, type Domain } from './domain';
import { domainToTransform, transformToDomain } from './transform';

export interface ZoomAdapterOptions {
  /** The visible domain after clamping. */
  domain: Domain;
  /** The domain drawn at k = 1; zooming out stops there. */
  full: Domain;
  widthPx: number;
  heightPx: number;
  /** Narrowest domain allowed, ms. */
  minSpanMs: number;
  /** Skip animated transitions (double-click zoom). */
  reducedMotion: boolean;
}

export interface ZoomAdapter {
  /** Pushes new props in; moves d3-zoom's own transform to match without emitting onDomain. */
  update(options: ZoomAdapterOptions): void;
  destroy(): void;
}

const EPSILON = 1e-6;

/**
 * Binds d3-zoom (wheel, trackpad pinch, touch pinch, drag) to a DOM node and reports user
 * gestures as visible domains, at most one per animation frame (the latest): input comes faster
 * than frames and does not wait for them. d3-zoom owns gestures; this file only translates
 * between its transform and our Domain, so React never sees d3-zoom and the maths stays in
 * transform.ts.
 */
export function createZoomAdapter(
  node: Element,
  initial: ZoomAdapterOptions,
  onDomain: (domain: Domain) => void,
  frames?: FrameScheduler,
): ZoomAdapter {
  let o = initial;
  // The newest domain the gestures asked for: drawn or waiting for its frame.
  let current = o.domain;
  const coalesced = coalesceFrames(onDomain, frames);
  const emit = (d: Domain) => {
    current = d;
    coalesced.push(d);
  };
  const selection = select(node);
  const behavior: ZoomBehavior<Element, unknown> = zoom<Element, unknown>()
    // Horizontal trackpad swipes pan (below); d3-zoom would read them as zoom.
    .filter((ev: MouseEvent & WheelEvent) => {
      if (ev.type === 'wheel') return Math.abs(ev.deltaX) <= Math.abs(ev.deltaY);
      return !ev.ctrlKey && !ev.button;
    })
    .on('zoom', (ev: D3ZoomEvent<Element, unknown>) => {
      // Programmatic moves (update) carry no sourceEvent: the domain came from props already.
      if (!ev.sourceEvent) return;
      const { k, x } = ev.transform;
      emit(clampDomain(transformToDomain({ k, x }, o.full, o.widthPx), o.full, o.minSpanMs));
    });

  const moveTransformTo = (domain: Domain) => {
    const t = domainToTransform(domain, o.full, o.widthPx);
    const now = (node as Element & { __zoom?: { k: number; x: number } }).__zoom;
    if (!now || Math.abs(now.k - t.k) > EPSILON || Math.abs(now.x - t.x) > EPSILON) {
      behavior.transform(selection, zoomIdentity.translate(t.x, 0).scale(t.k));
    }
  };

  const onWheel = (ev: WheelEvent) => {
    if (Math.abs(ev.deltaX) <= Math.abs(ev.deltaY)) return;
    ev.preventDefault();
    // From the newest domain, not the drawn one: several swipes can arrive within a frame.
    const next = clampDomain(panDomain(current, -ev.deltaX, o.widthPx), o.full, o.minSpanMs);
    moveTransformTo(next);
    emit(next);
  };

  function configure() {
    const { widthPx: w, heightPx: h } = o;
    behavior
      .extent([
        [0, 0],
        [w, h],
      ])
      .translateExtent([
        [0, 0],
        [w, h],
      ])
      .scaleExtent([1, Math.max(1, (o.full[1] - o.full[0]) / o.minSpanMs)])
      .duration(o.reducedMotion ? 0 : 250);
    // While a gesture's domain waits for its frame, d3-zoom is ahead of the props: leave it.
    if (coalesced.pending() !== undefined) return;
    current = o.domain;
    moveTransformTo(o.domain);
  }

  configure();
  selection.call(behavior);
  node.addEventListener('wheel', onWheel as EventListener, { passive: false });
  return {
    update(next) {
      o = next;
      configure();
    },
    destroy() {
      coalesced.cancel();
      selection.on('.zoom', null);
      node.removeEventListener('wheel', onWheel as EventListener);
    },
  };
}
