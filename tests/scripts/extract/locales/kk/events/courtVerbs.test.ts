/**
 * A court's act told by its verb in every tense and person, active and passive: "сот оны 5 жылға
 * соттады / соттаған / соттайды / соттамақ", "сотталды", "кінәлі деп таныды / танылды / табылды",
 * "үкім шығарды / шығарылды", "бас бостандығынан айырды / айырылды", "жаза кесілді", "айыппұл
 * салды", "айып тағылды", "тұтқындалды", "қамаққа алынды". The forms are generated from the
 * grammar (kkVerbParadigm.ts, not the extractor's own verb helper) and read in sentences written
 * for this test, each with a dated subject.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences } from '../../../events/extractSentences';
import { type KkForm, passiveOf, sentenceOf, verbForms } from './kkVerbParadigm';

const FINITE: KkForm[] = [
  'past', 'past1pl', 'past1sg', 'past2pl', 'perfect', 'perfectAux', 'future', 'future1pl',
  'present', 'present1pl', 'progressive', 'converb', 'reported',
]; // prettier-ignore

interface CourtVerb {
  stem: string;
  /** The sentence up to the active verb, with the court or the police as subject. */
  active?: string;
  /** The same with the accused as subject, for the passive. */
  passive?: string;
  /** Passive forms that are mostly something else ("ұсталады": is kept, held). */
  skipPassive?: KkForm[];
}

const D = '2023 жылғы 5 наурызда';
const VERBS: CourtVerb[] = [
  { stem: 'сотта', active: `Аудандық сот ${D} оны 5 жылға`, passive: `Белсенді ${D} 5 жылға` },
  { stem: 'таны', active: `Сот ${D} оны кінәлі деп`, passive: `Бұрынғы әкім ${D} кінәлі деп` },
  { stem: 'тап', passive: `Бұрынғы министр ${D} кінәлі деп` },
  { stem: 'шығар', active: `Сот ${D} іс бойынша үкім`, passive: `Іс бойынша ${D} үкім` },
  {
    stem: 'айыр',
    active: `Сот оны ${D} 5 жылға бас бостандығынан`,
    passive: `Белсенді ${D} 5 жылға бас бостандығынан`,
  },
  { stem: 'кес', active: `Сот оған ${D} 7 жыл жаза`, passive: `Оған ${D} 7 жыл жаза` },
  { stem: 'тағайында', active: `Сот оған ${D} айыппұл түрінде жаза` },
  { stem: 'сал', active: `Сот белсендіге ${D} 200 мың теңге айыппұл`, passive: `Белсендіге ${D} айыппұл` },
  { stem: 'тақ', active: `Прокуратура оған ${D} айып`, passive: `Бұрынғы әкімге ${D} айып` },
  { stem: 'тұтқында', active: `Полиция ${D} белсендіні`, passive: `Белсенді ${D}` },
  { stem: 'ал', active: `Полиция ${D} белсендіні қамаққа`, passive: `Белсенді ${D} 10 тәулікке қамаққа` },
  { stem: 'ұста', passive: `Бұрынғы әкім ${D} пара алу үстінде`, skipPassive: ['present', 'present1pl'] },
]; // prettier-ignore

const CASES: string[] = VERBS.flatMap((v) => [
  ...(v.active ? FINITE.map((f) => sentenceOf(f, v.active!, verbForms(v.stem)[f])) : []),
  ...(v.passive
    ? FINITE.filter((f) => !v.skipPassive?.includes(f)).map((f) =>
        sentenceOf(f, v.passive!, verbForms(passiveOf(v.stem))[f]),
      )
    : []),
]);

const facets = (sentence: string) =>
  findTriggers(sentence, 'kk').map((h) => `${h.trigger.type}/${h.trigger.facet}`);

describe('Kazakh: a court’s act in every tense and person', () => {
  it('generates the forms the grammar says', () => {
    expect(Object.values(verbForms('сотта'))).toEqual(
      expect.arrayContaining(['соттады', 'соттаған', 'соттайды', 'соттамақ', 'соттадық']),
    );
    expect(Object.values(verbForms(passiveOf('сотта')))).toEqual(
      expect.arrayContaining(['сотталды', 'сотталған', 'сотталады', 'сотталғанын']),
    );
    expect([verbForms('таны').present, verbForms(passiveOf('тап')).past]).toEqual([
      'таниды',
      'табылды',
    ]);
    expect(verbForms(passiveOf('тақ')).past).toBe('тағылды');
  });

  it.each(CASES)('a court act: %s', (sentence) => {
    expect(facets(sentence)).toContain('other/court');
  });

  it('a penalty imposed is no appointment', () => {
    expect(facets(`Сот оған ${D} айыппұл түрінде жаза тағайындады.`)).not.toContain(
      'appointment/appointment',
    );
  });

  it('a verdict in legal force is no law', () => {
    const f = facets(`Үкім ${D} заңды күшіне енді.`);
    expect(f).toContain('other/court');
    expect(f).not.toContain('law/law');
  });

  it.each([
    'Депутат сайлаушылардың сенімін ақтады.',
    'Партия бұл бағытты ұстады.',
    'Сотта ол сөз сөйледі.',
    'Оның үміті ақталды.',
  ])('no court act: %s', (sentence) => {
    expect(facets(sentence)).not.toContain('other/court');
  });

  it.each([
    'Полиция 5 наурызда 20 белсендіні ұстады.',
    'Сот оны 5 наурызда ақтады.',
    'Саяси қуғын-сүргін құрбандары 5 наурызда ақталды.',
    'Белсенді 5 наурызда түрмеден босатылды.',
    'Ол пара алды деп айыпталуда.',
  ])('a court act: %s', (sentence) => {
    expect(facets(sentence)).toContain('other/court');
  });

  it('a pardon is the head of state’s act, not a court’s', () => {
    const events = extractSentences('kk', `Президент ${D} 10 сотталғанға кешірім жасады.`);
    expect(events.events.map((e) => [e.type, e.date.edtf])).toEqual([['decree', '2023-03-05']]);
  });

  it('is dated by the day the sentence gives', () => {
    const events = extractSentences('kk', `Аудандық сот ${D} белсендіні 5 жылға соттады.`);
    expect(events.events.map((e) => [e.type, e.date.edtf])).toContainEqual(['other', '2023-03-05']);
  });
});
