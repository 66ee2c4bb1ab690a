import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "Оның жасы 57-де" (he is 57), "жасы сексеннен асқан" (over eighty), "орташа жастары елуге
 * тақаған" (their average age nears fifty): a bare count in a case, said of "жасы" a few words
 * before, is an age in years, as KazNERD marks it (the count alone). Generated: counts in
 * digits and words in the locative, dative and ablative by harmony, with words between; the
 * same counts said of other nouns, and "ауыл жастары" (the village's young people), are no age.
 */
const tag = (text: string) => tagDates(text, { lang: 'kk' }).map((t) => [t.text, t.value]);

const COUNTS = [
  ['57-де', 57], ['елу жетіде', 57], ['80-нен', 80], ['сексеннен', 80], ['50-ге', 50],
  ['елуге', 50], ['30-да', 30], ['отызда', 30], ['отызға', 30], ['18-ге', 18], ['жетпістен', 70],
  ['40-тан', 40], ['қырықтан', 40], ['алпысқа', 60], ['60-қа', 60],
] as const; // prettier-ignore
const FRAMES = ['Оның жасы {} .', 'Атамыздың жасы қазір {} асқан .', 'Орташа жастары {} тақаған .'];

describe('Kazakh ages told of "жасы"', () => {
  it.each(FRAMES)('every count in a case is an age in "%s"', (frame) => {
    const wrong = COUNTS.flatMap(([n, v]) => {
      const found = tag(frame.replace('{}', n));
      return JSON.stringify(found) === JSON.stringify([[n, `P${v}Y`]])
        ? []
        : [`${n}: ${JSON.stringify(found)}`];
    });
    expect(wrong).toEqual([]);
  });
  it.each(['Оның саны {} .', 'Ауыл жастары {} жетті .', 'Бағасы {} асқан .'])(
    'no count is an age in "%s"',
    (frame) => {
      const found = COUNTS.flatMap(([n]) => tag(frame.replace('{}', n)));
      expect(found).toEqual([]);
    },
  );
});
