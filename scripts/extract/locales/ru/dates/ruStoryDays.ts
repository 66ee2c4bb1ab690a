/** The days a Russian story counts from the day it has just told (dates/storyDayWords.ts). */
import type { StoryDayWords } from '../../../dates/storyDayWords';
import { RU_SAME_DAY_TEXT } from './ruLexicon';
import { RU_RELATIVE_CLAUSE } from './ruRelativeClause';

export const RU_STORY_DAYS: StoryDayWords = {
  nextDay:
    /^(?:(?:на\s+)?следующ\p{L}*\s+(?:день|дня)|(?:на\s+)?другой\s+день|(?:на\s+)?(?:другое|следующее)\s+утро|наутро)$/iu,
  dayWords: /накануне|вчера|сегодня|завтра/u,
  sameDay: RU_SAME_DAY_TEXT,
  sameYear: {
    before: /(?:^|\s)в\s+том\s+же\s+году\s+$/iu,
    after: /^\s+(?:того\s+же|этого\s+же)\s+года/iu,
    own: /(?!)/u,
  },
  // "четыре дня спустя". ("Через два дня" is left to the publication date: news says it of now;
  // unless it follows a dated act in its sentence: "подписан 5 марта и вступил в силу через
  // десять дней".)
  later: /^спустя\s|\sспустя$/iu,
  laterInSentence: /^через\s/iu,
  eve: { word: /^накануне$/iu, asideBefore: RU_RELATIVE_CLAUSE },
  // "на следующий день после выборов": the noun after "после".
  eventAfter: { before: /(?!)/u, after: /^\s+после\s+([\p{L}]{4,})/iu },
};
