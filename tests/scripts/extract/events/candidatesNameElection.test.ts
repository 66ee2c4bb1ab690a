/**
 * Candidates for the President's post name the vote a paragraph then dates: "ЦИК зарегистрировал
 * шесть кандидатов на пост Президента. Выборы пройдут 20 ноября." was titled a bare "Election".
 * Generated over the candidate noun's forms, the ways each language names the post, with and
 * without a count between. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { titleArgs } from '../../../../scripts/extract/events/describe';
import { extractSentences } from './extractSentences';

const RU_NOUNS = ['кандидат', 'кандидата', 'кандидатов', 'кандидаты', 'кандидатам', 'кандидатами'];
const RU_POSTS = ['в президенты', 'на пост Президента', 'на должность президента'];
const KK_NOUNS = ['кандидат', 'кандидатты', 'кандидаттарды', 'үміткер', 'үміткерді', 'үміткерлер'];
const KK_POSTS = ['Президенттікке', 'Президент лауазымына', 'Президент қызметіне'];
const KK_COUNTS = ['', 'алты ', 'алты тіркелген '];

const ru = RU_NOUNS.flatMap((n) =>
  RU_POSTS.map((p) => `ЦИК зарегистрировала ${n} ${p}. Выборы пройдут 20 ноября.`),
);
const kk = KK_POSTS.flatMap((p) =>
  KK_COUNTS.flatMap((c) =>
    KK_NOUNS.map((n) => `ОСК ${p} ${c}${n} тіркеді. Сайлау 20 қарашада өтеді.`),
  ),
);

describe('candidates for the post name a presidential vote', () => {
  it.each([...ru, ...kk])('%s', (paragraph) => {
    const vote = paragraph.split('. ')[1]!;
    expect(titleArgs('election', vote, paragraph).electionKind).toBe('presidential');
  });
  it.each([
    ['ru', `Выборы\n\n${ru[2]!}`],
    ['kk', `Сайлау\n\n${kk[0]!}`],
  ] as const)('%s: the election is titled presidential', (lang, text) => {
    const data = extractSentences(lang, text, '2022-10-12');
    const vote = data.events.find((e) => e.type === 'election');
    expect(vote?.title.en).toMatch(/presidential/iu);
  });
  // (A candidate for another post names no presidential vote.)
  it.each([
    'ЦИК зарегистрировала кандидатов в депутаты Мажилиса. Выборы пройдут 19 марта.',
    'ОСК Мәжіліс депутаттығына үміткерлерді тіркеді. Сайлау 19 наурызда өтеді.',
  ])('%s: not presidential', (paragraph) => {
    const vote = paragraph.split('. ')[1]!;
    expect(titleArgs('election', vote, paragraph).electionKind).not.toBe('presidential');
  });
});
