/**
 * An adjective ending in -ы/-і is no possessive noun, so it does not end the post phrase before
 * the noun it qualifies (locales/kk/izafet.ts): "Ғылым және жоғары білім министрі Саясат Нұрбек"
 * gave the post "білім министрі" ("жоғары", high, read as a possessive before "білім").
 * Generated over adjectives, the nouns after them and names; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const ADJECTIVES = ['жоғары', 'арнайы', 'жалпы', 'сыртқы', 'ішкі'];
const NOUNS = ['білім', 'экономикалық', 'бағдарламалар'];
const NAMES = ['Ержан Ахметов', 'Гүлнар Сейітова'];

describe('an adjective in -ы/-і stays in the post', () => {
  it.each(
    ADJECTIVES.flatMap((adj) =>
      NOUNS.flatMap((noun) =>
        NAMES.map((name) => [
          `Министрліктің ${adj} ${noun} департаментінің директоры ${name} мәлімдеді.`,
          name,
          `Министрліктің ${adj} ${noun} департаментінің директоры`,
        ]),
      ),
    ),
  )('%s', (text, name, post) => {
    expect(findPersons(text, 'kk').find((p) => p.name === name)?.role).toBe(post);
  });
});
