/**
 * A trial's stage on a day the sentence gives: the parties' pleadings or last words heard, ended or
 * begun ("тараптардың жарыссөзі 5 маусымда аяқталды", "тараптардың соңғы сөзі тыңдалды"), every
 * form that tells the act (verbForms.ts). A debate in Parliament has no parties. Sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const trials = (sentence: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.facet === 'trial');

const STAGES = ['жарыссөзі', 'соңғы сөзі'];
const VERBS = [
  'тыңдалды', 'тыңдалған', 'тыңдалады', 'тыңдалмақ',
  'аяқталды', 'аяқталған', 'аяқталады', 'өтті', 'өткен', 'өтеді', 'басталды', 'басталып',
]; // prettier-ignore

describe('Kazakh: a trial’s stage', () => {
  const cases = STAGES.flatMap((stage) =>
    VERBS.map((verb) => `Іс бойынша тараптардың ${stage} 5 маусымда ${verb}.`),
  );
  it.each(cases)('a trial: %s', (sentence) => {
    expect(trials(sentence)).not.toHaveLength(0);
  });

  it('is dated by the day the sentence gives', () => {
    const events = eventsOf(
      'kk',
      'Бұрынғы министрдің ісі бойынша сот отырысы жалғасты, тараптардың жарыссөзі 5 маусымда аяқталды.',
    );
    expect(events.events.map((e) => [e.type, e.date.edtf, e.title.en])).toContainEqual([
      'other',
      '2023-06-05',
      'A trial',
    ]);
  });

  it('a debate in Parliament is no trial', () => {
    expect(trials('Мәжілісте 5 маусымда жарыссөз өтті.')).toHaveLength(0);
  });
});
