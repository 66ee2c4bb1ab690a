import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import {
  createZoomAdapter,
  type ZoomAdapter,
  type ZoomAdapterOptions,
} from '../../timeline/createZoomAdapter';
import type { Domain } from '../../timeline/domain';

/**
 * Binds d3-zoom to the node: one effect creates and destroys the binding, one pushes prop changes.
 * onDomain is read through a ref so a new callback identity does not rebuild the binding.
 */
export function useZoomAdapter(
  ref: RefObject<Element | null>,
  options: ZoomAdapterOptions,
  onDomain: (d: Domain) => void,
): void {
  const adapter = useRef<ZoomAdapter | null>(null);
  const latest = useRef({ options, onDomain });
  // Updated after commit, before any gesture can fire, so the binding always sees fresh props.
  useLayoutEffect(() => {
    latest.current = { options, onDomain };
  });

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    adapter.current = createZoomAdapter(node, latest.current.options, (d) =>
      latest.current.onDomain(d),
    );
    return () => {
      adapter.current?.destroy();
      adapter.current = null;
    };
  }, [ref]);

  const { domain, full, widthPx, heightPx, minSpanMs, reducedMotion } = options;
  useEffect(() => {
    adapter.current?.update({ domain, full, widthPx, heightPx, minSpanMs, reducedMotion });
  }, [domain, full, widthPx, heightPx, minSpanMs, reducedMotion]);
}
