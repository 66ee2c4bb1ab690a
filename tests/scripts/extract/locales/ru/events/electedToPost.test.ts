/**
 * A body electing someone to a post, the post told first in the instrumental ("Председателем
 * партии избрали депутата Мажилиса …"), is an appointment of the day, not a vote without a date:
 * "избрали депутата" read as electing deputies. And "накануне" before a past verb is the adverb
 * (the day before), not the eve of an event still ahead ("накануне выборов").
 * Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences, kindsAndDays } from '../../../events/extractSentences';

const POSTS = ['Председателем', 'Руководителем', 'Секретарем', 'Заместителем председателя'];
const BODIES = ['партии', 'совета', 'фракции'];
const VERBS = ['избрали', 'единогласно избрали', 'избрали делегаты'];

describe('elected to a post named first', () => {
  it('every post, body and verb: one appointment on the publication day, no vote', () => {
    const wrong = POSTS.flatMap((post) =>
      BODIES.flatMap((body) =>
        VERBS.flatMap((verb) => {
          const text = `${post} ${body} ${verb} депутата Мажилиса Гульнару Ахметову.`;
          const got = extractSentences('ru', text, '2024-12-14');
          const ok =
            got.events.map((e) => `${e.type} ${e.date.edtf}`).join() === 'appointment 2024-12-14' &&
            !got.unplaced.some((u) => 'type' in u && u.type === 'election');
          return ok ? [] : [text];
        }),
      ),
    );
    expect(wrong).toEqual([]);
  });
  it('deputies elected by voters stay a vote', () => {
    const got = extractSentences('ru', 'Вчера в округе избрали депутата маслихата.', '2024-12-14');
    expect(got.events.map((e) => e.type)).toEqual(['election']);
  });
});

describe('"накануне" before a past verb', () => {
  it.each([
    ['Серик Тулебаев накануне сложил полномочия председателя партии.', 'resignation 2024-12-13'],
    ['Аким области накануне подал в отставку.', 'resignation 2024-12-13'],
  ])('%s → %s', (text, want) => {
    expect(kindsAndDays('ru', text, '2024-12-14')).toContain(want);
  });
  it('the eve of a vote is still not the vote', () => {
    expect(
      kindsAndDays('ru', 'Накануне выборов аким провел встречу с жителями.', '2024-12-14'),
    ).not.toContainEqual(expect.stringMatching(/^election/u));
  });
});
