// Properties that decide how the timeline looks. Copied inline because an SVG file (or an SVG
// drawn through an <img>) cannot see the page's stylesheets or CSS variables.
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'stop-color',
  'stop-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

function inlineStyles(from: Element, to: Element): void {
  const cs = getComputedStyle(from);
  // Computed paint servers are absolute (url("http://host/page#grad")); a file needs url(#grad).
  const style = STYLE_PROPS.map(
    (p) => `${p}:${cs.getPropertyValue(p).replace(/url\("?[^#")]*(#[^")]+)"?\)/gu, 'url($1)')}`,
  )
    .filter((d) => !d.endsWith(':'))
    .join(';');
  if (style) to.setAttribute('style', style);
  const a = from.children;
  const b = to.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i]!, b[i]!);
}

/**
 * A standalone SVG document of the timeline as shown: computed styles inlined, a background
 * rect behind everything (transparent exports look broken on dark slides), explicit size
 * (px) and viewBox so it scales when drawn at 1920×1080 or 3840×2160.
 * @example toSvgExport(document.querySelector('svg')!, { background: '#fff' })
 */
export function toSvgExport(svg: SVGSVGElement, opts: { background: string }): string {
  const rect = svg.getBoundingClientRect();
  const width = Math.round(rect.width) || Number(svg.getAttribute('width')) || 1280;
  const height = Math.round(rect.height) || Number(svg.getAttribute('height')) || 720;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const [x = '0', y = '0', w = String(width), h = String(height)] = clone
    .getAttribute('viewBox')!
    .split(/[\s,]+/u);
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  for (const [k, v] of Object.entries({ x, y, width: w, height: h, fill: opts.background })) {
    bg.setAttribute(k, v);
  }
  clone.insertBefore(bg, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}
