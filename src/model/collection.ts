/**
 * A teacher's collection and the file it is shared as: part of the data contract, because the app
 * exports and imports it and the extractor (`npm run extract -- --seeds bundle.json`) reads it.
 */
import { z } from 'zod';
import { Event, Source } from './schema';

export const Collection = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** ISO date-time it was made, for ordering. */
  created: z.string(),
  /** Shown as a layer over the shipped timeline. */
  visible: z.boolean(),
  events: z.array(Event),
  sources: z.array(Source),
  /** Each cited source's decoded text, so evidence offsets still resolve after export. */
  texts: z.record(z.string(), z.string()),
});
export type Collection = z.infer<typeof Collection>;

export const BUNDLE_FORMAT = 'shejire-collection';

/** One collection as one JSON file. */
export const CollectionBundle = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(1),
  collection: Collection,
});
export type CollectionBundle = z.infer<typeof CollectionBundle>;
