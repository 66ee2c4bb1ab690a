import { useLayoutEffect, useState, type RefObject } from 'react';
import { readCanvasStyle, type CanvasStyle } from './drawMarks';
import { DEFAULT_FONT_PX } from './timelineGeometry';

export interface TimelineStyle {
  /** Computed label font size, px (the CSS gives it in rem/clamp()). */
  fontPx: number;
  canvas: CanvasStyle;
}

const FALLBACK: TimelineStyle = {
  fontPx: DEFAULT_FONT_PX,
  canvas: { lanes: {}, text: '#1a1a1a', bg: '#ffffff', family: 'system-ui, sans-serif' },
};

/**
 * Reads the timeline's computed font size and colours when the width, the lanes or the root
 * font size change: once per layout, never per frame (getComputedStyle forces a style pass).
 * The root font size is watched through the width's ResizeObserver plus a resize listener.
 */
export function useTimelineStyle(
  ref: RefObject<Element | null>,
  widthPx: number,
  lanes: readonly string[],
): TimelineStyle {
  const [style, setStyle] = useState(FALLBACK);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const read = () => {
      const fontPx = parseFloat(getComputedStyle(node).fontSize);
      const next = {
        fontPx: Number.isFinite(fontPx) && fontPx > 0 ? fontPx : DEFAULT_FONT_PX,
        canvas: readCanvasStyle(node, lanes),
      };
      setStyle((s) =>
        s.fontPx === next.fontPx && JSON.stringify(s.canvas) === JSON.stringify(next.canvas)
          ? s
          : next,
      );
    };
    read();
    window.addEventListener('resize', read);
    return () => window.removeEventListener('resize', read);
  }, [ref, widthPx, lanes]);
  return style;
}
