/**
 * A protest only called for is no protest, in either order and any tense: "призывал к протестам",
 * "К протестам призывал банкир", "призывы к забастовке", "призовут к митингу"; a protest held
 * still is one. Sentences written for this test, generated over the verbs and the protest nouns.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const protest = (text: string) =>
  findTriggers(text, 'ru').some((h) => h.trigger.facet === 'protest');

const CALLS = [
  'призывал',
  'призывала',
  'призывали',
  'призвал',
  'призвали',
  'призовут',
  'призывает',
];
const PROTESTS = ['протестам', 'митингу', 'забастовке', 'пикетам'];

describe('a protest called for is none', () => {
  for (const call of CALLS)
    for (const what of PROTESTS) {
      it(`Оппозиция ${call} граждан к ${what}`, () =>
        expect(protest(`Оппозиция ${call} граждан к ${what}.`)).toBe(false));
      it(`К ${what} ${call} оппозиция`, () =>
        expect(protest(`К ${what} ${call} оппозиция.`)).toBe(false));
    }
  it('призывы к забастовке', () => expect(protest('Звучали призывы к забастовке.')).toBe(false));
});

describe('a protest held is one', () => {
  it.each([
    'Митинг прошел 5 мая.',
    'Протесты начались 2 января.',
    'Жители вышли на площадь.',
    'Забастовка продолжилась, хотя власти призвали к спокойствию.',
  ])('%s', (text) => expect(protest(text)).toBe(true));
});
