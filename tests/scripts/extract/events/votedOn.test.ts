/**
 * A law or an amendment adopted at a referendum, in the same clause, is what was voted on: the
 * referendum is the event, not a second act of the same day (as the annotators record it).
 * Generated over the locative and instrumental of the referendum in both languages; an act in a
 * clause of its own stays an act.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const KK_AT = [
  '2022 жылғы 5 маусымда өткен республикалық референдумда',
  '2022 жылғы 5 маусымдағы референдумда',
  '2022 жылғы 5 маусымда референдум арқылы',
];
const KK_ACTS = [
  'Конституцияның 33 бабына өзгерістер енгізілді.',
  'Ата Заңға түзетулер қабылданды.',
];
const RU_AT = [
  'На референдуме 5 июня 2022 года',
  'На республиканском референдуме 5 июня 2022 года',
  '5 июня 2022 года референдумом',
];
const RU_ACTS = ['были приняты поправки в Конституцию.', 'были внесены изменения в Конституцию.'];

const kinds = (lang: 'kk' | 'ru', text: string) =>
  eventsOf(lang, text, '2023-06-05').events.map((e) => `${e.type} ${e.date.edtf}`);

describe('an act adopted at a referendum is the referendum', () => {
  for (const at of KK_AT)
    for (const act of KK_ACTS)
      it(`kk: ${at} ${act}`, () =>
        expect(kinds('kk', `${at} ${act}`)).toEqual(['referendum 2022-06-05']));
  for (const at of RU_AT)
    for (const act of RU_ACTS)
      it(`ru: ${at} ${act}`, () =>
        expect(kinds('ru', `${at} ${act}`)).toEqual(['referendum 2022-06-05']));

  it('an act in a clause of its own stays an act', () => {
    const text = `${RU_AT[0]} ${RU_ACTS[0]!.replace('.', '')}, а 1 июля закон вступил в силу.`;
    expect(kinds('ru', text)).toContain('referendum 2022-06-05');
    expect(kinds('ru', text).some((k) => k.startsWith('law'))).toBe(true);
  });

  it('an amendment adopted by Parliament is an act', () => {
    const text = 'Парламент 16 сентября 2022 года принял поправки в Конституцию.';
    expect(kinds('ru', text).some((k) => /^(?:law|reform) 2022-09-16$/u.test(k))).toBe(true);
  });
});
