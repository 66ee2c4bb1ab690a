/**
 * A party post elected names the post and the party: "Лидером партии избран Азамат Абильдаев" was
 * "Azamat Abildayev elected to a new post" (the post lexicon had no leader), and "… избран
 * председателем партии «Ақ жол»" said "party chairman" without the party. events/posts.ts now has
 * `party-leader` (locales/*\/lexicon/titleCues.ts: "лидером партии", "партия жетекшісі",
 * "партиясының көшбасшысы"); events/partyPost.ts names the party the event names, in each
 * language's genitive. Generated over posts, parties, word orders and languages; sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAY = '2025-03-10';

/** A party: how a sentence names it in Russian (genitive) and Kazakh (genitive), and the title's words. */
type Party = { ru: string; kk: string; title?: [string, string, string] };
const PARTIES: Party[] = [
  { ru: 'партии', kk: 'партия' },
  { ru: 'партии «Ак жол»', kk: '«Ақ жол» партиясының', title: ['«Ақ жол» партиясының', 'партии «Ак жол»', 'Ak Zhol'] }, // prettier-ignore
  { ru: 'партии «Аманат»', kk: 'AMANAT партиясының', title: ['«AMANAT» партиясының', 'партии «AMANAT»', 'AMANAT'] }, // prettier-ignore
];
/** A post: Russian instrumental, Kazakh nouns (bare, possessive), the title's words. */
type Post = { ruIns: string; kk: string[]; kkTitle: string; ru: string; en: string };
const POSTS: Post[] = [
  { ruIns: 'лидером', kk: ['жетекшісі', 'көшбасшысы'], kkTitle: 'жетекшісі', ru: 'лидером', en: 'leader' }, // prettier-ignore
  { ruIns: 'председателем', kk: ['төрағасы'], kkTitle: 'төрағасы', ru: 'председателем', en: 'chairman' }, // prettier-ignore
];
const WHO = { ru: 'Азамат Абильдаев', kk: 'Азамат Әбілдаев', en: 'Azamat Abildayev' };

type Case = ['kk' | 'ru', string, [string, string, string]];
/** The title's post phrase in kk and ru (after the name, spelt as the source spells it), and en. */
const title = (post: Post, party: Party): [string, string, string] =>
  party.title
    ? [
        `${party.title[0]} ${post.kkTitle} болып сайланды`,
        `избран ${post.ru} ${party.title[1]}`,
        `${WHO.en} elected ${post.en} of ${party.title[2]}`,
      ]
    : [
        `партия ${post.kkTitle} болып сайланды`,
        `избран ${post.ru} партии`,
        `${WHO.en} elected party ${post.en}`,
      ];
const cases: Case[] = POSTS.flatMap((post) =>
  PARTIES.flatMap((party): Case[] => [
    ['ru', `${WHO.ru} 10 марта избран ${post.ruIns} ${party.ru}.`, title(post, party)],
    // (The post first only with the bare party: "Председателем партии «…» избран" gives no event
    // yet, a gap of the cue, not of the title.)
    ...(party.title ? [] : [['ru', `${post.ruIns[0]!.toUpperCase()}${post.ruIns.slice(1)} ${party.ru} 10 марта избран ${WHO.ru}.`, title(post, party)] as Case]), // prettier-ignore
    ...post.kk.map((kk): Case => [
      'kk',
      `${WHO.kk} 10 наурызда ${party.kk} ${kk} болып сайланды.`,
      title(post, party),
    ]),
  ]),
);

const appointments = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.type === 'appointment' && e.date.edtf === DAY)
    .map((e) => [e.title.kk, e.title.ru, e.title.en]);

describe('a party post elected', () => {
  it.each(cases)('names the post and the party (%s): %s', (lang, text, t) => {
    const [kk, ru, en] = t;
    const got = appointments(lang, text);
    expect(got.some((g) => g[0]!.endsWith(kk) && g[1]!.endsWith(ru) && g[2] === en)).toBe(true);
  });
});
