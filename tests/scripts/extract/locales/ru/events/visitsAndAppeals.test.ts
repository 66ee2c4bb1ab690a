/**
 * Three cues read in all their forms: coming to a place ("приехал", "приезжала", "приедут … в
 * область") is a visit of the day it gives; citizens received ("прием граждан", "приём жителей") is
 * a meeting; an appeal made is a statement, but not the appeals citizens send, counted or told as
 * theirs ("более 1200 обращений", "каждое второе обращение", "обращения граждан"). Sentences written
 * for this test, generated over genders, numbers, tenses and quantifiers.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const events = (text: string) =>
  eventsOf('ru', text, '2024-03-12').events.map((e) => `${e.type} ${e.date.edtf}`);

const CAME: Array<[string, string]> = [
  ['Президент', 'приехал'],
  ['Министр', 'приезжал'],
  ['Делегация', 'приехала'],
  ['Делегация', 'приезжала'],
  ['Депутаты', 'приехали'],
  ['Депутаты', 'приезжали'],
];
const COMING: Array<[string, string]> = [
  ['Президент', 'приедет'],
  ['Депутаты', 'приедут'],
];

describe('coming to a place on a day is a visit', () => {
  for (const [who, verb] of CAME)
    for (const where of ['в область', 'в Актобе', 'во Павлодарскую область'])
      it(`${who} ${verb} ${where} 5 марта`, () =>
        expect(events(`${who} ${verb} ${where} 5 марта.`)).toContain('meeting 2024-03-05'));
  for (const [who, verb] of COMING)
    it(`${who} ${verb} в область 20 марта`, () =>
      expect(events(`${who} ${verb} в область 20 марта.`)).toContain('meeting 2024-03-20'));
  it('undated, coming is no event', () =>
    expect(events('Министр приезжал в область.')).toEqual([]));
});

describe('citizens received are a meeting', () => {
  it.each([
    'Аким проведет прием граждан 20 марта.',
    'Аким проведет выездной приём жителей района 20 марта.',
    'Прием населения состоится 20 марта.',
  ])('%s', (text) => expect(events(text)).toContain('meeting 2024-03-20'));
});

describe("citizens' appeals are no statement", () => {
  it.each([
    'В прошлом году в офис поступило более 1200 обращений.',
    'В 2023 году поступило около 300 обращений.',
    'В 2023 году поступили тысячи обращений.',
    'Каждое второе обращение в 2023 году касалось тарифов.',
    'Число обращений в 2023 году выросло.',
    'Обращения граждан в 2023 году рассмотрены в срок.',
    'В 2023 году обращений жителей стало больше.',
  ])('%s', (text) => expect(events(text).filter((e) => e.startsWith('statement'))).toEqual([]));
  it.each([
    'Президент выступил с обращением 5 марта.',
    'В своем обращении 5 марта президент призвал к спокойствию.',
  ])('an appeal made still is one: %s', (text) =>
    expect(events(text).filter((e) => e.endsWith('2024-03-05')).length).toBeGreaterThan(0),
  );
});
