/**
 * A Russian visit told by a verb of motion alone: "Глава государства Касым-Жомарт Токаев вылетел в
 * Ташкент" and "Он также полетит в Узбекистан 28 марта" gave no event, "Президент Казахстана
 * Касым-Жомарт Токаев прибыл в Москву" none without a date of its own. The destination is a place
 * of the gazetteer after "в/во", the verb one of arriving, flying out, setting off or going
 * (locales/ru/events/travelledTo.ts). Generated: travellers × destinations (accusative) × verbs ×
 * genders and tenses, in both word orders. Not a visit: cargo arriving, a return home.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences } from '../../../events/extractSentences';

const visit = (sentence: string) =>
  findTriggers(sentence, 'ru').some(
    (h) => h.trigger.type === 'meeting' && h.trigger.facet === 'visit' && !h.topic && !h.standAside,
  );

/** [destination in the accusative, its English name] */
const PLACES: [string, string][] = [
  ['Москву', 'Moscow'],
  ['Ташкент', 'Tashkent'],
  ['Турцию', 'Türkiye'],
  ['Казахстан', 'Kazakhstan'],
  ['Баку', 'Baku'],
  ['Республику Казахстан', 'Kazakhstan'],
  ['США', 'USA'],
  ['Францию', 'France'],
];
/** [traveller, his verb's past form (masculine or feminine or plural), the verb's future] */
const TRAVELLERS: [string, 'm' | 'f' | 'pl'][] = [
  ['Глава государства Касым-Жомарт Токаев', 'm'],
  ['Президент Франции Эмманюэль Макрон', 'm'],
  ['Министр иностранных дел', 'm'],
  ['Председатель Сената', 'm'],
  ['Делегация Казахстана', 'f'],
  ['Депутаты Мажилиса', 'pl'],
];
const PAST: Record<string, Record<'m' | 'f' | 'pl', string>> = {
  прибыть: { m: 'прибыл', f: 'прибыла', pl: 'прибыли' },
  прилететь: { m: 'прилетел', f: 'прилетела', pl: 'прилетели' },
  вылететь: { m: 'вылетел', f: 'вылетела', pl: 'вылетели' },
  отправиться: { m: 'отправился', f: 'отправилась', pl: 'отправились' },
  поехать: { m: 'поехал', f: 'поехала', pl: 'поехали' },
  приехать: { m: 'приехал', f: 'приехала', pl: 'приехали' },
};
const FUTURE: Record<string, { sg: string; pl: string }> = {
  прибыть: { sg: 'прибудет', pl: 'прибудут' },
  прилететь: { sg: 'прилетит', pl: 'прилетят' },
  вылететь: { sg: 'вылетит', pl: 'вылетят' },
  отправиться: { sg: 'отправится', pl: 'отправятся' },
  поехать: { sg: 'поедет', pl: 'поедут' },
  полететь: { sg: 'полетит', pl: 'полетят' },
};

describe('Russian: a verb of motion to a place is a visit', () => {
  const cases = TRAVELLERS.flatMap(([who, g], i) => [
    ...Object.values(PAST).map((v, j) => {
      const [to] = PLACES[(i + j) % PLACES.length]!;
      return j % 2
        ? `В ${to} ${v[g]} ${who.charAt(0).toLowerCase()}${who.slice(1)}.`
        : `${who} ${v[g]} в ${to}.`;
    }),
    ...Object.values(FUTURE).map((v, j) => {
      const [to] = PLACES[(i + j + 3) % PLACES.length]!;
      return `${who} ${g === 'pl' ? v.pl : v.sg} в ${to}.`;
    }),
  ]);
  it.each(cases)('%s', (s) => expect(visit(s)).toBe(true));
});

describe('Russian: the visit, undated or dated, its place and tense', () => {
  const cases = PLACES.flatMap(([to, en], i) => [
    [`Глава государства Касым-Жомарт Токаев ${Object.values(PAST)[i % 6]!.m} в ${to}.`, en, 'reported', '2025-03-12'],
    [`Глава государства Касым-Жомарт Токаев ${Object.values(FUTURE)[i % 6]!.sg} в ${to} 20 марта.`, en, 'planned', '2025-03-20'],
  ] as const); // prettier-ignore
  it.each(cases)('%s → %s, %s', (s, en, status, day) => {
    const events = extractSentences('ru', `Астана, 12 марта. ${s}`, '2025-03-12').events;
    const e = events.find((x) => x.type === 'meeting' && x.date.edtf === day);
    expect(e?.status).toBe(status);
    expect(e?.places.map((p) => p.name.en)).toContain(en);
  });
});

describe('Russian: no visit', () => {
  it.each([
    'В Казахстан прибыл гуманитарный груз из Китая.',
    'Глава государства Касым-Жомарт Токаев вернулся в Астану.',
    'В Казахстан поступили инвестиции на 5 млрд долларов.',
    'Председатель Сената отправил закон в Мажилис.',
  ])('%s', (s) => expect(visit(s)).toBe(false));
});
