/**
 * A founding told ahead in Kazakh: the intention (-мақ/-мек/-бақ/-бек/-пақ/-пек, with the person:
 * -мақпыз), the present-future (-ады/-еді/-йды, with the person: -амыз/-еміз/-ймыз), active with
 * its body or passive ("жұмыс тобы құрылмақ", "1 сәуірге дейін құрылады"), and the verbal noun
 * before a plan ("жұмыс тобын құру жоспарлануда", "құрылуы көзделуде"). The founding cue read only
 * the past (құрылды, құрылған) and the party's active verb: "комиссия құрамыз", "жұмыс тобы
 * құрылмақ" gave no event. Generated from the verb's paradigm (kkVerbParadigm.ts) over bodies and
 * forms; the verbs that already read the future (өткіз-, қабылда-, бекіт-) are kept alongside as
 * the same paradigm's controls. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences } from '../../../events/extractSentences';
import { passiveOf, verbForms, type KkForm } from './kkVerbParadigm';

const PUB = '2025-03-12';
const AHEAD: readonly KkForm[] = ['future', 'future1pl', 'present', 'present1pl'];
const PLANS = ['жоспарлануда', 'көзделуде', 'жоспарланып отыр'];

const events = (text: string) =>
  extractSentences('kk', text, PUB).events.map((e) => `${e.type} ${e.date.edtf} ${e.status} ${e.title.en}`); // prettier-ignore

// prettier-ignore
const BODIES = [
  { acc: 'жұмыс тобын', nom: 'жұмыс тобы', en: 'A working group' },
  { acc: 'арнайы комиссия', nom: 'арнайы комиссия', en: 'A commission' },
  { acc: 'қоғамдық кеңес', nom: 'қоғамдық кеңес', en: 'A council' },
];

describe('kk: a body founded ahead', () => {
  const active = verbForms('құр');
  const passive = verbForms(passiveOf('құр'));
  const cases = BODIES.flatMap((b) => [
    ...AHEAD.map((f) => [`Үкімет 20 наурызда ${b.acc} ${active[f]}.`, b.en] as const),
    ...AHEAD.filter((f) => !f.endsWith('1pl')).map((f) => [`Мәжілісте 20 наурызда ${b.nom} ${passive[f]}.`, b.en] as const), // prettier-ignore
    ...PLANS.map((p) => [`20 наурызда ${b.acc} ${active.noun} ${p}.`, b.en] as const),
  ]);
  it.each(cases)('%s', (text, en) => {
    expect(events(text)).toContain(`other 2025-03-20 planned ${en} to be set up`);
  });
});

describe('kk: a party and a centre ahead', () => {
  const cases = [
    ...AHEAD.filter((f) => !f.endsWith('1pl')).map((f) => `Елімізде 20 наурызда жаңа партия ${verbForms(passiveOf('құр'))[f]}.`), // prettier-ignore
    ...PLANS.map((p) => `Жаңа партияның 20 наурызда ${verbForms(passiveOf('құр')).nounPoss} ${p}.`),
  ];
  it.each(cases)('%s', (text) => {
    expect(events(text)).toContain('other 2025-03-20 planned A party to be founded');
  });
  it.each(
    AHEAD.filter((f) => !f.endsWith('1pl')).map(
      (f) => `Елімізде 20 наурызда жаңа орталық ${verbForms(passiveOf('аш'))[f]}.`,
    ),
  )(
    // prettier-ignore
    '%s',
    (text) => {
      expect(events(text)).toContain('other 2025-03-20 planned A new organisation to be founded');
    },
  );
});

describe('kk: the same paradigm on verbs already read ahead', () => {
  // prettier-ignore
  const VERBS = [
    { stem: 'өткіз', acc: 'Сайлауды', nom: 'Сайлау', out: 'election 2025-03-20 planned Election' },
    { stem: 'қабылда', acc: 'Заңды', nom: 'Заң', out: 'law 2025-03-20 planned A law to be adopted' },
    { stem: 'бекіт', acc: 'Бюджетті', nom: 'Бюджет', out: 'other 2025-03-20 planned A budget to be approved' },
  ];
  const cases = VERBS.flatMap((v) => [
    ...AHEAD.map((f) => [`${v.acc} 20 наурызда ${verbForms(v.stem)[f]}.`, v.out] as const),
    ...AHEAD.filter((f) => !f.endsWith('1pl')).map((f) => [`${v.nom} 20 наурызда ${verbForms(passiveOf(v.stem))[f]}.`, v.out] as const), // prettier-ignore
  ]);
  it.each(cases)('%s', (text, out) => {
    expect(events(text)).toContain(out);
  });
});

describe('kk: what a body consists of, or its make-up, is no founding', () => {
  const facets = (s: string) => findTriggers(s, 'kk').map((h) => h.trigger.facet);
  it.each([
    'Комиссия 20 наурыздан бастап жеті адамнан құрылады.',
    'Кеңес 20 наурызда он бес мүшеден құрылмақ.',
    'Үкімет 20 наурызда комиссия құрамын бекітті.',
    'Үкімет 20 наурызда жұмыс тобы құрамын бекітеді.',
  ])('%s', (text) => {
    expect(facets(text)).not.toContain('founding');
  });
});
