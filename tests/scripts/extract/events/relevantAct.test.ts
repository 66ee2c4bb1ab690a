/**
 * "Соответствующий указ подписан 3 июня" / "Тиісті Жарлыққа 3 маусымда қол қойылды": the act that
 * made the news told just before dates it (events/toldDates.ts); the dismissal was drawn at the
 * publication day, a day after the decree. Not news told as ahead, nor a sentence with no act.
 * Generated: act nouns × cases × the news told before. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-06-04';
const LEAD = {
  ru: 'Аким Алматинской области Марат Султангазиев освобождён от должности в связи с переходом на другую работу, сообщает пресс-служба Акорды.',
  kk: 'Алматы облысының әкімі Марат Сұлтанғазиев басқа жұмысқа ауысуына байланысты қызметінен босатылды, деп хабарлады Ақорданың баспасөз қызметі.',
};
const ACTS = {
  ru: [
    'Соответствующий указ подписал Президент Касым-Жомарт Токаев 3 июня.',
    'Соответствующее распоряжение подписано 3 июня.',
    'Соответствующее постановление было принято 3 июня.',
    'Соответствующий приказ издан во вторник, 3 июня.',
    'Соответствующее решение принято 3 июня.',
  ],
  kk: [
    'Тиісті Жарлыққа Мемлекет басшысы Қасым-Жомарт Тоқаев 3 маусымда қол қойды.',
    'Тиісті жарлық 3 маусымда жарияланды.',
    'Тиісті қаулы 3 маусымда қабылданды.',
    'Тиісті өкімге 3 маусымда қол қойылды.',
    'Тиісті шешім 3 маусымда қабылданды.',
    'Бұл тиісті бұйрықпен 3 маусымда ресімделді.',
  ],
};

const resignations = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.type === 'resignation')
    .map((e) => e.date.edtf);

describe('the relevant act dates the news told before it', () => {
  for (const lang of ['ru', 'kk'] as const)
    it.each(ACTS[lang])(`${lang}: %s`, (act) => {
      expect(resignations(lang, `${LEAD[lang]} ${act}`)).toEqual(['2025-06-03']);
    });
});

describe('but not news told as ahead, nor a sentence with no act', () => {
  it.each([
    [
      'ru',
      'Досрочные выборы акима области будут проведены осенью. Соответствующее решение принято 3 июня.',
      'election',
    ],
    [
      'kk',
      'Ең басты жаңалық – облыс әкімінің сайлауы. Тиісті Жарлыққа 3 маусымда қол қойылды.',
      'election',
    ],
  ] as const)('%s: %s', (lang, text, type) => {
    const data = extractSentences(lang, text, PUB);
    expect(data.events.filter((e) => e.type === type && e.date.edtf === '2025-06-03')).toEqual([]);
  });
});
