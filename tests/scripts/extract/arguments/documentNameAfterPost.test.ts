/**
 * A lone capitalised word after a post, right before a document noun in the possessive, is the
 * document's name ("Мемлекет басшысы Салық кодексіне қол қойды": the Tax Code, no man called
 * Салық, who had become the law's signer). A surname before a bare noun, or one with a strong
 * ending, is still a person. Generated over the posts, the codes and the possessive noun's cases;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

const people = (text: string) => findPersons(text, 'kk').map((p) => p.name);

const POSTS = ['Мемлекет басшысы', 'Президент', 'Премьер-министр', 'Мәжіліс төрағасы'];
const NAMES = ['Салық', 'Бюджет', 'Жер', 'Орман', 'Су'];
const NOUNS = [
  ['кодексіне', 'қол қойды'],
  ['кодексін', 'қабылдады'],
  ['кодексі', 'туралы айтты'],
  ['кодексінің', 'жобасын таныстырды'],
  ['кодексіндегі', 'өзгерістерге тоқталды'],
] as const;

describe('a document named after a post', () => {
  it.each(POSTS.flatMap((p) => NOUNS.map(([n, v]) => [p, n, v])))(
    '%s <Name> %s %s',
    (post, noun, verb) => {
      for (const name of NAMES)
        expect(people(`${post} ${name} ${noun} ${verb}.`), name).toEqual([]);
    },
  );
  it.each([
    ['Мәжіліс төрағасы Қошанов кодекс туралы айтты.', 'Қошанов'],
    ['Министр Жақыпов заң жобасын таныстырды.', 'Жақыпов'],
    ['Министр Сапар заң жобасын таныстырды.', 'Сапар'],
    ['Премьер-министр Бектенов кодексі туралы айтты.', 'Бектенов'],
  ])('still a person: %s', (text, name) => {
    expect(people(text)).toContain(name);
  });
});
