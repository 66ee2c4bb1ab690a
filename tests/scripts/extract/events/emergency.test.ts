/**
 * A state of emergency declared is an act of its own (kind `other`, titled as the emergency), not
 * a decree: an akim declares a regional one by a decision, and a text that says only "төтенше
 * жағдай енгізілді" names no decree. Where the sentence names the decree signed, the decree is the
 * event and the emergency its topic. Either way one event, dated from the day the emergency began
 * ("5 қаңтардан 19 қаңтарға дейін": the Kazakh start carries its ablative in its own text).
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences, kindsAndDays } from './extractSentences';

const PUB = '2024-04-20';

describe('a state of emergency', () => {
  it.each([
    ['kk', 'Облыс әкімі 6 сәуірде өңірде төтенше жағдай жариялады.', 'other 2024-04-06'],
    ['kk', 'Ақтөбе облысында 2 сәуірде төтенше жағдай енгізілді.', 'other 2024-04-02'],
    ['ru', 'Аким области 6 апреля объявил режим чрезвычайной ситуации.', 'other 2024-04-06'],
    [
      'ru',
      'С 5 по 19 января 2022 года в Алматы действовало чрезвычайное положение.',
      'other 2022-01-05',
    ],
    [
      'kk',
      'Президент 2022 жылғы 5 қаңтардан 19 қаңтарға дейін Алматыда коменданттық сағат енгізді.',
      'other 2022-01-05',
    ],
    [
      'kk',
      'Мемлекет басшысы 2022 жылғы 5 қаңтарда төтенше жағдай енгізу туралы Жарлыққа қол қойды.',
      'decree 2022-01-05',
    ],
    [
      'kk',
      'Мемлекет басшысы 2022 жылғы 5 қаңтардан 19 қаңтарға дейін Алматыда төтенше жағдай енгізу туралы Жарлыққа қол қойды.',
      'decree 2022-01-05',
    ],
    [
      'ru',
      'Президент 5 января 2022 года подписал указ о введении чрезвычайного положения.',
      'decree 2022-01-05',
    ],
  ] as const)('%s: %s → %s, once', (lang, sentence, want) => {
    expect(kindsAndDays(lang, sentence, PUB)).toEqual([want]);
  });

  it('is titled as the emergency in each language', () => {
    const [e] = extractSentences('kk', 'Облыс әкімі 6 сәуірде өңірде төтенше жағдай жариялады.', PUB).events; // prettier-ignore
    expect(e?.title.kk).toMatch(/^Төтенше жағдай енгізілді/u);
    expect(e?.title.ru).toMatch(/^Введён чрезвычайный режим/u);
    expect(e?.title.en).toMatch(/^A state of emergency is declared/u);
  });
});
