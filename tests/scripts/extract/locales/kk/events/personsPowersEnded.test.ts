/**
 * Kazakh: powers ended early ("мерзімінен бұрын тоқтатты") are a dissolution only when they are a
 * body's. A person's powers ("оның өкілеттігін", "депутаттық өкілеттігін", a name in the genitive)
 * ended at a maslikhat's sitting are no decree. Sentences written for the test, each after a lead
 * with no event.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const at = (s: string) => kindsAndDays('kk', `Мәтін.\n\n${s}`, '2024-06-15');
const decrees = (s: string) => at(s).filter((k) => k.startsWith('decree'));

const PERSONS = ['оның', 'депутаттық', 'Серікованың', 'хатшының', 'депутаттың'];

describe("a person's powers ended early are no dissolution", () => {
  it.each(PERSONS)('%s өкілеттігін … мерзімінен бұрын тоқтатты', (who) => {
    const s = `Облыстық мәслихат ${who} өкілеттігін 29 мамырда өткен кезектен тыс сессияда мерзімінен бұрын тоқтатты.`;
    expect(decrees(s)).toEqual([]);
    expect(at(s)).toContain('session 2024-05-29');
  });
  it.each([
    'Президент 29 мамырда мәслихаттың өкілеттігін мерзімінен бұрын тоқтату туралы жарлыққа қол қойды.',
    'Президент 29 мамырда Мәжілістің өкілеттігін мерзімінен бұрын тоқтату туралы Жарлыққа қол қойды.',
  ])("a body's powers ended by decree stay a decree: %s", (s) => {
    expect(decrees(s)).toEqual(['decree 2024-05-29']);
  });
});
