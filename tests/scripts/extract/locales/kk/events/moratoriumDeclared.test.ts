/**
 * A moratorium declared or brought in, in Kazakh: "Үкімет 5 наурызда тексерулерге мораторий
 * жариялады" gave no event (only the passive "жарияланды" was read, as an untitled "Event"). Every
 * subject, both verbs ("жарияла-", "енгіз-"), both voices and the reporting forms (-ды/-ді,
 * -ған/-ген, -ған еді, -п отыр, -ды деп хабарлады) are a moratorium of that day; its verbal noun
 * ("мораторий енгізу туралы Жарлық") is the decree's topic, not one of its own. Sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const ids = (s: string) =>
  extractSentences('kk', s, PUB).events.map((e) => `${e.id} ${e.title.en}`);

const SUBJECTS = ['Президент', 'Үкімет', 'Облыс әкімі', 'Мемлекет басшысы'];
const OBJECTS = ['тексерулерге мораторий', 'өлім жазасына мораторий', 'мораторий'];
/** The active verb in each reporting form. */
const ACTIVE = [
  'жариялады',
  'жариялаған',
  'жариялаған еді',
  'жариялап отыр',
  'жариялады деп хабарлады',
  'енгізді',
  'енгізген',
  'енгізген еді',
  'енгізіп отыр',
  'енгізді деп хабарлады',
];
const PASSIVE = ['жарияланды', 'жарияланған', 'жарияланған еді', 'енгізілді', 'енгізілген еді'];
const DATES = [
  ['5 наурызда', '2025-03-05'],
  ['3 ақпанда', '2025-02-03'],
] as const;

describe('Kazakh: a moratorium declared, active voice', () => {
  it.each(
    SUBJECTS.flatMap((s) =>
      OBJECTS.flatMap((o) => ACTIVE.flatMap((v) => DATES.map(([d, iso]) => [s, d, o, v, iso]))),
    ),
  )('%s %s %s %s', (s, d, o, v, iso) =>
    expect(ids(`${s} ${d} ${o} ${v}.`)).toContain(
      `${iso}-reform-moratorium A moratorium is declared`,
    ),
  );
});

describe('Kazakh: a moratorium declared, passive voice', () => {
  it.each(OBJECTS.flatMap((o) => PASSIVE.flatMap((v) => DATES.map(([d, iso]) => [d, o, v, iso]))))(
    '%s %s %s',
    (d, o, v, iso) =>
      expect(ids(`${d} ${o} ${v}.`)).toContain(`${iso}-reform-moratorium A moratorium is declared`),
  );
});

// The verbal noun names the decree's topic: a decree, no moratorium of its own.
describe('Kazakh: a moratorium only a topic', () => {
  it.each(SUBJECTS.flatMap((s) => DATES.map(([d]) => [s, d])))('%s %s', (s, d) => {
    const got = ids(`${s} ${d} өлім жазасына мораторий енгізу туралы Жарлыққа қол қойды.`);
    expect(got.filter((e) => /moratorium/u.test(e))).toEqual([]);
    expect(got.some((e) => /-decree/u.test(e))).toBe(true);
  });
});
