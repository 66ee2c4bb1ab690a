/**
 * A Russian reform told as carried out is a reform of that year: "В 2022 году прошла
 * конституционная реформа." (a sentence written for the check) gave an event of the kind 'other'
 * ("прошла", something took place), since the noun "реформа" was a cue only beside a verb of
 * proposing, announcing or starting (locales/ru/events/triggersStateActs.ts); the verbs of doing
 * it, "провести", "пройти", "осуществить", "реализовать", were not among them
 * (locales/ru/events/reformCarriedOut.ts). Generated over the verb, its gender and number, the
 * order (verb first, noun first, active with the object, the participle after a comma), the
 * reform's kind and the year; sentences written for the test. A reform only named beside a
 * gathering ("совещание по реформе") stays no reform.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const YEARS = ['2019', '2021', '2022'];
/** The reform's kind: its adjective's stem, hard ("-ая", "-ую", "-ой", "-ые"). */
const KINDS = ['конституционн', 'пенсионн', 'судебн', 'налогов'];
/** A verb of carrying out: feminine past passive, plural past passive, neuter active, participle's stem. */
const VERBS: [string, string, string, string][] = [
  ['проведена', 'проведены', 'провело', 'проведённ'],
  ['осуществлена', 'осуществлены', 'осуществило', 'осуществленн'],
  ['реализована', 'реализованы', 'реализовало', 'реализованн'],
];
type Verb = (typeof VERBS)[number];
const TOLD: [string, (y: string, k: string, v: Verb) => string][] = [
  ['verb first', (y, k, v) => `В ${y} году была ${v[0]} ${k}ая реформа.`],
  [
    'noun first',
    (y, k, v) => `${k[0]!.toUpperCase()}${k.slice(1)}ая реформа была ${v[0]} в ${y} году.`,
  ],
  [
    'plural',
    (y, k, v) => `${k[0]!.toUpperCase()}${k.slice(1)}ые реформы были ${v[1]} в ${y} году.`,
  ],
  ['active', (y, k, v) => `Правительство в ${y} году ${v[2]} ${k}ую реформу.`],
  ['participle', (y, k, v) => `Порог снизили после ${k}ой реформы, ${v[3]}ой в ${y} году.`],
];

const CASES = YEARS.flatMap((y) =>
  KINDS.flatMap((k) =>
    VERBS.flatMap((v) =>
      TOLD.map(([name, tell]) => ({ name, sentence: tell(y, k, v), want: `reform ${y}` })),
    ),
  ),
);
// "Прошла" (took place), of one or many.
const PASSED = YEARS.flatMap((y) =>
  KINDS.flatMap((k) => [
    { name: 'прошла', sentence: `В ${y} году прошла ${k}ая реформа.`, want: `reform ${y}` },
    {
      name: 'прошли',
      sentence: `${k[0]!.toUpperCase()}${k.slice(1)}ые реформы прошли в ${y} году.`,
      want: `reform ${y}`,
    },
  ]),
);

describe('a Russian reform carried out is a reform of its year', () => {
  it.each([...CASES, ...PASSED])('$name: $sentence', ({ sentence, want }) => {
    expect(kindsAndDays('ru', sentence, PUB)).toContain(want);
  });
});

describe('a reform only named beside a gathering is no reform', () => {
  it.each(
    YEARS.flatMap((y) =>
      KINDS.map((k) => `В ${y} году министр провёл совещание по ${k}ой реформе.`),
    ),
  )('%s', (sentence) => {
    expect(kindsAndDays('ru', sentence, PUB).some((x) => x.startsWith('reform'))).toBe(false);
  });
});
