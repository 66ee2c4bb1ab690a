/**
 * A title's Russian verb agrees with the person as the sentence's own verb tells: "Матвиенко
 * провела заседание" was titled "Матвиенко провёл заседание" (test sentences written for the
 * check), for a surname in -ко tells no gender and the title read the name alone. The clause's
 * past verb after its subject decides where the surname does not (events/verbGender.ts); "ушла",
 * "ушёл", with two letters before the ending, now show their gender too (locales/ru/personNames.ts).
 * Generated over three surnames, both genders and three events.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const SURNAMES = ['Матвиенко', 'Тимошенко', 'Бондаренко'];
const VERBS = [
  { f: 'провела', m: 'провёл', rest: 'заседание комиссии', type: 'meeting' },
  { f: 'подписала', m: 'подписал', rest: 'постановление', type: 'decree' },
  { f: 'ушла', m: 'ушёл', rest: 'в отставку', type: 'resignation' },
];
const CASES = SURNAMES.flatMap((who) =>
  VERBS.flatMap((v) =>
    (['f', 'm'] as const).map((g) => ({
      text: `12 марта ${who} ${v[g]} ${v.rest}.`,
      type: v.type,
      verb: v[g],
      who,
    })),
  ),
);

describe("a title's verb in the gender the sentence's verb tells", () => {
  it.each(CASES)('$text', ({ text, type, verb, who }) => {
    const ru = extractSentences('ru', text, '2025-03-12')
      .events.filter((e) => e.type === type)
      .map((e) => e.title.ru);
    expect(ru).toHaveLength(1);
    expect(ru[0]).toMatch(new RegExp(`^${who} ${verb} `, 'u'));
  });
});
