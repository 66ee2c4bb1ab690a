/**
 * Kazakh: a gathering noun naming a body inside a post is no meeting ("Жиналыс төрағасы Иван
 * Петров 5 наурызда … мәлімдеді"): the body bare or in the genitive, every post noun and its
 * cases, and date (bodyInPost.ts). What stays: a meeting held. Sentences written for this test,
 * published 2025-03-12.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const POSTS = [
  'Жиналыс төрағасы Иван Петров',
  'Жиналыстың төрағасы Иван Петров',
  'Судьялар жиналысының төрағасы Иван Петров',
  'Отырыс хатшысы Анна Ким',
  'Жиналыстың төрағасы орынбасары Анна Ким',
  'Акционерлер жиналысының мүшесі Иван Петров',
];
const SAID = ['5 наурызда реформа жалғасатынын мәлімдеді', 'жұма күні журналистерге жаңа ережелер туралы айтты', 'кеше журналистердің сұрақтарына жауап берді']; // prettier-ignore

const kinds = (s: string) =>
  extractSentences('kk', `Мәтін.\n\n${s}`, PUB).events.map((e) => `${e.type} ${e.title.en}`);

describe('Kazakh: a body named inside a post is no meeting', () => {
  const cases = POSTS.flatMap((p) => SAID.map((v) => `${p} ${v}.`));
  it.each(cases)('%s', (s) => {
    expect(kinds(s).filter((k) => /^meeting|holds a meeting/u.test(k))).toEqual([]);
  });
});

describe('Kazakh: a meeting held stays one', () => {
  it.each([
    'Жиналыс 5 наурызда өтті.',
    '5 наурызда депутаттар жиналысы өтті.',
    'Жұма күні акционерлер жиналысы өтті.',
    // (The chairmanship a sitting hands over, "төрағалық", is no post of the body.)
    '5 наурыздағы отырыста төрағалық Қазақстанға өтті.',
  ])('%s', (s) => {
    expect(kinds(s).some((k) => k.startsWith('meeting'))).toBe(true);
  });
});
