import { parseCaption } from './parseCaption';
import type { PersonHit } from './types';

/**
 * Speakers introduced by caption lines (`Асхат ОРАЛОВ, … ХАТШЫСЫ:`). The hit covers the name as
 * written, before the first comma; the name and role come re-cased from parseCaption.
 */
export function findCaptionPersons(text: string): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const m of text.matchAll(/[^\n]+/gu)) {
    const caption = parseCaption(m[0]);
    if (!caption) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const start = (m.index ?? 0) + lead;
    const comma = m[0].indexOf(',', lead);
    const nameEnd = comma < 0 ? m[0].trimEnd().length - 1 : comma;
    const end = (m.index ?? 0) + m[0].slice(0, nameEnd).trimEnd().length;
    hits.push({ start, end, text: text.slice(start, end), ...caption });
  }
  return hits;
}
