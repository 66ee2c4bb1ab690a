import { lines } from './lines';
import { parseCaption } from './parseCaption';
import type { PersonHit } from './types';

/**
 * Speakers introduced by caption lines (`Асхат ОРАЛОВ, … ХАТШЫСЫ:`). The hit covers the name as
 * written, before the first comma; the name and role come re-cased from parseCaption.
 */
export function findCaptionPersons(text: string): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const { line, start: at } of lines(text)) {
    const caption = parseCaption(line);
    if (!caption) continue;
    const lead = line.length - line.trimStart().length;
    const start = at + lead;
    const comma = line.indexOf(',', lead);
    const nameEnd = comma < 0 ? line.trimEnd().length - 1 : comma;
    const end = at + line.slice(0, nameEnd).trimEnd().length;
    hits.push({ start, end, text: text.slice(start, end), ...caption });
  }
  return hits;
}
