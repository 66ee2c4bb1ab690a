/**
 * Build-only Vite plugin: puts a Content-Security-Policy and a referrer policy into every
 * built HTML page, and fails the build if a page still carries an inline script (the policy
 * would block it in the browser, so the page would break silently instead).
 *
 * Dev mode is left alone: Vite's dev server and React refresh inject inline scripts.
 */
import type { Plugin } from 'vite';

/**
 * The page loads scripts, styles, fonts and images only from its own origin. connect-src also
 * allows https: so that `?data=` can load a teacher's events file from a CORS-enabled site, but
 * the app fetches such a file only after the reader has agreed (consentGate in
 * src/state/loadEvents.ts): a crafted `?data=https://tracker.example/x.json` link alone makes
 * no request. frame-ancestors is not settable from a meta tag, which suits the embed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** `<script>` elements without a src attribute, i.e. inline code. JSON data blocks are allowed. */
const INLINE_SCRIPT =
  /<script\b(?![^>]*\bsrc=)(?![^>]*type=["']application\/(ld\+)?json["'])[^>]*>/gi;

/** Returns the inline `<script …>` tags of an HTML page (empty when there are none). */
export function findInlineScripts(html: string): string[] {
  return html.match(INLINE_SCRIPT) ?? [];
}

export function cspPlugin(): Plugin {
  return {
    name: 'shejire-csp',
    apply: 'build',
    transformIndexHtml: {
      // 'post' sees the HTML after Vite and other plugins have added their tags.
      order: 'post',
      handler(html, ctx) {
        const inline = findInlineScripts(html);
        if (inline.length > 0) {
          throw new Error(
            `${ctx.filename}: inline <script> would be blocked by the CSP: ${inline.join(' ')}`,
          );
        }
        // The page may already declare its referrer policy; one declaration is enough.
        const page = html.replace(/<meta\s+name=["']referrer["'][^>]*>\s*/gi, '');
        const tags =
          `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">` +
          '<meta name="referrer" content="no-referrer">';
        // A meta CSP applies only to elements after it, so it goes first; but after the charset
        // declaration, which must stay within the page's first 1024 bytes.
        const charset = /<meta\s+charset=[^>]*>/i.exec(page);
        if (charset) return page.replace(charset[0], () => `${charset[0]}${tags}`);
        return page.replace(/<head[^>]*>/i, (head) => `${head}${tags}`);
      },
    },
  };
}
