/**
 * A vote that is the goal of an appeal ("азаматтарды референдумға қатысуға шақырды", "призвал
 * граждан принять участие в референдуме") is not held on the day of the appeal: the appeal is the
 * day's event. Generated over the vote nouns and the ways of calling; sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', text: string) => kindsAndDays(lang, text, '2022-05-10');

const heldThatDay = (got: string[]) =>
  got.filter((k) => /^(?:election|referendum) 2022-05-05/u.test(k));

describe('a vote called on to take part in is not held that day', () => {
  const KK_VOTES = ['референдумға', 'сайлауға', 'президент сайлауына'];
  const KK_CALLS = [
    'қатысуға шақырды',
    'белсене қатысуға шақырды',
    'баруға шақырды',
    'қатысуға үндеді',
  ];
  it.each(KK_VOTES.flatMap((v) => KK_CALLS.map((c) => `${v} ${c}`)))(
    'kk: азаматтарды %s',
    (tail) => {
      const got = kinds('kk', `5 мамырда Президент азаматтарды ${tail}.`);
      expect(heldThatDay(got)).toEqual([]);
    },
  );

  const RU = [
    'призвал граждан принять участие в референдуме',
    'призвал казахстанцев прийти на выборы',
    'призвал избирателей голосовать на выборах',
    'призывает граждан участвовать в референдуме',
  ];
  it.each(RU)('ru: 5 мая президент %s', (tail) => {
    expect(heldThatDay(kinds('ru', `5 мая президент ${tail}.`))).toEqual([]);
  });

  it('the appeal itself is what the day tells', () => {
    expect(kinds('kk', '5 мамырда Президент азаматтарды референдумға қатысуға шақырды.')).toEqual([
      'statement 2022-05-05',
    ]);
    expect(kinds('ru', '5 мая президент призвал граждан принять участие в референдуме.')).toEqual([
      'statement 2022-05-05',
    ]);
  });

  it('while a vote taken part in, or one with its own day, is the vote', () => {
    expect(kinds('kk', 'Азаматтар 5 мамырда референдумға қатысты.')).toContain(
      'referendum 2022-05-05',
    );
    expect(
      kinds('ru', 'Президент призвал граждан принять участие в референдуме 5 июня.'),
    ).toContain('referendum 2022-06-05');
  });
});
