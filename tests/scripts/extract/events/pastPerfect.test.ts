/**
 * A Kazakh act told in the past perfect ("қабылдаған болатын", "өткізген еді") had been done before
 * the story's time: recalled, never the news of the publication day (events/when.ts); the same act
 * in the simple past is the day's news. Sentences written for the test, after a headline and lead.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-03-12';
const LEAD =
  'Президент Өзбекстан Президентімен телефон арқылы сөйлесті\n\nБүгін Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен телефон арқылы сөйлесті. Тараптар сауда мен көлікті талқылады.';
const datesOf = (sentence: string) =>
  extractSentences('kk', `${LEAD}\n\n${sentence}`, PUBLISHED)
    .events.filter((e) => e.sources[0]!.evidence.some((x) => x.text === sentence))
    .map((e) => e.date.edtf);

// [the subject and object, the verb stem with its participle ending, the simple past]
const ACTS: Array<[string, string, string]> = [
  ['Мәжіліс бұл заңды', 'қабылдаған', 'қабылдады'],
  ['Сенат сайлау туралы заңды', 'мақұлдаған', 'мақұлдады'],
  ['Мәслихат кезектен тыс сессия', 'өткізген', 'өткізді'],
];

describe('a Kazakh past perfect is recalled, not the news of the day', () => {
  for (const [words, participle, past] of ACTS) {
    for (const aux of ['болатын', 'еді'])
      it(`${words} ${participle} ${aux}. → not ${PUBLISHED}`, () => {
        expect(datesOf(`${words} ${participle} ${aux}.`)).not.toContain(PUBLISHED);
      });
    it(`${words} ${past}. → ${PUBLISHED}`, () => {
      expect(datesOf(`${words} ${past}.`)).toContain(PUBLISHED);
    });
  }
});
