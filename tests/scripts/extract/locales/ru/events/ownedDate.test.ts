/**
 * A date in the attributive position, right after its noun in the genitive ("после событий января
 * 2022 года"), is that noun's alone: a weak cue of the same sentence (a verb of saying, an
 * appeal) that stood aside for a stronger one is not brought back by it. Sentences written for
 * this test, generated over the noun's adjective, the verbs and the tense of the strong cue.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const ADJECTIVES = ['', 'трагических ', 'кровавых '];
const SAID = [
  'пообещал перезагрузку политической системы',
  'пообещала перезагрузку политической системы',
  'заявил о перезагрузке политической системы',
  'выступил с обращением к народу',
  'поблагодарил силовиков',
];
const STRONG = [
  'в 2022 году референдум закрепил новые правила',
  'в 2022 году прошел референдум',
  'в 2023 году пройдут выборы в Мажилис',
];

describe('a weak cue does not take the date another noun owns', () => {
  for (const adjective of ADJECTIVES)
    for (const said of SAID)
      for (const strong of STRONG) {
        const text = `После ${adjective}событий января 2022 года президент ${said}, и ${strong}.`;
        it(`${text} → no statement of January 2022`, () => {
          const data = eventsOf('ru', text, '2024-03-18');
          expect(
            data.events.filter((e) => e.type === 'statement').map((e) => e.date.edtf),
          ).not.toContain('2022-01');
          expect(data.events.filter((e) => e.type === 'other').map((e) => e.date.edtf)).toContain(
            '2022-01',
          );
        });
      }
});
