/**
 * An idea voiced is a proposal ("Идея совета была озвучена 12 июня", "референдум өткізу идеясын
 * 12 маусымда айтты"); an idea only supported is not. An inaugural speech ("в инаугурационной
 * речи") is where the idea was voiced, not the inauguration. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const RU_VOICED = [
  'Идея совета была озвучена 12 июня.',
  'Идею референдума президент озвучил 12 июня.',
  '12 июня президент высказал идею создать совет.',
  'Идея однопалатного парламента была выдвинута 12 июня.',
];
const KK_IDEAS = ['идеясын', 'идеясы', 'идеяны'];
const KK_VOICED = [
  (idea: string) => `Референдум өткізу ${idea} Тоқаев 12 маусымда айтты.`,
  (idea: string) => `Кеңес құру ${idea} Президент 12 маусымда алғаш рет көтерді.`,
  (idea: string) => `Бір палаталы Парламент ${idea} Мемлекет басшысы 12 маусымда айтқан.`,
  // The whole clause may stand between the idea and its verb: who, when, where, at what.
  (idea: string) =>
    `Бір палаталы Парламент ${idea} Мемлекет басшысы алғаш рет 12 маусымда Бурабайда өткен Ұлттық құрылтайда айтқан еді.`,
  (idea: string) =>
    `Референдум өткізу ${idea} Президент Тоқаев 12 маусымда Ақордада өткен кеңейтілген кеңесте алғаш рет көтерді.`,
];

describe('an idea voiced is a proposal', () => {
  it.each(RU_VOICED)('ru: %s', (sentence) => {
    expect(kindsAndDays('ru', sentence)).toContain('proposal 2023-06-12');
  });
  for (const idea of KK_IDEAS)
    it.each(KK_VOICED.map((f) => f(idea)))('kk: %s', (sentence) => {
      expect(kindsAndDays('kk', sentence)).toContain('proposal 2023-06-12');
    });
  it('kk: the idea said in the passive', () => {
    expect(kindsAndDays('kk', 'Референдум өткізу идеясы 12 маусымда айтылды.')).toContain(
      'proposal 2023-06-12',
    );
  });
  it.each([
    ['kk', 'Депутаттар 12 маусымда референдум өткізу идеясын қолдады.'],
    ['ru', 'Депутаты 12 июня поддержали идею референдума.'],
  ] as const)('%s: an idea supported is no proposal: %s', (lang, sentence) => {
    expect(kindsAndDays(lang, sentence).join()).not.toContain('proposal');
  });
  it('ru: an inaugural speech is where the idea was voiced', () => {
    const kinds = kindsAndDays('ru', 'Идея совета была озвучена в инаугурационной речи 12 июня.');
    expect(kinds).toEqual(['proposal 2023-06-12']);
  });
  it('ru: the inauguration itself is still one', () => {
    expect(kindsAndDays('ru', 'Инаугурация президента прошла 12 июня.')).toEqual([
      'inauguration 2023-06-12',
    ]);
  });
});
