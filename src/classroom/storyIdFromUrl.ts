// Kept apart from story.ts so that reading ?story= does not pull zod into the first load.
/**
 * The story id a link asks for, or null. Accepts a search string or a full URL.
 * @example storyIdFromUrl('?lang=kk&story=amanat-2022') // 'amanat-2022'
 */
export function storyIdFromUrl(url: string): string | null {
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : url;
  const id = new URLSearchParams(search.split('#')[0]).get('story');
  return id && /^[a-z0-9-]+$/u.test(id) ? id : null;
}
