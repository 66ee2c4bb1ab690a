import { NOT_GIVEN_NAMES } from '../locales/kk/lexicon/names';
import { guessLang, isRoleWord } from './isRoleWord';
import { recaseRole, titleCase } from './recase';
import type { Caption } from './types';

const NAME_WORD = /^(?:\p{Lu}\.)*\p{Lu}[\p{L}'’‐-]*\.?$|^\p{Lu}\.$/u;
const MAX_LENGTH = 200;

function upperShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return letters.length === 0 ? 0 : upper.length / letters.length;
}

/**
 * A caption line that introduces a speaker: `Асхат ОРАЛОВ, «NUR OTAN» ПАРТИЯСЫНЫҢ АТҚАРУШЫ
 * ХАТШЫСЫ:` → `{ name: 'Асхат Оралов', role: '«Nur Otan» партиясының атқарушы хатшысы' }`.
 * The line must be short and end with a colon; the part before the first comma must be 2–4
 * capitalised words; and the line must be mostly uppercase or its role must hold a role noun,
 * so that ordinary sentences ending with a colon give null.
 */
export function parseCaption(line: string): Caption | null {
  const trimmed = line.trim();
  if (trimmed.length >= MAX_LENGTH || !trimmed.endsWith(':')) return null;
  const body = trimmed.slice(0, -1).trim();
  const comma = body.indexOf(',');
  const namePart = (comma < 0 ? body : body.slice(0, comma)).trim();
  const rolePart = comma < 0 ? '' : body.slice(comma + 1).trim();
  const words = namePart.split(/\s+/u);
  if (words.length < 2 || words.length > 4) return null;
  if (!words.every((w) => NAME_WORD.test(w) && !NOT_GIVEN_NAMES.has(titleCase(w)))) return null;
  const lang = guessLang(body);
  const mostlyUpper = upperShare(body) >= 0.6;
  const roleWords = rolePart.match(/[\p{L}-]+/gu) ?? [];
  if (!mostlyUpper && !roleWords.some((w) => isRoleWord(w, lang))) return null;
  const name = words.map(titleCase).join(' ');
  if (!rolePart) return { name };
  const role = upperShare(rolePart) >= 0.6 ? recaseRole(rolePart, lang) : rolePart;
  return { name, role };
}
