/**
 * Russian: consultations held between ministries or parties are talks, a meeting, as
 * negotiations are; not "something happened". Consultations named as a step before something
 * ("только после консультаций с фракциями") are no meeting. Sentences written for the test, each
 * after a lead with no event.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const at = (s: string) => kindsAndDays('ru', `Текст.\n\n${s}`, '2025-04-15');

const HELD = [
  'В пятницу, 11 апреля, в Будапеште состоялись политические консультации между министерствами иностранных дел.',
  'Политические консультации двух министерств прошли 11 апреля в Астане.',
  'Заместители министров провели 11 апреля межмидовские консультации.',
  '11 апреля в ходе консультаций стороны обсудили подготовку визита.',
];

describe('consultations held are a meeting', () => {
  it.each(HELD)('%s', (s) => expect(at(s)).toEqual(['meeting 2025-04-11']));
  it('consultations as a step before something are no meeting', () => {
    expect(
      at('Президент вносит кандидатуру премьера только после консультаций с фракциями.').filter(
        (k) => k.startsWith('meeting'),
      ),
    ).toEqual([]);
  });
});
