/**
 * The HTTP headers the built app needs from its web server, in one place: `npm run serve` sends
 * them, the e2e server sends them, and the README shows them for nginx and Apache.
 *
 * - Content-Security-Policy as a header, because `frame-ancestors` (who may frame the page) is
 *   ignored in a <meta> tag: the full app may not be framed at all (a framed consent button could
 *   be clickjacked), the embed page may be framed by the sites a school lists.
 * - X-Content-Type-Options: nosniff, so a data file is never run as a script.
 * - Cache-Control: HTML, sw.js, the manifest and data files are revalidated on every load (a new
 *   build is seen at once and the service worker can update cleanly); the content-hashed files
 *   under assets/ are immutable.
 */
import { CONTENT_SECURITY_POLICY } from '../vite/csp-plugin';

/** Who may frame embed.html when the school sets nothing: any site (it is made to be embedded). */
export const DEFAULT_EMBED_ANCESTORS = '*';

export interface HeaderOptions {
  /** frame-ancestors sources for embed.html, e.g. "https://school.kz https://*.edu.kz". */
  embedAncestors?: string;
}

/** Response headers for a file of the built app, by its path relative to the app's folder. */
export function headersFor(path: string, options: HeaderOptions = {}): Record<string, string> {
  const name = path.split('/').pop() ?? '';
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': /(^|\/)assets\//u.test(path)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  };
  if (name.endsWith('.html')) {
    const embed = name === 'embed.html';
    const ancestors = embed ? (options.embedAncestors ?? DEFAULT_EMBED_ANCESTORS) : "'none'";
    headers['Content-Security-Policy'] = `${CONTENT_SECURITY_POLICY}; frame-ancestors ${ancestors}`;
    // For browsers without frame-ancestors; it has no value for "these sites", so only the app.
    if (!embed) headers['X-Frame-Options'] = 'DENY';
  }
  return headers;
}
