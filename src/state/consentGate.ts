import type { LoadResult } from './loadEvents';

/** How the gated loader may treat redirects: only with consent may one be followed. */
export type RedirectMode = 'follow' | 'manual';

/**
 * Wraps a loader so that no request reaches another site before the reader agrees, since that
 * site would see their IP address:
 *  - a data file on another origin answers `consent` at once and is fetched only after `agree()`;
 *  - a file on the page's own origin is fetched at once but with redirects not followed, because a
 *    same-origin address may forward to any site; a redirect answers `consent` (host unknown);
 *  - an address that is not http(s) (`javascript:`, `data:`, nonsense) answers `url`.
 * @example const gate = consentGate(url, location.href, (redirect) => loadEvents(url, fetch, redirect))
 */
export function consentGate(
  url: string,
  pageUrl: string,
  load: (redirect: RedirectMode) => Promise<LoadResult>,
) {
  const target = parseHttpUrl(url, pageUrl);
  let agreed = target !== null && target.origin !== new URL(pageUrl).origin ? false : null;
  return {
    load: async (): Promise<LoadResult> => {
      if (target === null) return { ok: false, kind: 'url', url };
      if (agreed === false) {
        return { ok: false, kind: 'consent', url: target.href, host: target.host };
      }
      if (agreed === true) return load('follow');
      const r = await load('manual');
      return !r.ok && r.kind === 'redirect'
        ? { ok: false, kind: 'consent', url: target.href, host: null }
        : r;
    },
    agree: () => {
      agreed = true;
    },
  };
}

/** The absolute http(s) URL `url` names from `pageUrl`, or null when it is anything else. */
export function parseHttpUrl(url: string, pageUrl: string): URL | null {
  try {
    const u = new URL(url, pageUrl);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}
