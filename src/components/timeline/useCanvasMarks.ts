import { useCallback, useLayoutEffect, useRef, type MouseEvent } from 'react';
import type { Mark, TimelineLayout } from '../../timeline/layoutTimeline';
import { markAt } from '../../timeline/markAt';
import { canDrawCanvas, drawMarks, type CanvasStyle } from './drawMarks';
import { rowTopOf, type TimelineGeometry } from './timelineGeometry';

export interface CanvasMarksInput {
  layout: TimelineLayout;
  widthPx: number;
  heightPx: number;
  geometry: TimelineGeometry;
  lanesBox: { tops: readonly number[]; heights: readonly number[] };
  style: CanvasStyle;
  /** A zoom or pan is under way: only the tabbable and the selected marks stay SVG. */
  gesturing: boolean;
  tabbableId: string | undefined;
  selectedId: string | null;
  onActivate: (mark: Mark) => void;
}

/**
 * Canvas draws the marks (measured: hundreds of SVG nodes cost 20–70 ms a frame). SVG buttons
 * stay for the tabbable and the selected mark, and, once a gesture settles, for every mark at
 * label level, so keyboard, screen readers and text selection see real elements. A click on the
 * SVG outside its buttons activates the canvas mark under it.
 */
export function useCanvasMarks(o: CanvasMarksInput) {
  const { layout, widthPx, heightPx, geometry, lanesBox, style, tabbableId, selectedId } = o;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const hasCanvas = canDrawCanvas();
  const allSvg = !hasCanvas || (!o.gesturing && layout.detail !== 'markers');
  const isSvg = useCallback(
    (m: Mark) => allSvg || m.id === tabbableId || m.id === selectedId,
    [allSvg, tabbableId, selectedId],
  );
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (canvas)
      drawMarks(canvas, layout, {
        widthPx,
        heightPx,
        geometry,
        laneTops: lanesBox.tops,
        style,
        skip: isSvg,
      });
  }, [layout, widthPx, heightPx, geometry, lanesBox, style, isSvg]);
  const onSvgClick = (e: MouseEvent<SVGSVGElement>) => {
    if (allSvg || (e.target as Element).closest('[data-mark-id]')) return;
    const box = e.currentTarget.getBoundingClientRect();
    const [px, py] = [e.clientX - box.left, e.clientY - box.top];
    const lane = lanesBox.tops.findLastIndex((top, i) => lanesBox.heights[i]! > 0 && top <= py);
    const row = Math.floor((py - rowTopOf(geometry, lanesBox.tops[lane] ?? 0, 0)) / geometry.rowPx);
    const mark = markAt(layout.lanes[lane]?.marks ?? [], px, row);
    if (mark) o.onActivate(mark);
  };
  return { canvasRef, hasCanvas, isSvg, onSvgClick };
}
