import { NOT_BEFORE_WORD } from './boundaries';
import { toSlug } from './transliterate';
import type { OrganisationHit } from './types';

/**
 * Companies written as `«Name» <legal form>`: Kazakh АҚ/ЖШС/ЖАҚ, Russian АО/ТОО/ЗАО/ПАО/ООО.
 * The id is the transliterated name, so the same company gets the same id in both languages
 * only when the name itself is written alike.
 */
// A bounded, quote-free body keeps the scan linear.
const COMPANY = new RegExp(
  `«([^«»\\n]{1,80})»[ \\u00a0]*(АҚ|ЖШС|ЖАҚ|АО|ТОО|ЗАО|ПАО|ООО)${NOT_BEFORE_WORD}`,
  'gu',
);

export function findCompanies(text: string): OrganisationHit[] {
  const hits: OrganisationHit[] = [];
  for (const m of text.matchAll(COMPANY)) {
    const start = m.index ?? 0;
    const name = (m[1] ?? '').trim();
    if (!name) continue;
    hits.push({
      start,
      end: start + m[0].length,
      text: m[0],
      id: toSlug(name) || 'company',
      name: `«${name}» ${m[2] ?? ''}`,
    });
  }
  return hits;
}
