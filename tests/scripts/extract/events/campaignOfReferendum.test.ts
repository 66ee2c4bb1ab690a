/**
 * A campaign named bare, or a referendum's, titled by its own vote. "Выборы пройдут 15 марта.
 * Кампания завершится 13 марта" (sentences written for the check) was titled "Event": the Russian
 * happening nouns knew only "агитационная / предвыборная кампания", and a campaign was the vote's
 * only where its own sentence named a vote. "Референдум пройдёт 15 марта. Агитационная кампания
 * завершится 13 марта" (or "Үгіт науқаны 13 наурызда аяқталады" after a referendum) was titled
 * "Election campaign to end". A campaign named bare ("Кампания", "Науқан", "Бұл науқан") now
 * refers back to the vote the sentence before named (events/happeningOf.ts, HappeningCues.anaphoric),
 * and a campaign whose sentence, or the sentence before, names a referendum and no election is the
 * referendum's (campaignVote): "Referendum campaign to end". Generated over votes, campaign nouns,
 * steps, tenses and both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2026-03-12';
type Vote = 'Referendum' | 'Election';
// prettier-ignore
const RU = {
  votes: [
    ['Референдум пройдет 15 марта.', 'Referendum'],
    ['Республиканский референдум назначен на 15 марта.', 'Referendum'],
    ['Выборы в Мажилис пройдут 15 марта.', 'Election'],
    ['Выборы депутатов маслихатов назначены на 15 марта.', 'Election'],
  ] as Array<[string, Vote]>,
  nouns: ['Кампания', 'Агитационная кампания', 'Агитация', 'Эта кампания'],
  steps: [
    ['завершится 14 марта', '2026-03-14', 'to end'],
    ['начнется 13 марта', '2026-03-13', 'to start'],
    ['завершилась 11 марта', '2026-03-11', 'ends'],
  ],
};
// prettier-ignore
const KK = {
  votes: [
    ['Референдум 15 наурызда өтеді.', 'Referendum'],
    ['Республикалық референдум 15 наурызға белгіленді.', 'Referendum'],
    ['Мәжіліс сайлауы 15 наурызда өтеді.', 'Election'],
    ['Мәслихат депутаттарын сайлау 15 наурызға белгіленді.', 'Election'],
  ] as Array<[string, Vote]>,
  nouns: ['Науқан', 'Үгіт науқаны', 'Үгіт-насихат науқаны', 'Бұл науқан'],
  steps: [
    ['14 наурызда аяқталады', '2026-03-14', 'to end'],
    ['14 ақпанда басталды', '2026-02-14', 'starts'],
    ['11 наурызда аяқталды', '2026-03-11', 'ends'],
  ],
};

const cases = (lang: 'kk' | 'ru', l: typeof RU) =>
  l.votes.flatMap(([vote, kind]) =>
    l.nouns.flatMap((noun) =>
      l.steps.map(([step, day, en]) => ({
        lang,
        text: `${vote} ${noun} ${step}.`,
        day: day!,
        title: `${kind} campaign ${en}`,
      })),
    ),
  );

const titlesOn = (lang: 'kk' | 'ru', text: string, day: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.date.edtf === day)
    .map((e) => e.title.en);

describe('a campaign is titled by the vote it is of', () => {
  it.each([...cases('ru', RU), ...cases('kk', KK)])(
    '$lang: $text',
    ({ lang, text, day, title }) => {
      expect(titlesOn(lang, text, day)).toEqual([title]);
    },
  );

  it.each([
    ['ru', 'Агитационная кампания к референдуму начнется 20 марта.', '2026-03-20', 'Referendum campaign to start'],
    ['ru', 'Референдум пройдет 15 марта. Предвыборная кампания депутатов начнется 20 марта.', '2026-03-20', 'Election campaign to start'],
    ['kk', 'Референдум 15 наурызда өтеді. Сайлау науқаны 20 наурызда басталады.', '2026-03-20', 'Election campaign to start'],
  ] as Array<['kk' | 'ru', string, string, string]>)('%s: %s', (lang, text, day, title) => {
    expect(titlesOn(lang, text, day)).toContain(title);
  }); // prettier-ignore

  // (A campaign with a word of its own is another's: no vote's campaign, whatever came before.)
  it.each([
    ['ru', 'Выборы пройдут 15 марта. Кампания по вакцинации завершится 14 марта.'],
    ['ru', 'Референдум пройдет 15 марта. Кампания вакцинации завершится 14 марта.'],
    ['kk', 'Сайлау 15 наурызда өтеді. Егіс науқаны 14 наурызда аяқталады.'],
    ['kk', 'Референдум 15 наурызда өтеді. Егіс науқаны 14 наурызда аяқталады.'],
  ] as Array<['kk' | 'ru', string]>)('%s: %s', (lang, text) => {
    expect(titlesOn(lang, text, '2026-03-14').filter((t) => /campaign/iu.test(t))).toEqual([]);
  });
});
