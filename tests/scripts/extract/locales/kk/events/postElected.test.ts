/**
 * A Kazakh election to a post told by the post in the accusative ("мәслихаттың жаңа хатшысын
 * сайлады", elected the maslikhat's new secretary) or by "this post" in the dative ("Бұл
 * лауазымға Нұрлан Досжанов сайланды") is an appointment, as "хатшысы етіп сайлады" was; so is
 * a meeting told by "жүздесу" (to meet face to face), as "кездесу" is. Sentences written for the
 * test; published 12 March 2025, the act on 5 March.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const POSTS = ['хатшысын', 'төрағасын', 'төрағасының орынбасарын', 'жаңа хатшысын', 'басшысын'];
const ELECTED = ['сайлады', 'сайлаған болатын', 'бірауыздан сайлады', 'қайта сайлады'];
const BY_POST = POSTS.flatMap((post) =>
  ELECTED.map((verb) => `Депутаттар 5 наурызда мәслихаттың ${post} ${verb}.`),
);
const TO_POST = ['Бұл лауазымға', 'Осы қызметке', 'Мәслихат хатшысы лауазымына'].flatMap((post) =>
  ['сайланды', 'бірауыздан сайланды', 'сайланған болатын'].map(
    (verb) => `${post} 5 наурызда Нұрлан Досжанов ${verb}.`,
  ),
);

describe('elected to a post', () => {
  it.each([...BY_POST, ...TO_POST])('%s', (sentence) => {
    expect(kindsAndDays('kk', sentence, PUB)).toContain('appointment 2025-03-05');
  });
});

describe('no election of a person', () => {
  it.each([
    'Сайлаушылар 5 наурызда мәслихат депутаттарын сайлады.',
    'Хатшысы 5 наурызда сайлау қорытындысын жариялады.',
  ])('%s', (sentence) => {
    expect(kindsAndDays('kk', sentence, PUB).filter((e) => e.startsWith('appointment'))).toEqual(
      [],
    );
  });
});

const MET = ['жүздесті', 'жүздескен болатын', 'жүздеседі', 'жүздесіп, келіссөз жүргізді'];
const WHO = [
  'Екі ел басшылары 5 наурызда Астанада',
  'Президент 5 наурызда Өзбекстан Президентімен',
  'Министр 5 наурызда кәсіпкерлермен',
];
describe('meeting face to face', () => {
  it.each(WHO.flatMap((who) => MET.map((verb) => `${who} ${verb}.`)))('%s', (sentence) => {
    const days = kindsAndDays('kk', sentence, PUB);
    expect(
      days.some((e) => /^meeting (?:2025|2026)-03-05$/u.test(e)),
      days.join('; '),
    ).toBe(true);
  });
});
