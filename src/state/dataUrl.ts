// Which events file the page shows: its own module, since the first-load script needs it too.

/**
 * The default data file, relative to the page so the app works from any sub-path: the compact
 * copy of events.json (src/model/compact), which the build always writes beside it.
 */
export const DEFAULT_DATA_URL = './data/events.min.json';

/** ?data=<url> picks another events file (same origin, or a server that allows CORS). */
export function dataUrlFrom(search: string): string {
  const asked = new URLSearchParams(search).get('data');
  return asked !== null && asked.trim() !== '' ? asked.trim() : DEFAULT_DATA_URL;
}
