/**
 * The service worker's code, as a string with its version and precache list filled in.
 * - Pages (navigations) network first, falling back to the precached page for any query string
 *   (deep links carry the whole view in `?…`): after a redeploy a reload gets the new page and its
 *   new chunks at once, and offline the precached page runs with its own precached chunks.
 * - Built files cache first (content-hashed, precached at install).
 * - Data files network first, falling back to the copy precached with this version. Nothing fetched
 *   at run time is stored: a newer events.json never lands beside an app that cannot read it, and a
 *   teacher's ?data= file is not kept.
 * Cache lookups ignore Vary: a server sending `Vary: Origin` (vite preview) would otherwise make
 * every precached module script miss, and the page would be blank offline.
 * A new version waits until the page asks it to take over (the update prompt), so a lesson in
 * progress never reloads by itself.
 */
export function serviceWorkerSource(version: string, precache: string[]): string {
  return `// Shejire offline cache, generated at build time (scripts/vite/pwa.ts).
const CACHE = 'shejire-${version}';
const PRECACHE = ${JSON.stringify(precache)};

self.addEventListener('install', (event) => {
  // cache: 'reload' so that a server's long max-age cannot put an older file into this version.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('shejire-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const fromCache = () =>
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true, ignoreVary: true }))
      .then((hit) => hit || Response.error());
  if (request.mode === 'navigate' || url.pathname.endsWith('.json')) {
    // A manual-redirect request (?data= before consent) must get the redirect itself, not a copy.
    event.respondWith(
      fetch(request)
        .then((response) =>
          response.ok || response.type === 'opaqueredirect'
            ? response
            : fromCache().then((hit) => (hit.type === 'error' ? response : hit)),
        )
        .catch(fromCache),
    );
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true, ignoreVary: true }))
      .then((hit) => hit || fetch(request)),
  );
});
`;
}
