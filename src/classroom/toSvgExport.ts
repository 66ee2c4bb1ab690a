// Properties that decide how the timeline looks. Copied inline because an SVG file (or an SVG
// drawn through an <img>) cannot see the page's stylesheets or CSS variables.
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'paint-order',
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

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Words framing an exported image, so it can be read alone on a slide or a worksheet. */
export interface ExportDecor {
  title: string;
  /** One line per mark style ("● an event on one day" …), drawn as a legend under the lanes. */
  legend?: readonly string[];
  /** Where it comes from: app name, link and date. */
  source?: string;
}

function textNode(
  doc: Document,
  text: string,
  at: { x: number; y: number; size: number; weight?: number; fill: string; family: string },
): SVGTextElement {
  const node = doc.createElementNS(SVG_NS, 'text');
  node.textContent = text;
  node.setAttribute('x', String(at.x));
  node.setAttribute('y', String(at.y));
  node.setAttribute(
    'style',
    `fill:${at.fill};font-size:${at.size}px;font-family:${at.family};font-weight:${at.weight ?? 400}`,
  );
  return node;
}

/**
 * A standalone SVG document of the timeline as shown: computed styles inlined (so the theme's
 * colours come along), the background behind everything, focus and selection rings removed, and,
 * with `decor`, a title above and a legend and a source line below. Explicit size (px) and viewBox
 * so it scales when drawn at 1920×1080 or 3840×2160.
 * @example toSvgExport(document.querySelector('svg')!, { background: '#fff', decor: { title: 'Шежіре' } })
 */
export function toSvgExport(
  svg: SVGSVGElement,
  opts: { background: string; text?: string; decor?: ExportDecor },
): string {
  const rect = svg.getBoundingClientRect();
  const width = Math.round(rect.width) || Number(svg.getAttribute('width')) || 1280;
  const height = Math.round(rect.height) || Number(svg.getAttribute('height')) || 720;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  // A printed page has no keyboard focus: no focus or selection boxes in the picture.
  for (const ring of clone.querySelectorAll('.tl-focus')) ring.remove();
  const family = getComputedStyle(svg).fontFamily || 'system-ui, sans-serif';
  const fill = opts.text ?? getComputedStyle(svg).color ?? '#1a1a1a';
  const pad = 16;
  const titlePx = Math.max(18, Math.round(width / 48));
  const notePx = Math.max(11, Math.round(titlePx * 0.45));
  const decor = opts.decor;
  const top = decor ? pad + titlePx * 1.6 : 0;
  const legendLines = decor?.legend ?? [];
  // The legend flows into as many columns as the width holds (estimated 0.6 em a character).
  const colPx = Math.max(...legendLines.map((l) => l.length), 10) * notePx * 0.6 + pad;
  const cols = Math.max(1, Math.min(legendLines.length, Math.floor((width - 2 * pad) / colPx)));
  const legendRows = Math.ceil(legendLines.length / cols);
  const bottom = decor ? pad + (legendRows + (decor.source ? 1.5 : 0)) * notePx * 1.5 : 0;
  const total = { w: width, h: Math.round(top + height + bottom) };

  const doc = svg.ownerDocument;
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  root.setAttribute('width', String(total.w));
  root.setAttribute('height', String(total.h));
  root.setAttribute('viewBox', `0 0 ${total.w} ${total.h}`);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width: total.w, height: total.h, fill: opts.background }))
    bg.setAttribute(k, String(v));
  root.append(bg);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.append(clone);
  if (decor) {
    const base = { family, fill };
    root.append(
      textNode(doc, decor.title, { ...base, x: pad, y: pad + titlePx, size: titlePx, weight: 700 }),
    );
    legendLines.forEach((line, i) => {
      const [col, row] = [i % cols, Math.floor(i / cols)];
      const y = top + height + pad + (row + 0.8) * notePx * 1.5;
      root.append(textNode(doc, line, { ...base, x: pad + col * colPx, y, size: notePx }));
    });
    if (decor.source) {
      const y = top + height + pad + (legendRows + 1.1) * notePx * 1.5;
      root.append(textNode(doc, decor.source, { ...base, x: pad, y, size: notePx }));
    }
  }
  return new XMLSerializer().serializeToString(root);
}
