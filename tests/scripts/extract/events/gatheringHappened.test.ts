/**
 * Kazakh sentences: a bare gathering ("отырысы", "жиын", "заседание") and the bare verb that it took place ("өтеді",
 * "пройдет") are one event, and the gathering says more: the event is a meeting, not "something
 * happened", even where the day is told twice and each cue takes one ("ертең, 16 мамырда").
 * (Russian "Заседание пройдет завтра, 16 мая" still gives "other": there the bare gathering gets
 * no day of its own, a matter of date ownership, not of which kind leads.) Sentences written for
 * the test, each after a lead with no event.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const at = (lang: 'kk' | 'ru', s: string) => kindsAndDays(lang, `Мәтін.\n\n${s}`, '2024-05-15');

const KK = [
  'Облыстық комиссияның келесі отырысы ертең, 16 мамырда өтеді.',
  'Комиссия отырысы ертең, 16 мамырда басталады.',
  'Тұрғындармен жиын ертең, 16 мамырда өтеді.',
  'Ауыл тұрғындарының жиналысы ертең, 16 мамырда өткізіледі.',
  'Белсенділердің басқосуы ертең, 16 мамырда өтеді.',
];

describe('a bare gathering that takes place is a meeting', () => {
  it.each(KK)('kk: %s', (s) => expect(at('kk', s)).toEqual(['meeting 2024-05-16']));
  it('something else that happens stays other', () => {
    expect(at('kk', 'Ертең, 16 мамырда, акция өтеді.')).not.toContain('meeting 2024-05-16');
  });
});
