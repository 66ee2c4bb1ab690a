/**
 * A foreign name ending in -и after a consonant loses its Kazakh case in every form news write:
 * "Тоқаев Джорджа Мелониді қабылдады" named the guest "Джорджа Мелониді" (the endings were read by
 * the harmony of the vowel before и only, so the front ones were not). Kazakh reads a loan's final
 * и as ій, a sonorant with a front vowel: Модидің, Модиге, Модиді, Модиде, Модиден, Модимен; news
 * write the harmony of the vowel before it too (Модидың, Модиды) and some treat и as a vowel
 * (Модиның, Модині). Generated: names × those paradigms, written from the grammar, not from the
 * code; and sentences of a guest received or met. Kazakh names ending in и (Мәди, Әли) keep their
 * cases, and names that end as a case does (Дариға, Тілеуберді) stay whole.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';
import { kkNameStem } from '../../../../../scripts/extract/locales/kk/kkNameEndings';
import { extractSentences } from '../../events/extractSentences';

const LOANS: Array<[string, string]> = [
  ['Нарендра', 'Моди'],
  ['Джорджа', 'Мелони'],
  ['Маттео', 'Ренци'],
  ['Сильвио', 'Берлускони'],
];

/** Genitive, dative, accusative, locative, ablative, instrumental of a stem ending in ій. */
const FRONT = ['дің', 'ге', 'ді', 'де', 'ден', 'мен'];
/** The same by the harmony of the vowel before и (no dative -ға: "-иға" ends Kazakh names, Дариға). */
const BACK = ['дың', 'ды', 'да', 'дан'];
/** With и read as a vowel: the genitive's and the accusative's -н-. */
const VOWEL = ['нің', 'ның', 'ні', 'ны'];

const forms = LOANS.flatMap(([given, stem]) =>
  [...FRONT, ...BACK, ...VOWEL].map((e) => [given, stem, stem + e] as const),
);

describe('a foreign name ending in -и in a Kazakh case', () => {
  it.each(forms)('%s %s: %s', (given, stem, form) => {
    expect(kkNameStem(form)).toBe(stem);
    expect(
      findPersons(`Президент ${given} ${form} бүгін сөз сөйледі.`, 'kk').map((p) => p.name),
    ).toEqual([`${given} ${stem}`]);
  });
});

const SENTENCES = LOANS.flatMap(([given, stem]) =>
  [
    `Тоқаев ${given} ${stem}ді қабылдады.`,
    `Тоқаев ${given} ${stem}мен кездесті.`,
    `Қасым-Жомарт Тоқаев ${given} ${stem}мен келіссөз жүргізді.`,
  ].map((s) => [s, `${given} ${stem}`] as const),
);

describe('the guest met or received is named in the nominative', () => {
  it.each(SENTENCES)('%s', (sentence, guest) => {
    const events = extractSentences('kk', sentence, '2026-03-12').events;
    expect(events.map((e) => e.type)).toEqual(['meeting']);
    expect(events[0]!.actors.map((a) => a.name)).toContain(guest);
  });
});

describe('Kazakh names ending in и keep their cases; names like a case stay whole', () => {
  const KAZAKH = ['Мәди', 'Әли'].flatMap((stem) => FRONT.map((e) => [stem + e, stem] as const));
  it.each(KAZAKH)('%s → %s', (form, stem) => {
    expect(kkNameStem(form)).toBe(stem);
  });
  it.each(['Дариға', 'Тілеуберді', 'Жанкелді', 'Рафиға'])('%s stays whole', (name) => {
    expect(kkNameStem(name)).toBeUndefined();
  });
});
