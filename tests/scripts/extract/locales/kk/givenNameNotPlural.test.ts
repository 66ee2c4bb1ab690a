/**
 * A foreign given name that ends as a Kazakh plural suffix was read as a plural noun, a group
 * before a name: "Тоқаев Петер Сийяртомен кездесті" named only Tokayev, and "Петер Сийярто
 * Астанаға келді" no one. The plural's consonant follows the stem's last sound (-лар/-лер after a
 * vowel and р, й, у; -дар/-дер after л, м, н, ң, з, ж; -тар/-тер after a voiceless consonant), so
 * "Пе-тер", "Пи-тер", "Гюн-тер" are no plurals; "Журналистер", "Депутаттар", "Әкімдер" are, and
 * stay no given name ("Журналистер Ержан Ахметовпен кездесті"). Generated: given names ×
 * surnames × frames (met, visiting, received); plural nouns of each class × frames. Written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const GIVEN = ['Петер', 'Питер', 'Гюнтер'];
/** A surname and its comitative, its accusative. */
const SURNAMES: Array<[string, string, string]> = [
  ['Сийярто', 'Сийяртомен', 'Сийяртоны'],
  ['Макрон', 'Макронмен', 'Макронды'],
  ['Шольц', 'Шольцпен', 'Шольцті'],
];
const FRAMES: Array<(s: [string, string, string], g: string) => string> = [
  ([, met], g) => `Тоқаев ${g} ${met} кездесті.`,
  ([name], g) => `${g} ${name} Астанаға келді.`,
  ([, , acc], g) => `${g} ${acc} Тоқаев Ақордада қабылдады.`,
];

const guests = (sentence: string) =>
  findPersons(sentence, 'kk')
    .map((p) => p.name)
    .filter((n) => n !== 'Тоқаев');

const forms = GIVEN.flatMap((g) =>
  SURNAMES.flatMap((s) => FRAMES.map((frame) => ({ text: frame(s, g), name: `${g} ${s[0]}` }))),
);

/** Plural nouns, the suffix's consonant by each class of the stem's last sound. */
const PLURALS = ['Депутаттар', 'Журналистер', 'Әкімдер', 'Сенаторлар', 'Мүшелер', 'Тұрғындар'];
const plurals = PLURALS.flatMap((p) => [
  { text: `${p} Ержан Ахметовпен кездесті.`, name: 'Ержан Ахметов' },
  { text: `Тоқаев ${p} Ержан Ахметовпен кездесті.`, name: 'Ержан Ахметов' },
]);

describe('a given name that ends as a plural suffix after no stem of its sound', () => {
  it.each(forms)('$text → $name', ({ text, name }) => {
    expect(guests(text)).toEqual([name]);
  });
  it.each(plurals)('$text → $name, the plural no given name', ({ text, name }) => {
    expect(guests(text)).toEqual([name]);
  });
});
