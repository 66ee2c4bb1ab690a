/**
 * A Kazakh vote named only as the owner of something else (its plan, calendar, observers) is no
 * event of its own, whatever case and possessive the owned noun takes; as the subject it is one.
 * Forms generated for the test, through findTriggers.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const vote = (sentence: string) =>
  findTriggers(sentence, 'kk').find((h) => h.trigger.type === 'election');

describe('KK_TRIGGER_CONTEXT', () => {
  const owned = ['жоспар', 'күнтізбе', 'кесте', 'бюджет', 'график'];
  const endings = ['ы', 'ын', 'ында', 'ынан', 'ына'];
  it.each(owned.flatMap((noun) => endings.map((e) => [noun, e] as const)))(
    'сайлаудың %s%s: the vote owns it',
    (noun, ending) => {
      // (A vowel-final stem takes the s-form of the possessive: "күнтізбесі".)
      const form = /[аеіоөұүыэ]$/u.test(noun) ? `${noun}с${ending}` : `${noun}${ending}`;
      expect(vote(`Комиссия сайлаудың ${form} бекітті.`)?.possessed).toBe(true);
    },
  );

  it('a vote that is the subject is an event', () => {
    expect(vote('Сайлау 19 наурызда өтті.')?.possessed).toBeUndefined();
  });

  it('a bare cue word before a surname is a given name, an inflected one is not', () => {
    expect(vote('Сайлау Жақыпов мәлімдеме жасады.')).toBeUndefined();
    expect(vote('Сайлауда Жақыпов жеңді.')).toBeDefined();
  });
});
