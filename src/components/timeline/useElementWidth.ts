import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content width in px, kept up to date with ResizeObserver.
 * jsdom has neither layout nor ResizeObserver, so it reports `fallback` there.
 */
export function useElementWidth(ref: RefObject<Element | null>, fallback = 800): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const read = () => setWidth(node.clientWidth > 0 ? node.clientWidth : fallback);
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
