/**
 * Names in three languages for generated titles. Known organisations have fixed labels; people
 * and unknown names are transliterated (Kazakh Cyrillic → Russian Cyrillic, → English romanisation
 * in the press style: Тоқаев → Tokayev, Қошанов → Koshanov).
 */
import type { Localized } from '../../../src/model/schema';
import { kkToRu } from '../arguments/transliterate';

// prettier-ignore
const ORGS: Record<string, Localized> = {
  amanat: { kk: 'AMANAT', ru: 'AMANAT', en: 'AMANAT' },
  'nur-otan': { kk: 'Nur Otan', ru: 'Nur Otan', en: 'Nur Otan' },
  'national-coalition': { kk: 'Жалпыұлттық коалиция', ru: 'Общенациональная коалиция', en: 'The national coalition' },
  'peoples-coalition': { kk: 'Халықтық коалиция', ru: 'Народная коалиция', en: "The People's Coalition" },
  osce: { kk: 'ЕҚЫҰ', ru: 'ОБСЕ', en: 'OSCE' },
  parliament: { kk: 'Парламент', ru: 'Парламент', en: 'Parliament' },
  mazhilis: { kk: 'Мәжіліс', ru: 'Мажилис', en: 'The Mazhilis' },
  maslikhat: { kk: 'Мәслихат', ru: 'Маслихат', en: 'The maslikhat' },
  government: { kk: 'Үкімет', ru: 'Правительство', en: 'The Government' },
};

// prettier-ignore
const RU_TO_EN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

export function orgName(id: string, asWritten: string): Localized {
  return ORGS[id] ?? { kk: asWritten, ru: toRussian(asWritten), en: toEnglish(asWritten) };
}

export function personName(name: string): Localized {
  return { kk: name, ru: toRussian(name), en: toEnglish(name) };
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
