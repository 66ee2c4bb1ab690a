/**
 * Heading a body ("возглавлял Сенат", kk "Сенатты басқарды") is holding a post in it, never
 * founding it: no form of the verb, in either word order, is read as a founding. When the sentence
 * gives the start of the headship ("с 2019 года возглавлял"), the tenure cue still reads it.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const facets = (sentence: string, lang: 'ru' | 'kk') =>
  findTriggers(sentence, lang).map((h) => h.trigger.facet);

const HEADING = [
  'возглавлял',
  'возглавляла',
  'возглавляли',
  'возглавляет',
  'возглавляют',
  'возглавлявший',
  'возглавил',
  'возглавила',
  'возглавили',
  'возглавит',
];
const BODIES = [
  'Сенат',
  'Мажилис',
  'министерство юстиции',
  'комиссию',
  'рабочую группу',
  'партию «Аманат»',
];
const RU = HEADING.flatMap((verb) =>
  BODIES.flatMap((body) => [
    `В 2019 году он ${verb} ${body}.`,
    `${body.charAt(0).toUpperCase()}${body.slice(1)} в 2019 году ${verb} Маулен Ашимбаев.`,
  ]),
);

const KK_HEADING = ['басқарды', 'басқарған', 'басқарып келеді', 'басқарады', 'басқарып отыр'];
const KK_BODIES = [
  'Сенатты',
  'Мәжілісті',
  'Әділет министрлігін',
  'комиссияны',
  '«Аманат» партиясын',
];
const KK = KK_HEADING.flatMap((verb) => KK_BODIES.map((body) => `2019 жылы ол ${body} ${verb}.`));

describe('heading a body is no founding', () => {
  it.each(RU)('ru: %s', (sentence) => {
    expect(facets(sentence, 'ru')).not.toContain('founding');
  });
  it.each(KK)('kk: %s', (sentence) => {
    expect(facets(sentence, 'kk')).not.toContain('founding');
  });
});

describe('a headship with its start is still a tenure', () => {
  it.each(
    ['возглавлял', 'возглавляла', 'возглавляет', 'возглавляли'].flatMap((verb) =>
      BODIES.map((body) => `С 2019 года он ${verb} ${body}.`),
    ),
  )('%s', (sentence) => {
    expect(facets(sentence, 'ru')).toContain('tenure');
  });
});
