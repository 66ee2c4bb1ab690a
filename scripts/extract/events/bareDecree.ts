import type { Candidate } from './candidate';

/**
 * A decree the sentence says nothing of but that it was signed ("Указ подписан сегодня", "Жарлыққа
 * қол қойылды"): no subject, no one named, no post, place or body, nothing its title could tell.
 */
export function isBareDecree(c: Candidate): boolean {
  return (
    c.type === 'decree' &&
    c.subject === '~' &&
    c.actors.length === 0 &&
    c.places.length === 0 &&
    c.organisations.length === 0 &&
    Object.keys(c.args).length === 0
  );
}
