/**
 * Amendments signed by the head of state are a law of that day ("Бұл түзетуге Мемлекет басшысы
 * 17 қыркүйекте қол қойды", "Эти поправки Президент подписал 17 сентября"), as a law or a code
 * signed already was; the Constitution's amendments stay a reform, one event, not two.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const at = (lang: 'kk' | 'ru', s: string) => kindsAndDays(lang, `Мәтін.\n\n${s}`, '2023-04-15');

describe('amendments signed', () => {
  it.each([
    ['kk', 'Бұл түзетуге Мемлекет басшысы 17 қыркүйекте қол қойды.', ['law 2022-09-17']],
    ['kk', 'Осы түзетуге Президент 17 қыркүйекте қол қойған.', ['law 2022-09-17']],
    ['kk', 'Салық кодексіне түзетулерге Президент 17 қыркүйекте қол қойды.', ['law 2022-09-17']],
    [
      'kk',
      'Конституцияға енгізілген түзетулерге Мемлекет басшысы 17 қыркүйекте қол қойды.',
      ['reform 2022-09-17'],
    ],
    ['ru', 'Эти поправки Президент подписал 17 сентября.', ['law 2022-09-17']],
    ['ru', 'Поправки Глава государства подписал 17 сентября.', ['law 2022-09-17']],
    ['ru', 'Поправки в Конституцию Президент подписал 17 сентября.', ['reform 2022-09-17']],
  ] as const)('%s: %s', (lang, s, want) => {
    expect(at(lang, s)).toEqual(want);
  });
  it('amendments only discussed are not signed', () => {
    expect(at('ru', 'Эти поправки депутаты обсуждали 17 сентября.')).not.toContain(
      'law 2022-09-17',
    );
  });
});
