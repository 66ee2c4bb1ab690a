/**
 * Two laws adopted on one day are two events: "Сенат принял закон о местном самоуправлении.
 * Также сенаторы приняли закон о средствах массовой информации." A law event's subject was the
 * signer's surname or none, so any two laws of one day merged into one, its name lost. A law
 * named (lawNames.ts) or told by what it is about ("закон о …") is now its own subject; a law
 * told by neither still joins the law of its day. Sentences written for this test, generated
 * over pairs of laws (named and not), adopting bodies and verbs, with the date or by publication.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const laws = (text: string) =>
  extractSentences('ru', text, '2025-02-12').events.filter((e) => e.type === 'law');

const LAWS = [
  'закон о местном самоуправлении',
  'закон о средствах массовой информации',
  'закон о противодействии коррупции',
  'закон о выборах',
  'закон о государственной службе',
];
const FIRST = [
  (law: string) => `12 февраля Сенат принял ${law}.`,
  (law: string) => `Сенат на пленарном заседании принял ${law}.`,
  (law: string) => `Мажилис принял ${law}.`,
];
const SECOND = [
  (law: string) => `Кроме того, сенаторы приняли ${law}.`,
  (law: string) => `Также депутаты приняли ${law}.`,
];

describe('two laws of one day in two sentences', () => {
  const cases = LAWS.flatMap((a, i) =>
    LAWS.slice(i + 1).flatMap((b) => FIRST.flatMap((f) => SECOND.map((s) => `${f(a)} ${s(b)}`))),
  );
  it.each(cases)('%s → 2 laws', (text) => expect(laws(text)).toHaveLength(2));
});

describe('one law told twice is one event', () => {
  it.each([
    'Сенат принял закон о местном самоуправлении. Закон сенаторы приняли единогласно.',
    'Сенат принял закон о выборах. Ранее закон о выборах одобрил Мажилис.',
    'Мажилис принял закон о противодействии коррупции. Документ принят в целом.',
  ])('%s → 1 law', (text) => expect(laws(text)).toHaveLength(1));
});
