import { GAZETTEER } from './gazetteer';
import { ORGANISATIONS } from '../locales/kk/lexicon/organisations';
import { findOrganisations } from './findOrganisations';
import { findPlaces } from './findPlaces';
import type { Lang } from './types';

/** `ТОҚАЕВ` → `Тоқаев`, `ҚАСЫМ-ЖОМАРТ` → `Қасым-Жомарт`. */
export function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-‐'’.])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const VOWELS = /[аәеёиоөуұүыіэюяaeiouy]/iu;
/** All-caps forms of the lexicons (ОСК, ЕҚЫҰ, ОБСЕ, ЗКО…) stay uppercase when re-cased. */
const KNOWN_ACRONYMS = new Set(
  [
    ...ORGANISATIONS.flatMap((o) => [...o.forms.kk, ...o.forms.ru]),
    ...GAZETTEER.flatMap((g) => [...g.forms.kk, ...g.forms.ru]),
  ].filter((f) => /^\p{Lu}{2,}$/u.test(f)),
);

/** ҚР, БҚОФ, ОСК: short all-caps words without vowels, branch codes, or lexicon acronyms. */
export function isAcronym(word: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(word)) return false;
  return !VOWELS.test(word) || /ОФ$/u.test(word) || KNOWN_ACRONYMS.has(word);
}

const GENERIC = /(^|\s)(Облыс|Қала|Аудан|Ауыл|Область|Город|Район)/gu;

/**
 * Sentence-case an all-caps role (`«NUR OTAN» ПАРТИЯСЫНЫҢ АТҚАРУШЫ ХАТШЫСЫ` →
 * `«Nur Otan» партиясының атқарушы хатшысы`): everything is lowercased except acronyms and
 * the proper names the gazetteer and organisation lexicon recognise in a title-cased copy.
 */
export function recaseRole(upper: string, lang: Lang): string {
  const lowered = upper.replace(/[\p{L}]+/gu, (w) => (isAcronym(w) ? w : w.toLowerCase()));
  const titled = upper.replace(/[\p{L}]+/gu, (w) => (isAcronym(w) ? w : titleCase(w)));
  if (titled.length !== upper.length || lowered.length !== upper.length) return lowered;
  let out = lowered;
  const put = (start: number, end: number, value: string) => {
    if (value.length === end - start) out = out.slice(0, start) + value + out.slice(end);
  };
  for (const p of findPlaces(titled, lang)) {
    put(
      p.start,
      p.end,
      p.text.replace(GENERIC, (_, sp: string, g: string) => sp + g.toLowerCase()),
    );
  }
  for (const o of findOrganisations(titled, lang)) {
    if (o.name.charAt(0) === o.name.charAt(0).toLowerCase()) continue;
    const lowerHit = o.text.toLowerCase();
    const canon = o.name.toLowerCase();
    const at = lowerHit.indexOf(canon);
    if (at >= 0) put(o.start + at, o.start + at + canon.length, o.name);
    else put(o.start, o.end, o.text);
  }
  return out;
}
