/**
 * A proposal to rename a party names the party renamed, or "the party" where the text names none:
 * "Мәжіліс төрағасы Ерлан Исқақов партияны «Болашақ» деп өзгертуді ұсынды" was titled "Yerlan
 * Iskakov proposes renaming the Mazhilis Bolashak", the speaker's own body taken for the party.
 * Generated over speakers with and without a body in their post, the new names, the party named
 * or not, and the day, in both languages; sentences written for this test. (The new name is
 * spelled in English by names.ts: only that one follows is checked.)
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12').events.map((e) => `${e.date.edtf} ${e.title.en}`);

const KK_SPEAKERS = [
  ['Мәжіліс төрағасы Ерлан Исқақов', 'Yerlan Iskakov'],
  ['Сенат депутаты Мұрат Әбенов', 'Murat Abenov'],
  ['Ерлан Исқақов', 'Yerlan Iskakov'],
] as const;
const RU_SPEAKERS = [
  ['Председатель Мажилиса Ерлан Искаков', 'Yerlan Iskakov'],
  ['Депутат Сената Мурат Абенов', 'Murat Abenov'],
  ['Ерлан Искаков', 'Yerlan Iskakov'],
] as const;
const NAMES = ['Болашақ', 'Жаңа жол'];
const RU_NAMES = ['Болашак', 'Новый путь'];
const KK_DAYS = [
  ['5 наурызда', '2025-03-05'],
  ['18 ақпанда', '2025-02-18'],
] as const;
const RU_DAYS = [
  ['5 марта', '2025-03-05'],
  ['18 февраля', '2025-02-18'],
] as const;

describe('renaming a party the text does not name', () => {
  it.each(
    KK_SPEAKERS.flatMap(([who, en]) =>
      NAMES.flatMap((n) => KK_DAYS.map(([d, day]) => [who, d, n, day, en])),
    ),
  )('kk: %s %s партияны «%s» деп өзгертуді ұсынды', (who, d, n, day, en) =>
    expect(titles('kk', `${who} ${d} партияны «${n}» деп өзгертуді ұсынды.`)).toContainEqual(
      expect.stringMatching(new RegExp(`^${day} ${en} proposes renaming the party \\p{Lu}`, 'u')),
    ),
  );
  it.each(
    RU_SPEAKERS.flatMap(([who, en]) =>
      RU_NAMES.flatMap((n) => RU_DAYS.map(([d, day]) => [who, d, n, day, en])),
    ),
  )('ru: %s %s предложил переименовать партию в «%s»', (who, d, n, day, en) =>
    expect(titles('ru', `${who} ${d} предложил переименовать партию в «${n}».`)).toContainEqual(
      expect.stringMatching(new RegExp(`^${day} ${en} proposes renaming the party \\p{Lu}`, 'u')),
    ),
  );
});

describe('renaming a party the text names', () => {
  it.each(KK_SPEAKERS.flatMap(([who, en]) => KK_DAYS.map(([d, day]) => [who, d, day, en])))(
    'kk: %s %s «Nur Otan» партиясының атауын «Аманат» деп өзгертуді ұсынды',
    (who, d, day, en) =>
      expect(
        titles('kk', `${who} ${d} «Nur Otan» партиясының атауын «Аманат» деп өзгертуді ұсынды.`),
      ).toContain(`${day} ${en} proposes renaming Nur Otan AMANAT`),
  );
});
