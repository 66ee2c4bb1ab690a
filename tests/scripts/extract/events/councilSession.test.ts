/**
 * A session of an international council or assembly, and a sitting of committees, is a meeting;
 * a session stays the kind for a chamber's or a maslikhat's sitting. Sentences written for the
 * test, each after a lead with no event.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const at = (lang: 'kk' | 'ru', s: string) => kindsAndDays(lang, `Мәтін.\n\n${s}`, '2024-11-27');

describe('a council session abroad or of committees is a meeting', () => {
  it.each([
    ['kk', 'Ертең Астанада Ұжымдық қауіпсіздік кеңесінің сессиясы өтеді.', 'meeting 2024-11-28'],
    ['kk', 'Ертең Нью-Йоркте БҰҰ Бас Ассамблеясының сессиясы басталады.', 'meeting 2024-11-28'],
    ['kk', 'Ертең ТМД сессиясы өтеді.', 'meeting 2024-11-28'],
    [
      'ru',
      'Завтра в Астане пройдет сессия Совета коллективной безопасности ОДКБ.',
      'meeting 2024-11-28',
    ],
    ['ru', 'Завтра откроется сессия Генассамблеи ООН.', 'meeting 2024-11-28'],
    [
      'ru',
      'В прошлый четверг сенаторы обсуждали документ на совместном заседании комитетов.',
      'meeting 2024-11-21',
    ],
  ] as const)('%s: %s', (lang, s, want) => {
    expect(at(lang, s)).toEqual([want]);
  });
  it.each([
    ['kk', 'Ертең облыстық мәслихаттың сессиясы өтеді.', 'session 2024-11-28'],
    ['ru', 'Завтра пройдет совместное заседание палат Парламента.', 'session 2024-11-28'],
    ['ru', 'Завтра пройдет сессия городского маслихата.', 'session 2024-11-28'],
  ] as const)('a chamber or a maslikhat stays a session: %s', (lang, s, want) => {
    expect(at(lang, s)).toEqual([want]);
  });
});
