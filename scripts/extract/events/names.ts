/**
 * Names in three languages for generated titles. Known organisations have fixed labels; people
 * take their official spelling word by word where the table has it (officialSpellings.ts) and are
 * transliterated otherwise (Kazakh Cyrillic → Russian Cyrillic → press-style English: Қошанов →
 * Koshanov).
 */
import type { Localized } from '../../../src/model/schema';
import { kkToRu } from '../arguments/transliterate';
import { MINISTRIES } from '../locales/kk/lexicon/ministries';
import { ORGANISATIONS } from '../locales/kk/lexicon/organisations';
import { RU_MALE_A_NAMES } from '../locales/ru/lexicon/names';
import { isFemaleGiven } from '../locales/ru/ruNameCase';
import { OFFICIAL_WORDS } from './officialSpellings';
import { isQuotedPartyId, quotedPartyName } from './quotedPartyName';

// English names of the organisations the lexicon knows ("the" where English needs one: templates
// capitalise a title's first letter).
// prettier-ignore
const ORG_EN: Record<string, string> = {
  amanat: 'AMANAT', 'nur-otan': 'Nur Otan', 'ak-zhol': 'Ak Zhol',
  'peoples-party': "the People's Party of Kazakhstan", respublica: 'Respublica', auyl: 'Auyl',
  adal: 'ADAL', 'civic-party': 'the Civic Party', 'agrarian-party': 'the Agrarian Party',
  jsdp: 'the Nationwide Social Democratic Party', parliament: 'Parliament', mazhilis: 'the Mazhilis',
  senate: 'the Senate', 'national-kurultai': 'the National Kurultai', maslikhat: 'the maslikhat', government: 'the Government',
  cec: 'the Central Election Commission', 'constitutional-court': 'the Constitutional Court',
  'constitutional-council': 'the Constitutional Council',
  osce: 'OSCE', sco: 'SCO', csto: 'CSTO', cis: 'CIS', eaeu: 'EAEU', un: 'UN', cica: 'CICA',
  ots: 'the Organization of Turkic States', eu: 'EU', 'security-council': 'the Security Council',
  'peoples-assembly': 'the Assembly of People of Kazakhstan', 'supreme-court': 'the Supreme Court',
  'prosecutor-general': "the Prosecutor General's Office", 'national-bank': 'the National Bank',
  'anti-corruption-agency': 'the Anti-Corruption Agency', knb: 'the National Security Committee',
  'academy-of-sciences': 'the National Academy of Sciences',
  'national-coalition': 'the National Coalition', 'peoples-coalition': "the People's Coalition",
};

// Display forms where the lexicon's name is lower case or an acronym a reader may not know.
// prettier-ignore
const ORG_LOCAL: Record<string, { kk: string; ru: string }> = {
  'peoples-coalition': { kk: 'Халықтық коалиция', ru: 'Народная коалиция' },
  maslikhat: { kk: 'Мәслихат', ru: 'Маслихат' },
  jsdp: { kk: 'ЖСДП', ru: 'ОСДП' },
};

const MINISTRY_EN = new Map(MINISTRIES.map((m) => [m.id, m.en]));

const KNOWN = new Map(ORGANISATIONS.map((o) => [o.id, o.name]));

// prettier-ignore
const RU_TO_EN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

export function orgName(id: string, asWritten: string): Localized {
  const known = ORG_LOCAL[id] ?? KNOWN.get(id);
  const en = ORG_EN[id] ?? MINISTRY_EN.get(id);
  if (known && en) return { kk: known.kk, ru: known.ru, en };
  // (A party named in quotes carries its noun, which each language puts on its own side.)
  const quoted = isQuotedPartyId(id) ? quotedPartyName(asWritten, toRussian, toEnglish) : undefined;
  if (quoted) return quoted;
  return { kk: asWritten, ru: toRussian(asWritten), en: toEnglish(asWritten) };
}

/** A person's name in kk, ru and en: official spellings word by word, transliteration otherwise. */
export function personName(name: string): Localized {
  const words = name.split(/(\s+|\.\s*)/u);
  const pick = (w: string) => OFFICIAL_WORDS[toRussian(w).toLowerCase().replace(/ё/gu, 'е')];
  return {
    kk: words.map((w) => pick(w)?.kk ?? w).join(''),
    ru: words.map((w) => pick(w)?.ru ?? toRussian(w)).join(''),
    en: words.map((w) => pick(w)?.en ?? toEnglish(w)).join(''),
  };
}

/**
 * Whether a name is a woman's: Russian and Kazakh female surnames (`-ова`, `-ская`, `қызы`), or a
 * woman's given name before a surname that tells no sex (`Анна Шевченко`, `Айгерим Ким`), in its
 * Kazakh or Russian spelling (`Айгүл`, `Айгуль`).
 */
export function isFemaleName(name: string): boolean {
  const trimmed = name.trim();
  if (/(?:ова|ева|ёва|ина|ына|ская|цкая|қызы|кызы)$/u.test(trimmed.toLowerCase())) return true;
  const words = trimmed.split(/\s+/u);
  if (words.length < 2) return false;
  const given = words[0]!;
  return (
    !RU_MALE_A_NAMES.has(toRussian(given)) &&
    (isFemaleGiven(given) || isFemaleGiven(toRussian(given)))
  );
}

/** Kazakh letters as Russian texts write them (Тоқаев → Токаев). */
export const toRussian = kkToRu;

export function toEnglish(text: string): string {
  const ru = toRussian(text);
  let out = '';
  for (let i = 0; i < ru.length; i++) {
    const ch = ru[i]!;
    const lower = ch.toLowerCase();
    const prev = (ru[i - 1] ?? ' ').toLowerCase();
    // Press romanisation writes е as "ye" after a vowel or at the start of a word (Тоқаев → Tokayev).
    let r = lower === 'е' && /[аеёиоуыэюя\s-]/u.test(prev) ? 'ye' : RU_TO_EN[lower];
    if (r === undefined) r = lower;
    out += ch !== lower && r.length > 0 ? r[0]!.toUpperCase() + r.slice(1) : r;
  }
  return out;
}
