/**
 * Heading a body's committee or faction is no chairmanship of the body (events/titlesCalendar.ts,
 * locales/{kk,ru}/lexicon/bodySubunits.ts): "Ранее, в 2019 году, он возглавлял комитет Мажилиса
 * по международным делам." was titled "The Mazhilis: chairmanship", as if he had chaired the
 * chamber (helper K saw it writing articles). The title now names no body. Generated over heading
 * verbs and subunits in both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const RU_VERBS = ['возглавлял', 'возглавляла'];
const RU_SUBUNITS = [
  'комитет Мажилиса по международным делам',
  'комиссию Сената по правам человека',
  'фракцию партии AMANAT в Мажилисе',
  'департамент Министерства иностранных дел',
];
const KK_SUBUNITS = [
  'Мәжілістің халықаралық істер комитетіне',
  'Сенаттың адам құқықтары жөніндегі комиссиясына',
  'Мәжілістегі AMANAT партиясы фракциясына',
];

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.type === 'other')
    .map((e) => e.title.en);

describe('a subunit headed: no chamber named as chaired', () => {
  it.each(RU_VERBS.flatMap((v) => RU_SUBUNITS.map((s) => [v, s])))('ru: %s %s', (verb, unit) => {
    expect(titles('ru', `Астана, 12 марта. В 2019 году он ${verb} ${unit}.`)).toEqual([
      'Chairmanship of an organisation',
    ]);
  });
  it.each(KK_SUBUNITS)('kk: 2019 жылы ол %s төрағалық етті', (unit) => {
    expect(titles('kk', `Астана, 12 наурыз. 2019 жылы ол ${unit} төрағалық етті.`)).toEqual([
      'Chairmanship of an organisation',
    ]);
  });
});

describe('the body itself headed is still named', () => {
  it.each(RU_VERBS)('ru: В 2019 году он %s Сенат', (verb) => {
    expect(titles('ru', `Астана, 12 марта. В 2019 году он ${verb} Сенат.`)).toEqual([
      'The Senate: chairmanship',
    ]);
  });
});
