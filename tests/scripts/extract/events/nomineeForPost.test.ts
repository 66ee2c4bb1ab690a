/**
 * One put forward for a post is the nominee, not the one who proposes: "Президент Олжас
 * Бектеновті Премьер-министр лауазымына ұсынды" (a test sentence written for the check) was
 * "Olzhas Bektenov makes a proposal", and with "қызметіне" ("for the post", not "a service
 * provided") gave no event. Generated over names, posts, the post noun's case and the proposer.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const NAMES = [
  ['Олжас Бектеновті', 'Olzhas Bektenov'],
  ['Марат Бекетаевты', 'Marat Beketayev'],
  ['Ерлан Қошановты', 'Yerlan Koshanov'],
] as const;
const POSTS = [
  ['Премьер-министр', 'Prime Minister'],
  ['Сенат Төрағасы', 'Chairman of the Senate'],
] as const;
const FOR = ['лауазымына', 'қызметіне'];
const WHO = ['Президент', 'Мемлекет басшысы'];

const CASES = NAMES.flatMap(([kk, en]) =>
  POSTS.flatMap(([post, enPost]) =>
    FOR.flatMap((noun) =>
      WHO.map((who) => ({
        text: `${who} 5 ақпанда ${kk} ${post} ${noun} ұсынды.`,
        title: `${en} is nominated for the post of ${enPost}`,
      })),
    ),
  ),
);

describe('one put forward for a post is the nominee', () => {
  it.each(CASES)('$text', ({ text, title }) => {
    const data = extractSentences('kk', text, '2024-02-07');
    expect(data.events.map((e) => [e.date.edtf, e.title.en])).toEqual([['2024-02-05', title]]);
  });
});

// (A service or a loan provided is still no proposal: the object is not in the dative.)
describe('what is provided is no proposal', () => {
  it.each([
    'Әкімдік 5 ақпанда тұрғындарға қызмет ұсынды.',
    'Банк 5 ақпанда кәсіпкерлерге несие ұсынды.',
    'Орталық 5 ақпанда азаматтарға қызметтерін ұсынды.',
  ])('%s', (text) => {
    const data = extractSentences('kk', text, '2024-02-07');
    expect(data.events.filter((e) => e.type === 'proposal')).toEqual([]);
  });
});
