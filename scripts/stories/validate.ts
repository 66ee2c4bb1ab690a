/**
 * Build-time check of data/stories/*.json against data/events.json. Pure: main.ts reads the
 * files and passes their parsed contents here, so tests need no file system.
 */
import type { EventsFile } from '../../src/model/schema';
import { Story } from '../../src/classroom/story';

export interface StoryFile {
  /** Path shown in messages, e.g. data/stories/amanat-2022.json */
  file: string;
  data: unknown;
}

export interface StoryCheck {
  stories: Story[];
  /** One line per problem, each naming the file (and the step and id where there is one). */
  errors: string[];
}

/**
 * Validates the shape of every story, that its id matches its file name, that ids are unique,
 * and that every step names an event that exists. Step numbers in messages are 1-based, as a
 * teacher counts them.
 * @example validateStories([{ file: 'data/stories/x.json', data }], eventsFile).errors
 */
export function validateStories(files: readonly StoryFile[], events: EventsFile): StoryCheck {
  const known = new Set(events.events.map((e) => e.id));
  const errors: string[] = [];
  const stories: Story[] = [];
  const seen = new Map<string, string>();
  for (const { file, data } of files) {
    const parsed = Story.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      }
      continue;
    }
    const story = parsed.data;
    const base = file.replace(/^.*[\\/]/u, '').replace(/\.json$/u, '');
    if (base !== story.id)
      errors.push(`${file}: story id "${story.id}" differs from the file name "${base}"`);
    const other = seen.get(story.id);
    if (other) errors.push(`${file}: story id "${story.id}" is already used by ${other}`);
    seen.set(story.id, file);
    story.steps.forEach((step, i) => {
      if (!known.has(step.eventId)) {
        errors.push(
          `${file}: step ${i + 1}: event id "${step.eventId}" is not in data/events.json ` +
            `(it was renamed or removed by the extractor; pick the new id from data/events.json)`,
        );
      }
    });
    stories.push(story);
  }
  return { stories, errors };
}
