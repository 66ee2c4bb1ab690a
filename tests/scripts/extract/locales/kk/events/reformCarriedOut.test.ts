/**
 * A Kazakh reform told as carried out is a reform of that year: "2021 жылы сот реформасы жүзеге
 * асырылды." (a sentence written for the check) gave an event of the kind 'other' or none, since
 * the noun "реформа" was a cue only beside a verb of proposing, announcing or starting
 * (locales/kk/events/triggersOfficesAndReforms.ts); the verbs of doing it, "жүргіз", "жүзеге
 * асыр", "іске асыр", were not among them (locales/kk/events/reformCarriedOut.ts). Generated over
 * the verb, the voice and order (passive finite after the noun, active finite after its object,
 * the participle before the noun), the reform's kind and the year; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const YEARS = ['2019', '2021', '2022'];
/** The reform's kind, before the noun. */
const KINDS = ['саяси', 'конституциялық', 'сот', 'зейнетақы'];
/** A verb of carrying out: its active past, passive past and passive participle. */
const VERBS: [string, string, string][] = [
  ['жүргізді', 'жүргізілді', 'жүргізілген'],
  ['жүзеге асырды', 'жүзеге асырылды', 'жүзеге асырылған'],
  ['іске асырды', 'іске асырылды', 'іске асырылған'],
];
const TOLD: [string, (y: string, k: string, v: [string, string, string]) => string][] = [
  ['passive', (y, k, v) => `${y} жылы ${k} реформасы ${v[1]}.`],
  ['active', (y, k, v) => `Үкімет ${y} жылы ${k} реформасын ${v[0]}.`],
  ['participle', (y, k, v) => `Бұл өзгерістер ${y} жылы ${v[2]} ${k} реформасынан кейін басталды.`],
];

const CASES = YEARS.flatMap((y) =>
  KINDS.flatMap((k) =>
    VERBS.flatMap((v) =>
      TOLD.map(([name, tell]) => ({ name, sentence: tell(y, k, v), want: `reform ${y}` })),
    ),
  ),
);

describe('a Kazakh reform carried out is a reform of its year', () => {
  it.each(CASES)('$name: $sentence', ({ sentence, want }) => {
    expect(kindsAndDays('kk', sentence, PUB)).toContain(want);
  });
});
