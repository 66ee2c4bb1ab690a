import type { Domain } from './domain';

/**
 * d3-zoom's view of the viewport: screenX = k · baseX + x, where baseX maps the full domain onto
 * [0, widthPx]. Only the zoom adapter needs it; the store keeps the Domain.
 */
export interface ZoomTransform1D {
  k: number;
  x: number;
}

/** Domain → transform, relative to the full domain drawn at k = 1. Inverse: transformToDomain. */
export function domainToTransform(domain: Domain, full: Domain, widthPx: number): ZoomTransform1D {
  const k = (full[1] - full[0]) / (domain[1] - domain[0]);
  const x = (-k * (domain[0] - full[0]) * widthPx) / (full[1] - full[0]);
  return { k, x };
}

/** Transform → visible domain. Inverse: domainToTransform. */
export function transformToDomain(t: ZoomTransform1D, full: Domain, widthPx: number): Domain {
  const msPerPx = (full[1] - full[0]) / widthPx;
  return [full[0] + (-t.x / t.k) * msPerPx, full[0] + ((widthPx - t.x) / t.k) * msPerPx];
}
