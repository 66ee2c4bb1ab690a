/**
 * The embed page's URL for a full-view deep link: the same query (lang, theme, range,
 * filters, story) on embed.html next to the app's index, so it works under any sub-path.
 * @example toEmbedUrl('https://s.kz/a/index.html?lang=ru') // 'https://s.kz/a/embed.html?lang=ru'
 */
export function toEmbedUrl(fullViewUrl: string): string {
  const u = new URL(fullViewUrl);
  u.pathname = u.pathname.replace(/[^/]*$/u, 'embed.html');
  return u.toString();
}

/**
 * The full view's URL for an embed page's URL (the "open full view" link).
 * @example toFullViewUrl('https://s.kz/a/embed.html?lang=ru') // 'https://s.kz/a/?lang=ru'
 */
export function toFullViewUrl(embedUrl: string): string {
  const u = new URL(embedUrl);
  u.pathname = u.pathname.replace(/[^/]*$/u, '');
  return u.toString();
}

function escapeAttr(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
}

/**
 * The <iframe> a school site pastes. The sandbox keeps the page's scripts (the timeline needs
 * them) and lets "open full view" open a tab, but blocks top navigation and forms; `title` is
 * what screen readers announce for the frame; lazy loading spares pages where it is far down.
 * @example toIframeSnippet({ src, title: 'Шежіре', height: 600 })
 */
export function toIframeSnippet(opts: { src: string; title: string; height: number }): string {
  const height = Math.max(200, Math.round(opts.height));
  return (
    `<iframe src="${escapeAttr(opts.src)}" title="${escapeAttr(opts.title)}" ` +
    `width="100%" height="${height}" style="border:0;width:100%" loading="lazy" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups" data-shejire-embed></iframe>`
  );
}
