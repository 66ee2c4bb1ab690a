/**
 * Russian: a mandate ended by others — taken away ("лишён депутатского мандата"), powers
 * terminated in the passive ("полномочия депутата досрочно прекращены") or by a body over someone's
 * ("ЦИК прекратил полномочия депутата") — is no resignation: an `other` event titled by whose
 * mandate it was, in every gender and number. Powers laid down ("досрочно прекратил полномочия")
 * or ended at one's own request stay a resignation. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences } from '../../../events/extractSentences';
import { ACTOR, GENDERS, PAST, SHORT, type Gender } from './ruGenders';

const HOLDER: Record<Gender, string> = {
  m: 'Депутат Аскар Омаров',
  f: 'Депутат Айгуль Омарова',
  n: 'Руководство фракции',
  pl: 'Три депутата',
};
const MANDATE = ['депутатского мандата', 'мандата', 'полномочий', 'депутатских полномочий'];
const ENDED = ['прекращены', 'досрочно прекращены'];
const OWNERS = ['депутата Аскара Омарова', 'депутата', 'сенатора', 'акима района', 'судьи'];

const cues = (s: string) =>
  findTriggers(s, 'ru').map((h) => `${h.trigger.type}/${h.trigger.facet}`);

describe('Russian: a mandate ended by others', () => {
  const deprived = GENDERS.flatMap((g) =>
    MANDATE.flatMap((m) => [
      `${HOLDER[g]} 5 марта лиш${g === 'm' ? 'ён' : 'ен' + SHORT[g]} ${m}.`,
      `${HOLDER[g]} 5 марта был${PAST[g].slice(1)} лишен${SHORT[g]} ${m}.`,
    ]),
  );
  const terminated = OWNERS.flatMap((o) =>
    ENDED.flatMap((v) => [`Полномочия ${o} 5 марта ${v}.`, `5 марта ${v} полномочия ${o}.`]),
  );
  const byBody = GENDERS.flatMap((g) =>
    OWNERS.map((o) => `${ACTOR[g]} 5 марта прекрати${PAST[g]} полномочия ${o}.`),
  );
  it.each([...deprived, ...terminated, ...byBody])('a mandate ended, no resignation: %s', (s) => {
    expect(cues(s)).toContain('other/mandate-ended');
    expect(cues(s)).not.toContain('resignation/resignation');
  });

  it.each([
    'Депутат Аскар Омаров 5 марта лишен депутатского мандата.',
    'Полномочия депутата Аскара Омарова 5 марта досрочно прекращены.',
  ])('titled by whose it was: %s', (s) => {
    const e = extractSentences('ru', `Текст.\n\n${s}`, '2025-03-12').events;
    expect(e.map((x) => `${x.type} ${x.date.edtf} ${x.title.en}`)).toEqual([
      "other 2025-03-05 Askar Omarov's mandate terminated",
    ]);
  });

  it.each([
    'Даурен Ахметжанов 5 марта досрочно прекратил полномочия.',
    'Полномочия депутата Аскара Омарова 5 марта досрочно прекращены по собственному желанию.',
  ])('laid down at one’s own will stays a resignation: %s', (s) => {
    expect(cues(s)).not.toContain('other/mandate-ended');
    expect(cues(s)).toContain('resignation/resignation');
  });
});
