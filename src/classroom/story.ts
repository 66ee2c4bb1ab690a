import { z } from 'zod';
import '../model/zodConfig';
import type { PartialLocalized } from './localize';

/** Kazakh is required (the first language); Russian and English fall back to it when absent. */
export const StoryText = z.object({
  kk: z.string().min(1),
  ru: z.string().min(1).optional(),
  en: z.string().min(1).optional(),
});

export const StoryStep = z.object({
  /** A stable event id from data/events.json. */
  eventId: z.string().regex(/^[a-z0-9-]+$/),
  /** The teacher's note shown with this step: one or two sentences. */
  note: StoryText,
});
export type StoryStep = z.infer<typeof StoryStep>;

/**
 * A story: an ordered path through the events, kept as data/stories/<id>.json and opened by
 * link (?story=<id>). Ids of events, not copies of them, so a story follows re-extraction.
 */
export const Story = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: StoryText,
  description: StoryText.optional(),
  steps: z.array(StoryStep).min(1),
});
export type Story = z.infer<typeof Story>;

// Compile-time check that story texts fit the shared localize() helper.
export type StoryTextIsLocalizable =
  z.infer<typeof StoryText> extends PartialLocalized ? true : never;

export { storyIdFromUrl } from './storyIdFromUrl';
