/**
 * Kazakh: "Президентінің антын қабылдады" is the head of state's oath taken, an inauguration, as
 * "ант берді" and "ант қабылдады" are; another's oath received ("әкімдердің антын қабылдады") is
 * not. Sentences written for the test, each after a lead with no event.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const at = (s: string) => kindsAndDays('kk', `Мәтін.\n\n${s}`, '2024-05-15');

// The office in the genitive, then the verb in the past, the perfect, the future and the intention.
const OFFICES = ['Қазақстан Республикасы Президентінің', 'Мемлекет басшысының'];
const VERBS: Array<[string, string]> = [
  ['бүгін', 'қабылдады'],
  ['бүгін', 'қабылдаған'],
  ['ертең', 'қабылдайды'],
  ['ертең', 'қабылдамақ'],
];
const DAY: Record<string, string> = { бүгін: '2024-05-15', ертең: '2024-05-16' };

describe("the head of state's oath taken is an inauguration", () => {
  const rows = OFFICES.flatMap((office) =>
    VERBS.map(([when, verb]) => [
      `Сенат төрағасы Асқар Бекұлы ${when} ${office} антын ${verb}.`,
      `inauguration ${DAY[when]}`,
    ]),
  );
  it.each(rows)('%s', (s, want) => expect(at(s)).toEqual([want]));
  it('sworn at a joint sitting, the sitting is only its place', () => {
    expect(
      at(
        'Асқар Бекұлы бүгін Парламент палаталарының бірлескен отырысында Президентінің антын қабылдады.',
      ),
    ).toEqual(['inauguration 2024-05-15']);
  });
  it("another's oath received is no inauguration", () => {
    expect(
      at('Президент бүгін жаңа әкімдердің антын қабылдады.').filter((k) =>
        k.startsWith('inauguration'),
      ),
    ).toEqual([]);
  });
});
