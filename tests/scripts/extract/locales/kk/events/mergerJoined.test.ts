/**
 * The converb "бірігіп" is mostly "together" ("досымен бірігіп жоба жасады", "тұрғындар бірігіп
 * құдық қазды"): no merger. Joining, the verbal noun "қосылу", is a merger or an accession only into
 * a body or a pact in the dative ("Одаққа қосылу", "ДСҰ-ға қосылуы") or by who joins, in the
 * genitive ("кеңеске Өзбекстанның қосылуы"); not to a broadcast or the mains ("эфирге қосылуға
 * дайын", "желісіне заңсыз қосылу"). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const mergers = (sentence: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.facet === 'merger');

const TOGETHER = ['досымен', 'көршілерімен', 'әріптестерімен'];
const DONE = ['жаңа жоба жасады', 'құдық қазды', 'ауылды тазалады'];
const CASES = ['қосылуға', 'қосылу', 'қосылуы', 'қосылуын'];
const NOT_JOINING = ['тікелей эфирге', 'электр желісіне заңсыз', 'интернетке', 'жобаға белсенді'];
const JOINING = ['Одаққа', 'Кеңеске Өзбекстанның', 'ДСҰ-ға', 'Қазақстанның'];

describe('Kazakh: together and joining are no merger', () => {
  it.each(TOGETHER.flatMap((who) => DONE.map((what) => `Ол ${who} бірігіп, ${what}.`)))(
    'no merger: %s',
    (sentence) => expect(mergers(sentence)).toHaveLength(0),
  );
  it.each(NOT_JOINING.flatMap((to) => CASES.map((c) => `Тұрғындар ${to} ${c} дайын.`)))(
    'no merger: %s',
    (sentence) => expect(mergers(sentence)).toHaveLength(0),
  );
  it.each(JOINING.flatMap((to) => CASES.map((c) => `Үкімет ${to} ${c} туралы шешімді қолдады.`)))(
    'joining: %s',
    (sentence) => expect(mergers(sentence)).not.toHaveLength(0),
  );
  it.each(['бірікті', 'бірікпек', 'бірігеді', 'бірігіп, жаңа партия құрды'])(
    'a merger: Екі партия %s',
    (form) => {
      expect(mergers(`Екі партия 2006 жылы ${form}.`)).not.toHaveLength(0);
    },
  );
});
