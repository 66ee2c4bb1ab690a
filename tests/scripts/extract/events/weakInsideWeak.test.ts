/**
 * A weak cue inside a longer weak cue at the same place is that cue's word: "объявило, что" is a
 * statement, and the bare "объявило" it holds (something happened) is no second event
 * (events/findTriggers.ts, `inside`). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const SAYERS = [
  ['Агентство', 'объявило'],
  ['Министр', 'объявил'],
  ['Комиссия', 'объявила'],
  ['Власти', 'объявили'],
] as const;

describe('a weak cue inside a longer one', () => {
  it.each(SAYERS)('ru: %s в субботу, 14 июня, %s, что …', (who, verb) => {
    expect(
      kindsAndDays('ru', `${who} в субботу, 14 июня, ${verb}, что строительство начнется осенью.`),
    ).toEqual(['statement 2023-06-14']);
  });
  it('ru: the bare verb alone still tells that something happened on its day', () => {
    expect(kindsAndDays('ru', 'Конкурс объявили 14 июня.')).toEqual(['other 2023-06-14']);
  });
});
