import { Story } from './story';

// Bundled at build time (and so precached for offline use); a malformed file is left out here
// because `npm run stories:check` already fails the build on it with a precise message.
const modules = import.meta.glob<unknown>('../../data/stories/*.json', {
  eager: true,
  import: 'default',
});

/** Every valid story in data/stories/, sorted by id. */
export const STORIES: readonly Story[] = Object.values(modules)
  .flatMap((data) => {
    const parsed = Story.safeParse(data);
    return parsed.success ? [parsed.data] : [];
  })
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * The story with this id, or undefined.
 * @example findStory(STORIES, storyIdFromUrl(location.search) ?? '')
 */
export function findStory(stories: readonly Story[], id: string | null): Story | undefined {
  return id ? stories.find((s) => s.id === id) : undefined;
}
