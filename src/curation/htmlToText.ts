/**
 * An HTML file reduced to its article text. DOMParser builds an inert document: its scripts never
 * run, its images and styles are never fetched. Navigation, headers, footers and forms are dropped;
 * block elements become paragraphs, so the extractor sees the article as a reader does.
 */
const DROP =
  'script, style, noscript, template, iframe, object, embed, nav, header, footer, aside, form, svg, img, picture, video, audio, source, link, meta';
const BLOCK =
  /^(P|DIV|H[1-6]|LI|BLOCKQUOTE|SECTION|ARTICLE|TR|TIME|FIGCAPTION|DT|DD|PRE|TABLE|UL|OL)$/u;

/** @example htmlToText('<p>Бүгін</p><script>x()</script>') // 'Бүгін' */
export function htmlToText(html: string, parser: DOMParser = new DOMParser()): string {
  // Scripts in a parsed document never run; inline handlers (<img onerror>) would not run either,
  // but Blink still checks them against the page's CSP as it parses and logs a violation. They
  // are renamed first, so even that check has nothing to look at.
  const doc = parser.parseFromString(defuseHandlers(html), 'text/html');
  for (const el of doc.querySelectorAll(DROP)) el.remove();
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const title = doc.querySelector('h1') ? '' : (doc.title ?? '').trim();
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push((node.textContent ?? '').replace(/\s+/gu, ' '));
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'BR') parts.push('\n');
    const block = BLOCK.test(el.tagName);
    if (block) parts.push('\n\n');
    for (const child of el.childNodes) walk(child);
    if (block) parts.push('\n\n');
  };
  if (root) walk(root);
  const body = parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
  return title && body.split('\n')[0] !== title ? `${title}\n\n${body}` : body;
}

/** `<img onerror=…>` → `<img data-off-onerror=…>`, inside tags only. */
function defuseHandlers(html: string): string {
  return html.replace(/<[a-z][^>]*>/giu, (tag) =>
    tag.replace(/(\s)(on[a-z]+\s*=)/giu, '$1data-off-$2'),
  );
}
