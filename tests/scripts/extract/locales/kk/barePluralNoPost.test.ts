/**
 * A bare plural names a group and stands in apposition to no one name (locales/kk/rolePhraseStart.ts):
 * "Студенттер Ұлы Отанмен кездесті" gave a person "Ұлы Отан" (the Great Fatherland) with the post
 * "Студенттер" (the students), found by that post alone. Generated over plural nouns whose stem is
 * a post's, capitalised phrases that are no name, real names, and their cases; sentences written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const GROUPS = ['Студенттер', 'Журналистер', 'Мұғалімдер', 'Ардагерлер', 'Депутаттар'];
// A capitalised phrase that is no one's name, in a case, then the verb.
const NOT_NAMES = ['Ұлы Отанмен кездесті', 'Ұлы Даланы таныстырды', 'Ұлы Жеңіске арнады'];
// A name in a case, then the verb: the name is a person, with no post.
const NAMES = [
  ['Ержан Ахметовпен кездесті', 'Ержан Ахметов'],
  ['Ерлан Қошановқа сұрақ қойды', 'Ерлан Қошанов'],
  ['Айгүл Сейітованы құттықтады', 'Айгүл Сейітова'],
] as const;

describe('a bare plural before capitalised words is no post', () => {
  it.each(GROUPS.flatMap((g) => NOT_NAMES.map((rest) => `${g} ${rest}.`)))('%s', (text) => {
    expect(findPersons(text, 'kk')).toEqual([]);
  });
  it.each(GROUPS.flatMap((g) => NAMES.map(([rest, name]) => [`${g} ${rest}.`, name])))(
    '%s',
    (text, name) => {
      const found = findPersons(text, 'kk').find((p) => p.name === name);
      expect(found).toBeDefined();
      expect(found?.role).toBeUndefined();
    },
  );
});
