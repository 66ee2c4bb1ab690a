/**
 * Powers ended by a decree are the decree's act ("Указом от 3 марта прекращены полномочия акима",
 * "полномочия … прекращены распоряжением"); ended otherwise, they are a resignation. Generated over
 * the instruments (decree, order, resolution) and the verb's forms, in both orders.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const INSTRUMENTS = ['указом', 'распоряжением', 'постановлением'];
const BEFORE = [
  (by: string) => `${by[0]!.toUpperCase()}${by.slice(1)} от 3 марта досрочно прекращены полномочия депутата маслихата Серикова.`, // prettier-ignore
  (by: string) => `Глава государства ${by} от 3 марта досрочно прекратил его полномочия.`,
  (by: string) => `${by[0]!.toUpperCase()}${by.slice(1)} от 3 марта были прекращены депутатские полномочия Серикова.`, // prettier-ignore
];
const AFTER = [
  (by: string) => `Полномочия депутата Серикова прекращены ${by} от 3 марта.`,
  (by: string) => `Досрочно прекращены полномочия Серикова ${by} от 3 марта.`,
];

describe('powers ended by a decree are a decree', () => {
  for (const by of INSTRUMENTS)
    for (const make of [...BEFORE, ...AFTER]) {
      const sentence = make(by);
      it(sentence, () => {
        const events = eventsOf('ru', sentence, '2021-05-10').events;
        expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual(['decree', '2021-03-03']);
        expect(events.filter((e) => e.type === 'resignation')).toEqual([]);
      });
    }

  it.each([
    '3 марта депутат Сериков досрочно прекратил полномочия.',
    'Полномочия Серикова прекращены 3 марта по его собственному желанию.',
  ])('ended without a decree, a resignation: %s', (sentence) => {
    const events = eventsOf('ru', sentence, '2021-05-10').events;
    expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual(['resignation', '2021-03-03']);
  });
});

// The Kazakh instrumental, before the powers or between them and the verb.
const KK_INSTRUMENTS = ['Жарлығымен', 'Жарлықпен', 'қаулысымен', 'өкімімен'];
const KK_FRAMES = [
  (by: string) => `3 наурызда Президент ${by} оның депутаттық өкілеттігі мерзімінен бұрын тоқтатылды.`, // prettier-ignore
  (by: string) => `3 наурызда әкім ${by} Сериковтің өкілеттігі тоқтатылды.`,
  (by: string) => `Депутаттың өкілеттігі 3 наурызда Президент ${by} мерзімінен бұрын тоқтатылды.`,
];

describe('kk: powers ended by a decree are a decree', () => {
  for (const by of KK_INSTRUMENTS)
    for (const make of KK_FRAMES) {
      const sentence = make(by);
      it(sentence, () => {
        const events = eventsOf('kk', sentence, '2021-05-10').events;
        expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual(['decree', '2021-03-03']);
        expect(events.filter((e) => e.type === 'resignation')).toEqual([]);
      });
    }
  it('ended without a decree, a resignation', () => {
    const events = eventsOf('kk', 'Депутат 3 наурызда өкілеттігін мерзімінен бұрын тоқтатты.', '2021-05-10').events; // prettier-ignore
    expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual(['resignation', '2021-03-03']);
  });
});
