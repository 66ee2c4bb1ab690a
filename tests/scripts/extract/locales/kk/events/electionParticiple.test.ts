/**
 * The future participle "сайланатын" before its noun ("Ассамблеядан сайланатын тоғыз депутатты
 * сайлау бүгін өтеді") only says who is to be elected: where the vote's own noun follows in the
 * sentence, that noun is the election's cue, dated by its clause. Alone, the participle still
 * tells a vote ("депутаттар жалпы дауыспен сайланатын болды"). Generated: whom × forms of the
 * vote's noun × days. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const electionCue = (sentence: string) =>
  findTriggers(sentence, 'kk').find((h) => h.trigger.type === 'election')?.text;

const WHOM = ['тоғыз депутатты', 'аудан әкімдерін', 'Сенат депутаттарын'];
const VOTE = ['сайлау', 'сайлауы', 'сайлауын'];
const WHEN = ['бүгін өтеді', '10 қаңтарда өтеді', 'ертең өткізіледі'];

describe('Kazakh: the vote’s noun, not the participle before it, is the cue', () => {
  const cases = WHOM.flatMap((w) =>
    VOTE.flatMap((v) => WHEN.map((when) => `Ассамблеядан сайланатын ${w} ${v} ${when}.`)),
  );
  it.each(cases)('%s', (s) => expect(electionCue(s)).toMatch(/^сайлау/u));

  it('alone, the participle still tells a vote', () => {
    expect(electionCue('Енді олар тікелей дауыспен сайланатын болды.')).toMatch(/сайланатын$/u);
  });
});
