/**
 * A body of the state made or made anew (the Constitutional Court, a chamber, a ministry, an
 * agency) is a reform of the state, not an organisation founded; a working group set up at
 * Parliament is not Parliament made, and a new region stays an event of its own (the region made).
 * Sentences written for this test, generated over bodies and verb forms.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const kindsOn = (lang: 'kk' | 'ru', text: string, date: string) =>
  eventsOf(lang, text, '2024-06-10')
    .events.filter((e) => e.date.edtf === date)
    .map((e) => e.type);

const KK_BODIES = ['Конституциялық Сот', 'Жаңа палата', 'Цифрлық даму министрлігі', 'Стратегиялық жоспарлау агенттігі']; // prettier-ignore
const KK_VERBS = ['құрылды', 'құрылған', 'қайта құрылды'];
/**
 * A body that appears, is split, merged, reorganised or abolished: each stem in the past and the
 * perfect participle, harmonised by its last vowel (-ды/-ған after a back one, -ді/-ген after a front one).
 */
const KK_CHANGED_STEMS = ['пайда бол', 'бөлін', 'біріктіріл', 'таратыл', 'қайта ұйымдастырыл'];
const kkForms = (stem: string) => {
  const front = /[әеөүі][^аәеөоұүыі]*$/u.test(stem);
  return front ? [`${stem}ді`, `${stem}ген`] : [`${stem}ды`, `${stem}ған`];
};
const RU_BODIES: Array<[string, string]> = [['Конституционный суд', ''], ['Министерство', 'о'], ['Агентство по стратегическому планированию', 'о']]; // prettier-ignore
/** Short passive stems, agreeing with the body's gender (-∅ masculine, -о neuter). */
const RU_VERBS = ['создан', 'образован', 'учрежден', 'воссоздан'];

describe('a body of the state made is a reform', () => {
  for (const body of KK_BODIES) {
    for (const verb of KK_VERBS) {
      it(`kk: "${body} 2023 жылғы 1 қаңтарда ${verb}"`, () => {
        expect(kindsOn('kk', `${body} 2023 жылғы 1 қаңтарда ${verb}.`, '2023-01-01')).toEqual(['reform']); // prettier-ignore
      });
    }
  }
  for (const body of ['Білім министрлігі', 'Цифрлық даму агенттігі', 'Агенттік'])
    for (const verb of KK_CHANGED_STEMS.flatMap(kkForms))
      it(`kk: "${body} 2023 жылғы 1 қаңтарда ${verb}"`, () => {
        expect(kindsOn('kk', `${body} 2023 жылғы 1 қаңтарда ${verb}.`, '2023-01-01')).toEqual(['reform']); // prettier-ignore
      });
  for (const [body, ending] of RU_BODIES) {
    for (const stem of RU_VERBS) {
      const verb = stem + ending;
      it(`ru: "${body} ${verb} 1 января 2023 года"`, () => {
        expect(kindsOn('ru', `${body} ${verb} 1 января 2023 года.`, '2023-01-01')).toEqual(['reform']); // prettier-ignore
      });
    }
  }
  it('ru: "Двухпалатный парламент появился в 1995 году"', () => {
    expect(kindsOn('ru', 'Двухпалатный парламент появился в 1995 году.', '1995')).toEqual([
      'reform',
    ]);
  });
});

describe('what is not a body of the state made', () => {
  it('a working group set up at Parliament', () => {
    const kinds = kindsOn(
      'ru',
      'Рабочая группа при парламенте будет создана 5 июля.',
      '2024-07-05',
    );
    expect(kinds).not.toContain('reform');
  });
  // (A reform too, of the state's structure, but titled as the region made: events/hitKind.ts.)
  it('a new region, an event of its own', () => {
    const found = eventsOf('kk', 'Абай облысы 2022 жылғы 8 маусымда құрылды.', '2024-06-10').events;
    expect(found.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`)).toEqual([
      'reform 2022-06-08 Abai Region is created',
    ]);
  });
});
