/**
 * Kazakh: a chamber's consent to an appointment, told by the appointing's verbal noun (active or
 * passive, in the dative or the accusative, bare or with the possessive) before the consent, is
 * the appointment's step, titled as the consent: "Сенат депутаттары 5 наурызда Иван Петровты Бас
 * прокурор лауазымына тағайындауға келісім берді" (a sentence written for this test) was titled
 * "Ivan Petrov appointed Prosecutor General", as if the Senate had appointed him. Generated: body
 * × candidate (the accusative before the active noun, the genitive before the passive's) × the
 * noun's case × the verb of consent × its tense. A real appointment, a past arrival and a refusal
 * stay as they are, and so does approving a document about the appointment ("тағайындау туралы
 * шешімді бекітті").
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';
import { verbForms, passiveOf, type KkForm } from './kkVerbParadigm';

const TENSES: Array<[KkForm, string]> = [
  ['past', 'reported'],
  ['future', 'planned'],
];
const BODIES: Array<[string, string]> = [
  ['Сенат депутаттары', 'Senate'],
  ['Сенат', 'Senate'],
  ['Мәжіліс', 'Mazhilis'],
];
// (the candidate in the accusative, in the genitive, his name in English)
const CANDIDATES: Array<[string, string, string]> = [
  ['Иван Петровты', 'Иван Петровтың', 'Ivan Petrov'],
  ['Айгүл Ахметованы', 'Айгүл Ахметованың', 'Aygul Akhmetova'],
  ['Ерлан Қаринді', 'Ерлан Қариннің', 'Yerlan Karin'],
];
const POST = 'Бас прокурор лауазымына';
const ACTIVE = verbForms('тағайында').noun;
const PASSIVE = verbForms(passiveOf('тағайында')).noun;
// The noun's case the verb governs: the dative of consent given, the accusative of agreeing.
const NOUNS = (acc: string, gen: string): string[] => [
  `${acc} ${POST} ${ACTIVE}ға`,
  `${gen} ${POST} ${PASSIVE}ына`,
  `${gen} ${POST} ${PASSIVE}ға`,
];
const CONSENT = (f: KkForm): string[] => [
  `келісім ${verbForms('бер')[f]}`,
  `келісімін ${verbForms('бер')[f]}`,
  verbForms('келіс')[f],
];
const ACCUSATIVE_CONSENT = (f: KkForm): string[] => [
  verbForms('мақұлда')[f],
  verbForms('келіс')[f],
];

const rows = BODIES.flatMap(([body, bodyEn]) =>
  CANDIDATES.flatMap(([acc, gen, en]) =>
    TENSES.flatMap(([f, status]) => [
      ...NOUNS(acc, gen).flatMap((noun) =>
        CONSENT(f).map((verb) => ({
          s: `${body} 5 наурызда ${noun} ${verb}.`,
          bodyEn,
          en,
          status,
        })),
      ),
      ...ACCUSATIVE_CONSENT(f).map((verb) => ({
        s: `${body} 5 наурызда ${acc} ${POST} ${ACTIVE}ды ${verb}.`,
        bodyEn,
        en,
        status,
      })),
    ]),
  ),
);

const events = (s: string) => extractSentences('kk', `Саясат.\n\n${s}`, '2025-03-12').events;

describe('Kazakh: consent to an appointment', () => {
  it.each(rows)('$s', ({ s, bodyEn, en, status }) => {
    const e = events(s);
    expect(e.map((x) => x.type)).toEqual(['appointment']);
    expect(e[0]!.status).toBe(status);
    expect(e[0]!.title.en).toMatch(
      new RegExp(`^(?:The )?${bodyEn} .*consent.* ${en}'s candidacy`, 'u'),
    );
  });

  it.each(
    ['бірауыздан', 'көпшілік дауыспен'].flatMap((how) =>
      CANDIDATES.flatMap(([acc, gen, en]) =>
        NOUNS(acc, gen).map((noun) => ({
          s: `Сенат 5 наурызда ${noun} ${how} келісім берді.`,
          en,
        })),
      ),
    ),
  )('told how: $s', ({ s, en }) => {
    expect(events(s).map((x) => x.title.en)).toEqual([
      `The Senate consents to ${en}'s candidacy for Prosecutor General`,
    ]);
  });

  it.each([
    [
      'Президент 5 наурызда Иван Петровты Бас прокурор етіп тағайындады.',
      'Ivan Petrov appointed Prosecutor General',
    ],
    [
      'Президент 5 наурызда Айгүл Ахметованы Бас прокурор лауазымына тағайындады.',
      'Aygul Akhmetova appointed Prosecutor General',
    ],
  ])('an appointment stays one: %s', (s, title) => {
    expect(events(s).map((x) => x.title.en)).toEqual([title]);
  });

  it.each([
    'Сенат депутаттары 5 наурызда Иван Петровты Бас прокурор лауазымына тағайындауға келісім бермеді.',
    'Мәслихат 5 наурызда Иван Петровты аудан әкімі етіп тағайындау туралы шешімді бекітті.',
  ])('a refusal is no consent: %s', (s) => {
    expect(
      events(s)
        .map((x) => x.title.en)
        .join(),
    ).not.toMatch(/consent/u);
  });
});
