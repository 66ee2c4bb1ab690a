/** The days a Kazakh story counts from the day it has just told (dates/storyDayWords.ts). */
import type { StoryDayWords } from '../../../dates/storyDayWords';
import { KK_DAY_AFTER_EVENT, KK_NEXT_DAY, KK_SAME_DAY, KK_SAME_PERIOD } from './kkTimeOfDay';

export const KK_STORY_DAYS: StoryDayWords = {
  nextDay: KK_NEXT_DAY,
  dayAfterEvent: KK_DAY_AFTER_EVENT,
  dayWords: /кеше|бүгін|ертең/u,
  sameDay: KK_SAME_DAY,
  // (The Kazakh tagger puts "сол жылдың" into the date's own phrase: `own`.)
  sameYear: {
    before: /(?:^|\s)сол\s+жыл\p{L}*\s+$/iu,
    after: /(?!)/u,
    own: /^сол\s+жыл\p{L}*\s/iu,
  },
  samePeriod: KK_SAME_PERIOD,
  // "төрт күннен кейін", "екі аптадан соң".
  later: /(?:күн|апта|жұма)\p{L}*(?:нан|нен|дан|ден|тан|тен)\s+(?:кейін|соң)$/iu,
  // "сайлаудан кейінгі күні": the noun in the ablative before.
  eventAfter: { before: /([\p{L}]{4,}?)(?:дан|ден|тан|тен|нан|нен)\s+$/iu, after: /(?!)/u },
  // A possessive ending on the next word: "сайлау комиссиясы".
  describedAfterBare: /(?:ы|і|сы|сі)$/u,
};
