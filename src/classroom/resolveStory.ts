import type { Event } from '../model/schema';
import { localize } from './localize';
import type { Story } from './story';

export interface ResolvedStep {
  event: Event;
  /** The teacher's note in the UI language (Kazakh when untranslated). */
  note: string;
}

/**
 * A story's steps joined to their events. A step whose event is missing is skipped rather than
 * shown empty: the build check (npm run stories:check) reports it, the lesson goes on.
 * @example resolveStory(story, events, 'ru').map((s) => s.event.id)
 */
export function resolveStory(story: Story, events: readonly Event[], lang: string): ResolvedStep[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return story.steps.flatMap((step) => {
    const event = byId.get(step.eventId);
    return event ? [{ event, note: localize(step.note, lang) }] : [];
  });
}
