/**
 * A court sanctioning an arrest ("сот оны қамауға алуға санкция берді", "үй қамағына алуға
 * санкция берілді") is a court's act (other/court), dated like any other: every form of бер that
 * tells the act, active or passive (verbForms.ts). A sanction of another kind (economic sanctions,
 * "санкциялар енгізілді") is none. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const court = (sentence: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.facet === 'court');

const WHAT = ['қамауға алуға', 'тұтқындауға', 'үй қамағына алуға'];
// Active and passive of бер: past, perfect, intention, present, converb.
const VERBS = ['берді', 'берген', 'бермек', 'береді', 'беріп', 'берілді', 'берілген', 'беріледі'];

describe('Kazakh: a court sanctions an arrest', () => {
  const cases = WHAT.flatMap((what) =>
    VERBS.map((verb) => `Аудандық сот 5 наурызда күдіктіні екі айға ${what} санкция ${verb}.`),
  );
  it.each(cases)('a court act: %s', (sentence) => {
    expect(court(sentence)).not.toHaveLength(0);
  });

  it('is dated by the day the sentence gives', () => {
    const events = eventsOf('kk', 'Сот 5 наурызда бұрынғы әкімді қамауға алуға санкция берді.');
    expect(events.events.map((e) => [e.type, e.date.edtf])).toContainEqual(['other', '2023-03-05']);
  });

  it('an economic sanction is no court act', () => {
    expect(court('Еуроодақ 5 наурызда жаңа санкциялар енгізді.')).toHaveLength(0);
  });
});
