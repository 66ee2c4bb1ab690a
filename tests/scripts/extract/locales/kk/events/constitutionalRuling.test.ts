/**
 * Kazakh: a law or a norm found to conform to the Constitution or not is the Constitutional Court's
 * ruling, the court named or not: the active ("заңды Конституцияға сәйкес деп таныды", "… деп
 * тапты") and the passive ("нормалары Конституцияға сәйкес емес деп танылды"), in every form that
 * reports the act (past, perfect, the perfect with "еді", the converb). An `other` event titled
 * "The Constitutional Court rules on …"; a ruling ahead ("қарайды"), a thing done in accordance with
 * the Constitution ("Конституцияға сәйкес өтті") or a finding of guilt is none. Verb forms from the
 * test paradigm. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences } from '../../../events/extractSentences';
import { passiveOf, sentenceOf, verbForms, type KkForm } from './kkVerbParadigm';

const FORMS: KkForm[] = ['past', 'perfect', 'perfectAux', 'converb'];
const FINDINGS = [
  'Конституцияға сәйкес',
  'Конституцияға сәйкес емес',
  'Конституцияға сай емес',
  'Конституцияға сәйкес келмейді',
  'Конституцияға қайшы',
  'конституциялық емес',
];
/** What was found so, as the object and as the subject. */
const OBJECTS = ['сайлау туралы заңды', 'Салық кодексінің нормаларын', 'заңның 15-бабын'];
const SUBJECTS = [
  'Сайлау туралы заңның нормалары',
  'Салық кодексінің 12-бабы',
  'Заңның кейбір нормалары',
];
const FOUND = verbForms('таны');
const FOUND_PASSIVE = verbForms(passiveOf('таны'));
const DEEMED = verbForms('тап');
const DATES = ['5 наурызда', 'бүгін'];

const courtCues = (s: string) =>
  findTriggers(s, 'kk').filter((h) => h.trigger.type === 'other' && h.trigger.facet === 'court');
const rulingTitles = (s: string) =>
  extractSentences('kk', `Мәтін.\n\n${s}`, '2025-03-12')
    .events.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`)
    .filter((t) => t.includes('Constitutional Court rules'));

describe('Kazakh: a ruling on conformity to the Constitution', () => {
  const active = OBJECTS.flatMap((o) =>
    FINDINGS.flatMap((f) =>
      FORMS.flatMap((form) => [
        sentenceOf(form, `Конституциялық Сот 5 наурызда ${o} ${f} деп`, FOUND[form]),
        sentenceOf(form, `Сот 5 наурызда ${o} ${f} деп`, DEEMED[form]),
      ]),
    ),
  );
  const passive = SUBJECTS.flatMap((subj) =>
    FINDINGS.flatMap((f) =>
      FORMS.map((form) => sentenceOf(form, `${subj} 5 наурызда ${f} деп`, FOUND_PASSIVE[form])),
    ),
  );
  it.each([...active, ...passive])('the ruling is the court cue: %s', (s) => {
    expect(courtCues(s)[0]?.text).toMatch(/Конституция|конституциялық/u);
  });

  it.each(
    DATES.flatMap((d) => [
      `Конституциялық Сот ${d} сайлау туралы заңды Конституцияға сәйкес деп таныды.`,
      `Сайлау туралы заңның нормалары ${d} Конституцияға сәйкес емес деп танылды.`,
    ]),
  )('one event of the court, on its day: %s', (s) => {
    const day = s.includes('бүгін') ? '2025-03-12' : '2025-03-05';
    expect(rulingTitles(s)).toEqual([
      `other ${day} The Constitutional Court rules on the law on elections`,
    ]);
  });

  it.each([
    'Конституциялық Сот сайлау туралы заңды 20 наурызда қарайды.',
    'Сайлау 5 наурызда Конституцияға сәйкес өтті.',
    'Сот оны 5 наурызда кінәлі деп таныды.',
    'Депутаттар 5 наурызда заңды Конституцияға сәйкес деп санайды.',
  ])('no ruling on conformity: %s', (s) => {
    expect(rulingTitles(s)).toEqual([]);
  });
});
