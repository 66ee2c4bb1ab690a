/**
 * A collection as one shareable file: its events in the shared schema, the sources they cite and
 * those sources' texts, so every evidence span still resolves where the file is opened.
 */
import { BUNDLE_FORMAT, CollectionBundle as Bundle, type Collection } from '../model/collection';

export { BUNDLE_FORMAT };

/** @example fromBundle(toBundle(c)) // deep-equals c */
export function toBundle(c: Collection): string {
  return JSON.stringify({ format: BUNDLE_FORMAT, version: 1, collection: c }, null, 2) + '\n';
}

/** Parses and checks a bundle; throws an Error whose message says what is wrong. */
export function fromBundle(text: string): Collection {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('not JSON');
  }
  const r = Bundle.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`${i?.path.join('.') || '(root)'}: ${i?.message ?? 'invalid'}`);
  }
  const c = r.data.collection;
  for (const e of c.events) {
    for (const s of e.sources) {
      const text = c.texts[s.sourceId];
      if (text === undefined)
        throw new Error(`event ${e.id}: the text of ${s.sourceId} is missing`);
      for (const ev of s.evidence) {
        if (text.slice(ev.start, ev.end) !== ev.text)
          throw new Error(`event ${e.id}: its evidence is not in ${s.sourceId}`);
      }
    }
  }
  return c;
}

/** File name for a download: the collection's name in letters and digits. */
export function bundleFileName(c: Collection): string {
  const slug = c.name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/gu, '');
  return `shejire-${slug || 'collection'}.json`;
}
