/**
 * A task that must be done by a deadline is an event planned for that day, whoever set it: with an
 * instructing verb ("тапсырды", "поручил") or only a modal ("бекітуі тиіс", "должно утвердить"),
 * and a deadline that is a day, a part of a month, a season or the year's end ("1 шілдеге дейін",
 * "ақпанның соңына дейін", "жыл соңына дейін", "до конца года"). Without a deadline a modal is
 * talk, no event. Generated over the Kazakh verbal noun's endings (-уы/-уі/-юы/-юі) with each
 * modal word, and over the Russian modal's genders and numbers. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2025-05-20';
const at = (lang: 'kk' | 'ru', s: string) => kindsAndDays(lang, `Мәтін.\n\n${s}`, PUB);

const KK_VERBAL_NOUNS = [
  'бекітуі',
  'аяқтауы',
  'енгізуі',
  'әзірлеуі',
  'тоқуы',
  'жиюы',
  'сүюі',
  'қоюы',
];
const KK_MODALS = ['тиіс', 'керек', 'қажет'];
const KK_DEADLINES: Array<[string, string]> = [
  ['1 шілдеге дейін', 'other 2025-07-01'],
  ['маусымның соңына дейін', 'other 2025-06'],
  ['жыл соңына дейін', 'other 2025'],
];

describe('a task due by a deadline is planned for it', () => {
  for (const [deadline, want] of KK_DEADLINES)
    it(`kk: … ${deadline} … -уы тиіс/керек/қажет`, () => {
      for (const noun of KK_VERBAL_NOUNS)
        for (const modal of KK_MODALS) {
          const s = `Министрлік жаңа ережелерді ${deadline} ${noun} ${modal}.`;
          expect(at('kk', s), s).toContain(want);
        }
    });
  it.each([
    ['должно', 'Правительство'],
    ['должен', 'Кабмин'],
    ['должна', 'Рабочая группа'],
    ['должны', 'Стороны'],
    ['обязан', 'Акимат'],
  ])('ru: %s', (modal, subject) => {
    for (const [deadline, want] of [
      ['до 1 июля', 'other 2025-07-01'],
      ['до конца года', 'other 2025'],
    ]) {
      const s = `${subject} ${modal} утвердить план ${deadline}.`;
      expect(at('ru', s), s).toContain(want);
    }
  });
  it('with no deadline a modal is no event', () => {
    expect(at('kk', 'Министрлік жаңа ережелерді бекітуі тиіс.')).toEqual([]);
    expect(at('ru', 'Правительство должно утвердить план.')).toEqual([]);
  });
});
