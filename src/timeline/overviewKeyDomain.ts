import { panDomain, zoomDomain, type Domain } from './domain';

/** Arrow keys move the overview window by this share of its span. */
const PAN_SHARE = 0.1;
/** Shift+arrow keys narrow or widen the window by this factor, about its centre. */
const RESIZE_FACTOR = 1.25;

/**
 * The overview window's next domain for a key (slider keys, plus Shift+arrows to resize, since a
 * pointer can drag the window's edges but a keyboard cannot): arrows pan a tenth of the window,
 * PageUp/PageDown a whole window (later/earlier, as a slider's value), Home/End go to either end of full; Shift+ArrowLeft/Down narrows
 * and Shift+ArrowRight/Up widens. Null for keys it does not handle. Not clamped: the caller
 * clamps (clampDomain), which also stops resizing at the minimum span and at full.
 * @example overviewKeyDomain('ArrowLeft', true, [0, 100], [0, 1000]) // [10, 90]
 */
export function overviewKeyDomain(
  key: string,
  shiftKey: boolean,
  domain: Domain,
  full: Domain,
): Domain | null {
  const span = domain[1] - domain[0];
  const dir =
    key === 'ArrowRight' || key === 'ArrowUp'
      ? 1
      : key === 'ArrowLeft' || key === 'ArrowDown'
        ? -1
        : 0;
  if (dir && shiftKey) return zoomDomain(domain, dir > 0 ? 1 / RESIZE_FACTOR : RESIZE_FACTOR);
  if (dir) return panDomain(domain, -dir * PAN_SHARE, 1);
  if (key === 'PageUp' || key === 'PageDown')
    return panDomain(domain, key === 'PageUp' ? -1 : 1, 1);
  if (key === 'Home') return [full[0], full[0] + span];
  if (key === 'End') return [full[1] - span, full[1]];
  return null;
}
