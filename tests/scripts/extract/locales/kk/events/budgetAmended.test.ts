/**
 * A budget amended, adjusted, approved or taken up is a maslikhat's act of its own, beside the
 * session that does it: "облыстық бюджетке 12 млрд теңгеге түзету енгізді", "бюджетке өзгерістер
 * енгізілді", "бюджет нақтыланды", "аудандық бюджет қаралмақ". The cue is the verb, so a date in
 * the attributive before the noun ("биылғы бюджетке") is the budget's year, not the act's day.
 * Generated: the noun in the case each verb governs (dative of the amended, accusative of the
 * active, nominative of the passive) × verb forms spelled from kkVerb × attributes × sentence
 * shapes; and the verbal noun of a topic, a law on the budget, which are not. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { kkVerb } from '../../../../../../scripts/extract/locales/kk/events/verbForms';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const FORMS = [
  'ды',
  'ді',
  'ті',
  'ады',
  'еді',
  'йды',
  'бақ',
  'бек',
  'мақ',
  'ған',
  'ген',
  'кен',
  'ып',
  'іп',
  'п',
];
/** The forms kkVerb reads for a stem (past, present, intention, participle, converb), spelled out. */
function spelled(stem: string): string[] {
  const re = new RegExp(`^${kkVerb(stem)}$`, 'u');
  return FORMS.map((f) => stem + f).filter((w) => re.test(w));
}

const ATTRIBUTES = ['облыстық', '2024 жылға арналған облыстық', 'биылғы жергілікті', 'аудан'];
// [the budget's noun in the case the verb governs, the verb's stem, an object between]
const ACTS: Array<[string, string, string]> = [
  ['бюджетке', 'енгіз', '12 млрд теңгеге түзету'],
  ['бюджетіне', 'енгіз', 'түзетулер'],
  ['бюджетке', 'енгізіл', 'өзгерістер'],
  ['бюджетті', 'нақтыла', ''],
  ['бюджет', 'нақтылан', ''],
  ['бюджетті', 'бекіт', ''],
  ['бюджет', 'бекітіл', ''],
  ['бюджет', 'қабылдан', ''],
  ['бюджет', 'қарал', ''],
];
const SHAPES = [
  (np: string) => `Депутаттар ${np}.`,
  (np: string) => `Сессияда сондай-ақ ${np}.`,
  (np: string) => `Мәслихат ${np}, кейін тұрғындармен кездесті.`,
];

describe('Kazakh: a budget amended or approved', () => {
  const cases = ACTS.flatMap(([noun, stem, between]) => {
    const forms = spelled(stem);
    return forms.flatMap((verb) =>
      ATTRIBUTES.flatMap((attr) =>
        SHAPES.map((shape) => shape(`${attr} ${noun} ${between ? between + ' ' : ''}${verb}`)),
      ),
    );
  });
  it('spells enough forms', () => expect(cases.length).toBeGreaterThan(300));
  it.each(cases)('a budget cue: %s', (sentence) => {
    expect(findTriggers(sentence, 'kk').map((h) => h.trigger.facet)).toContain('budget');
  });

  it.each(['биылғы жергілікті', '2024 жылғы облыстық', '2024 жылға арналған облыстық'])(
    'the attribute’s year is the budget’s, not the act’s: %s',
    (attr) => {
      const got = eventsOf('kk', `Кеше депутаттар ${attr} бюджетке өзгерістер енгізді.`, '2024-05-15').events; // prettier-ignore
      expect(got.map((e) => `${e.type} ${e.date.edtf}`)).toContain('other 2024-05-14');
    },
  );

  it.each([
    'Мәслихаттың келесі сессиясында облыстық бюджетті нақтылау мәселесі қаралады.',
    'Парламент республикалық бюджет туралы заңды қабылдады.',
    'Депутаттар бюджеттің атқарылуы туралы есепті тыңдады.',
    'Облыстық бюджеттен қаржы бөлінді.',
  ])('no budget cue: %s', (sentence) => {
    expect(findTriggers(sentence, 'kk').map((h) => h.trigger.facet)).not.toContain('budget');
  });
});
