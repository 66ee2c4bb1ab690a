/**
 * A noun in -ние/-тие after a vowel, right after a preposed participle phrase, is the phrase's
 * noun, not one more adjective (locales/ru/events/participleBeforeNoun.ts BEFORE_NOUN): "Созданное
 * в 2019 году движение выдвинуло кандидата" dated the nomination 2019, the movement's founding,
 * as "движение" ends as the adjective "парламентские" does. Soft adjectives have a consonant
 * before -ние ("последние", "внутренние") and stay adjectives. Generated over participles, nouns
 * and acts; sentences written for the test (helper K found the case).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const PARTICIPLES = ['Созданное', 'Образованное', 'Учреждённое'];
const NOUNS = ['движение', 'объединение', 'общественное движение', 'партийное объединение'];
const ACTS = [
  ['выдвинуло кандидата в президенты', 'proposal'],
  ['провело съезд в Астане', 'congress'],
] as const;

const dayOf = (text: string, type: string) =>
  extractSentences('ru', `Астана, 12 марта. ${text}`, PUB).events.find((e) => e.type === type)?.date
    .edtf;

describe("a noun in -ние after the phrase ends it: the act is not the founding's year", () => {
  it.each(
    PARTICIPLES.flatMap((p) => NOUNS.flatMap((n) => ACTS.map(([act, type]) => [p, n, act, type]))),
  )('%s в 2019 году %s %s', (participle, noun, act, type) => {
    expect(dayOf(`${participle} в 2019 году ${noun} ${act}.`, type!)).toBe(PUB);
  });
});

describe('a soft adjective in -ние is still an adjective before the noun', () => {
  it.each(['последние', 'внутренние'])('Прошедшие 5 марта %s выборы …', (adjective) => {
    expect(dayOf(`Прошедшие 5 марта ${adjective} выборы признаны состоявшимися.`, 'election')).toBe(
      '2025-03-05',
    );
  });
});
