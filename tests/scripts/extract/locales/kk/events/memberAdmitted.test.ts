/**
 * A member admitted, or become one: a state to an organisation as a person to a party ("ұйымның
 * толыққанды мүшесі ретінде қабылданды", "толық мүше ретінде қабылдау туралы шешім", "толық мүшесі
 * атанды", "мүшесі болды", "мүшелігіне қабылданды") is a membership event on the sentence's day;
 * being one ("мүшесі болып табылады"), not being one ("мүшесі болмауы керек") and members who
 * adopt something ("Комиссия мүшелері шешімді қабылдады") are not. The council's sitting that day
 * stays a gathering of its own (no generic sitting folds into an admission). Verb forms are spelled
 * from kkVerb's alternation. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { kkVerb } from '../../../../../../scripts/extract/locales/kk/events/verbForms';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

/** The forms of a stem kkVerb reads among the candidates, spelled out. */
function spelled(
  stem: string,
  candidates: string[],
  voice: 'active' | 'passive' = 'active',
): string[] {
  const re = new RegExp(`^${kkVerb(stem, { voice })}$`, 'u');
  return candidates.map((c) => stem + c).filter((w) => re.test(w));
}

/** The passive of "қабылда" (admit): қабылда-н, as kkVerb builds it. */
const ADMITTED = spelled('қабылда', ['нды', 'нады', 'нбақ', 'нған'], 'passive');
const BECAME = [...spelled('атан', ['ды', 'ады', 'бақ']), ...['болды', 'болады', 'болмақ']];
const SUBJECTS = ['Беларусь Республикасы', 'Иран', 'Үндістан мен Пәкістан', 'Моңғолия'];
const ORGS = ['ұйымның', 'Одақтың', 'ШЫҰ-ның', '«AMANAT» партиясының'];
const DATES: Array<[string, string]> = [
  ['2024 жылғы 4 шілдеде', '2024-07-04'],
  ['2017 жылы', '2017'],
  ['Бүгін', '2024-07-04'],
];

describe('Kazakh: a member admitted', () => {
  it('spells the forms', () => {
    expect(ADMITTED).toEqual(['қабылданды', 'қабылданады', 'қабылданбақ', 'қабылданған']);
    expect(BECAME.length).toBe(6);
  });

  const shapes = SUBJECTS.flatMap((subject) =>
    ORGS.flatMap((org) => [
      ...ADMITTED.filter((v) => v !== 'қабылданған').flatMap((v) => [
        `${subject} ${org} толыққанды мүшесі ретінде ${v}.`,
        `${subject} ${org} мүшелігіне ${v}.`,
      ]),
      ...BECAME.map((v) => `${subject} ${org} толық мүшесі ${v}.`),
    ]),
  );
  it.each(shapes)('a membership cue: %s', (sentence) => {
    expect(findTriggers(sentence, 'kk').map((h) => h.trigger.type)).toContain('membership');
  });

  it.each(
    DATES.flatMap(([date, edtf]) =>
      [
        `${date} Беларусь Республикасы ұйымның толыққанды мүшесі ретінде қабылданды.`,
        `${date} Үндістан мен Пәкістан ұйымның толық мүшесі атанды.`,
        `${date} Иран ШЫҰ-ның мүшелігіне қабылданды.`,
        `${date} Беларусь Республикасын ұйымға толық мүше ретінде қабылдау туралы шешім қабылданды.`,
      ].map((s) => [s, edtf]),
    ),
  )('dated by its sentence: %s', (sentence, edtf) => {
    const got = eventsOf('kk', sentence, '2024-07-04').events.map(
      (e) => `${e.type} ${e.date.edtf}`,
    );
    expect(got).toContain(`membership ${edtf}`);
  });

  it.each([
    'Президент өкілеттігі кезеңінде ешбір саяси партияның мүшесі болмауы керек.',
    'Қазақстан 2001 жылдан бері ұйымның мүшесі болып табылады.',
    'Комиссия мүшелері шешімді бірауыздан қабылдады.',
    'Бүгін Астанада ұйымға мүше мемлекеттер басшылары кеңесінің отырысы өтті.',
    'Ұйымның мүшесі болған елдер саны тоғызға жетті.',
  ])('no membership: %s', (sentence) => {
    expect(findTriggers(sentence, 'kk').map((h) => h.trigger.type)).not.toContain('membership');
  });

  it('keeps the day’s sitting apart from the admission', () => {
    // (A headline first: the lead's events are the news, not the headline's restatement.)
    const text =
      'Астанадан жаңалық\n\nБүгін Астанада мемлекеттер басшылары кеңесінің отырысы өтті. Отырыста Беларусь Республикасы ұйымның толыққанды мүшесі ретінде қабылданды.';
    const got = eventsOf('kk', text, '2024-07-04').events.map((e) => `${e.type} ${e.date.edtf}`);
    expect(got).toEqual(expect.arrayContaining(['meeting 2024-07-04', 'membership 2024-07-04']));
  });
});
