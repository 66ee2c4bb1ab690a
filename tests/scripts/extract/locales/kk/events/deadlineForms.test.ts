/**
 * A Kazakh deadline told as "1 қазаннан кешіктірмей" (no later than) or "1 қазанға дейінгі
 * мерзімде" (in the term up to) is the same deadline as "1 қазанға дейін": "Президент Үкіметке заң
 * жобасын 1 қазаннан кешіктірмей әзірлеуді тапсырды." (a sentence written for the check) gave no
 * event, and with "дейінгі мерзімде" neither, while the "дейін" form gives the task due that day.
 * The instruction cue's deadline (locales/kk/events/triggersDatedSteps.ts) knew "дейін" alone, and
 * the direction of the deadline's year (locales/kk/dates/guessKkDirection.ts) too. Generated over
 * who is told, the act's verbal noun, the instructing verb or the duty, the day (before and after
 * the publication's month) and the deadline's three forms; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2025-03-12';
/** A day (month-day), and its dative and ablative. */
const DAYS: [string, string, string][] = [
  ['10-01', '1 қазанға', '1 қазаннан'],
  ['02-15', '15 ақпанға', '15 ақпаннан'],
  ['06-30', '30 маусымға', '30 маусымнан'],
];
const FORMS: [string, (d: [string, string, string]) => string][] = [
  ['дейін', (d) => `${d[1]} дейін`],
  ['дейінгі мерзімде', (d) => `${d[1]} дейінгі мерзімде`],
  ['кешіктірмей', (d) => `${d[2]} кешіктірмей`],
];
/** What is due, and the act's verbal noun in the accusative and with the possessive (both harmonies). */
const ACTS: [string, string, string][] = [
  ['заң жобасын', 'әзірлеуді', 'әзірлеуі'],
  ['жоспарды', 'бекітуді', 'бекітуі'],
  ['ұсыныстарды', 'ұсынуды', 'ұсынуы'],
  ['жұмысты', 'аяқтауды', 'аяқтауы'],
];
/** Who instructs whom, and how: a verb of instructing, or a duty with no one named instructing. */
const TOLD: ((act: [string, string, string], by: string) => string)[] = [
  ([o, acc], by) => `Президент Үкіметке ${o} ${by} ${acc} тапсырды.`,
  ([o, acc], by) => `Премьер-министр әкімдерге ${o} ${by} ${acc} жүктеді.`,
  ([o, , poss], by) => `Министрлік ${o} ${by} ${poss} тиіс.`,
  ([o, , poss], by) => `Комиссия ${o} ${by} ${poss} керек.`,
];
// (The year is the deadline's next one ahead of the publication: 15 February is 2026's.)
const year = (md: string) => (md < '03-12' ? '2026' : '2025');

const CASES = DAYS.flatMap((d) =>
  FORMS.flatMap(([name, form]) =>
    ACTS.flatMap((act) =>
      TOLD.map((tell) => ({
        name,
        sentence: tell(act, form(d)),
        due: `other ${year(d[0])}-${d[0]}`,
      })),
    ),
  ),
);

describe('a Kazakh deadline in each of its forms dates the task due by it, ahead', () => {
  it.each(CASES)('$name: $sentence', ({ sentence, due }) => {
    expect(kindsAndDays('kk', sentence, PUB)).toContain(due);
  });
});
