// Runs before the page is first drawn (a classic script in the head: it blocks the parser as the
// stylesheet blocks drawing, and both arrive together). For a ?data= address (same test as
// dataUrlFrom in src/state/dataUrl.ts: a non-blank ?data=):
// - the seeds' built-in first view (index.html) shows another file, so it is neither laid out
//   nor painted: app.css hides it under this class, and src/main.ts draws the asked file's;
// - a file on the page's own site is asked for now, beside the page's scripts rather than after
//   them, as the app would ask (no cookies, redirects not followed: src/state/consentGate.ts);
//   src/main.ts takes this request. A file elsewhere waits for the reader's consent.
var asked = (new URLSearchParams(location.search).get('data') || '').trim();
if (asked !== '') {
  document.documentElement.classList.add('shows-data-file');
  try {
    var target = new URL(asked, location.href);
    if (target.origin === location.origin)
      window.shejireData = fetch(asked, { credentials: 'omit', redirect: 'manual' });
  } catch (e) {
    // Not an address: the app explains it.
  }
}
