/**
 * A sitting told with its own verb and a weekday in apposition to its day ("сессиясы жұма күні,
 * 30 шілдеде өтеді") is one event: the bare verb of taking place is the sitting's own, not a
 * second, untitled "Event" of the same day. Sentences written for the test, generated over
 * bodies, weekday forms and the verb's tense, each after a lead with no event.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const at = (lang: 'kk' | 'ru', s: string) => kindsAndDays(lang, `Мәтін.\n\n${s}`, '2021-07-26');

// 30 July 2021 was a Friday.
const BODIES = [
  'Аудандық мәслихаттың кезектен тыс сессиясы',
  'Сенаттың келесі отырысы',
  'Мәжілістің жалпы отырысы',
];
const WEEKDAYS = ['жұма күні', 'жұмада'];
const VERBS = ['өтеді', 'өткізіледі', 'басталады'];
const KK = BODIES.flatMap((b) =>
  WEEKDAYS.flatMap((w) => VERBS.map((v) => `${b} ${w}, 30 шілдеде ${v}.`)),
);

describe('the verb of a sitting that takes place is no second event', () => {
  it.each(KK)('kk: %s', (s) => expect(at('kk', s)).toEqual(['session 2021-07-30']));
});
