/**
 * A referendum on, or the coming into force of, a Constitution the text calls new is titled so:
 * "Референдум по проекту новой Конституции состоится 15 марта" (a test sentence written for the
 * check) was titled "Referendum on the Constitution" / "Референдум по Конституции", as the
 * referendum's title was fixed wording and the coming-into-force one too. Now the locales'
 * newConstitution cue (titleCues.ts) sets the titles' newConstitution flag. Generated over
 * Russian and Kazakh wordings; with no "new" the titles stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const REFERENDUM = {
  ru: [
    'Референдум по проекту новой Конституции состоится 15 марта.',
    'Граждане поддержат новую Конституцию на референдуме 15 марта.',
    'Новая Конституция будет вынесена на референдум 15 марта.',
    'На референдуме 15 марта была принята новая Конституция.',
    'Референдум по новому Основному закону состоится 15 марта.',
  ],
  kk: [
    'Жаңа Конституция бойынша республикалық референдум 15 наурызда өтеді.',
    'Жаңа Конституция жобасы 15 наурызда референдумға шығарылады.',
    'Жаңа Конституция 15 наурызда өтетін референдумда қабылданады.',
    'Жаңа Ата Заң бойынша референдум 15 наурызда өтеді.',
  ],
};
const IN_FORCE = {
  ru: [
    'Новая Конституция вступит в силу 1 июля 2025 года.',
    'Новая Конституция Казахстана вступит в силу с 1 июля 2025 года.',
  ],
  kk: [
    'Жаңа Конституция 2025 жылғы 1 шілдеде күшіне енеді.',
    'Жаңа Конституция 2025 жылғы 1 шілдеден бастап күшіне енеді.',
  ],
};
const NEW = {
  referendum: {
    kk: 'Жаңа Конституция бойынша референдум',
    ru: 'Референдум по новой Конституции',
    en: 'Referendum on the new Constitution',
  },
  reform: {
    kk: 'Жаңа Конституция күшіне енбек',
    ru: 'Новая Конституция вступит в силу',
    en: 'The new Constitution to come into force',
  },
};
const TAIL = { ru: ' Об этом сообщил ЦИК.', kk: ' Бұл туралы ОСК хабарлады.' };

const titleOf = (lang: 'kk' | 'ru', text: string, type: string) =>
  extractSentences(lang, text + TAIL[lang], '2025-03-12').events.find((e) => e.type === type)
    ?.title;

describe('a new Constitution', () => {
  it.each((['ru', 'kk'] as const).flatMap((l) => REFERENDUM[l].map((t) => [l, t] as const)))(
    '%s: %s is a referendum on the new Constitution',
    (lang, text) => expect(titleOf(lang, text, 'referendum')).toEqual(NEW.referendum),
  );

  it.each((['ru', 'kk'] as const).flatMap((l) => IN_FORCE[l].map((t) => [l, t] as const)))(
    '%s: %s is the new Constitution coming into force',
    (lang, text) => expect(titleOf(lang, text, 'reform')).toEqual(NEW.reform),
  );

  it.each([
    ['ru', 'Референдум по Конституции состоится 15 марта.'],
    ['kk', 'Конституция бойынша республикалық референдум 15 наурызда өтеді.'],
  ] as const)('%s: %s stays the Constitution', (lang, text) =>
    expect(titleOf(lang, text, 'referendum')?.en).toBe('Referendum on the Constitution'),
  );
});
