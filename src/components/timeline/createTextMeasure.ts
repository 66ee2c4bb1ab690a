import { canDrawCanvas } from './drawMarks';

/** Bold (the selected event) runs up to ~8 % wider than the regular weight measured here. */
const WEIGHT_SLACK = 1.08;

/**
 * Measures label text with the timeline's font on an offscreen canvas, once per text: the layout
 * then gives each label the width it really needs rather than a per-character average, which is
 * far too wide for Latin lower case and too narrow for some Cyrillic. Undefined where canvas 2D
 * is missing (jsdom); the layout then falls back to its charPx estimate.
 * @example createTextMeasure(14, 'system-ui')?.('Референдум') // ≈ 85 (px)
 */
export function createTextMeasure(
  fontPx: number,
  family: string,
): ((text: string) => number) | undefined {
  if (!canDrawCanvas()) return undefined;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  ctx.font = `${fontPx}px ${family}`;
  const cache = new Map<string, number>();
  return (text) => {
    let px = cache.get(text);
    if (px === undefined) cache.set(text, (px = ctx.measureText(text).width * WEIGHT_SLACK));
    return px;
  };
}
