/**
 * Russian: a law or a norm found to conform to the Constitution or not is the Constitutional
 * Court's ruling, the court named or not: the active past in every gender and number ("признал",
 * "признала", "признало", "признали"), the short passive ("признан", "признана", "признано",
 * "признаны", with "был" or not), "постановил признать", and the participle agreeing with what was
 * found so. An `other` event of the court's, titled "The Constitutional Court rules on …"; a ruling
 * ahead ("рассмотрит") or a thing done in accordance with the Constitution is none. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences } from '../../../events/extractSentences';

/** What was found so, as the object (accusative) and as the subject, with its participle's ending. */
const OBJECTS: Array<{ acc: string; nom: string; short: string; part: string }> = [
  { acc: 'закон о выборах', nom: 'Закон о выборах', short: 'признан', part: 'им' },
  {
    acc: 'статью 15 закона о выборах',
    nom: 'Статья 15 закона о выборах',
    short: 'признана',
    part: 'ей',
  },
  {
    acc: 'положение Налогового кодекса',
    nom: 'Положение Налогового кодекса',
    short: 'признано',
    part: 'им',
  },
  { acc: 'отдельные нормы закона', nom: 'Отдельные нормы закона', short: 'признаны', part: 'ими' },
];
/** The finding, by the participle's ending. */
const FINDINGS = (e: string) => [
  `соответствующ${e} Конституции`,
  `не соответствующ${e} Конституции`,
  `противоречащ${e} Конституции`,
  `неконституционн${e === 'ей' ? 'ой' : e === 'им' ? 'ым' : 'ыми'}`,
];
const SUBJECTS: Array<[string, string]> = [
  ['Конституционный суд', 'признал'],
  ['Коллегия Конституционного суда', 'признала'],
  ['Собрание судей', 'признало'],
  ['Судьи Конституционного суда', 'признали'],
  ['Конституционный суд', 'постановил признать'],
];
const DATES = ['5 марта', 'сегодня'];
const WAS: Record<string, string> = {
  признан: 'был',
  признана: 'была',
  признано: 'было',
  признаны: 'были',
};

const courtCues = (s: string) =>
  findTriggers(s, 'ru').filter((h) => h.trigger.type === 'other' && h.trigger.facet === 'court');
const rulingTitles = (s: string) =>
  extractSentences('ru', `Текст.\n\n${s}`, '2025-03-12')
    .events.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`)
    .filter((t) => t.includes('Constitutional Court rules'));

describe('Russian: a ruling on conformity to the Constitution', () => {
  const active = SUBJECTS.flatMap(([who, verb]) =>
    OBJECTS.flatMap((o) => FINDINGS(o.part).map((f) => `${who} 5 марта ${verb} ${o.acc} ${f}.`)),
  );
  const passive = OBJECTS.flatMap((o) =>
    FINDINGS(o.part).flatMap((f) => [
      `${o.nom} 5 марта ${o.short} ${f}.`,
      `${o.nom} ${WAS[o.short] ?? ''} ${o.short} ${f}.`,
    ]),
  );
  it.each([...active, ...passive])('the ruling is the court cue: %s', (s) => {
    const cue = courtCues(s)[0];
    expect(cue?.text).toMatch(/Конституци|неконституционн/u);
  });

  it.each(
    DATES.flatMap((d) => [
      `Конституционный суд ${d} признал закон о выборах соответствующим Конституции.`,
      `Нормы закона о выборах ${d} признаны не соответствующими Конституции.`,
    ]),
  )('one event of the court, on its day: %s', (s) => {
    const day = s.includes('сегодня') ? '2025-03-12' : '2025-03-05';
    expect(rulingTitles(s)).toEqual([
      `other ${day} The Constitutional Court rules on the law on elections`,
    ]);
  });

  it.each([
    'Конституционный суд 20 марта рассмотрит закон о выборах.',
    'Выборы прошли 5 марта в соответствии с Конституцией.',
    'Депутаты 5 марта признали работу правительства удовлетворительной.',
    'Его 5 марта признали виновным в получении взятки.',
  ])('no ruling on conformity: %s', (s) => {
    expect(rulingTitles(s)).toEqual([]);
  });
});
