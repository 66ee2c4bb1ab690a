/**
 * A year given a name by the active verb: "Президент 2026 жылды Жұмысшы мамандықтары жылы деп
 * жариялады" gave no event (only the passive "жарияланды" was read). Every subject, name and
 * reporting form of "жарияла-" (-ды/-ді, -ған/-ген, -ған еді, -п отыр, -ды деп хабарлады), with
 * "деп" or "болып", is the year named (events/yearNamed.ts). Sentences written for this test.
 * The past perfect "жариялаған еді" recalls a naming done before, and the year named is no date
 * of it: it is kept unplaced, not dated by that year (events/objectsOwnDate.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const SUBJECTS = ['Президент', 'Мемлекет басшысы', 'Қазақстан халқы Ассамблеясы'];
const NAMES = ['Жұмысшы мамандықтары', 'Цифрландыру және жасанды интеллект', 'Балалар спорты'];
const FORMS = [
  'жариялады',
  'жариялаған',
  'жариялаған еді',
  'жариялап отыр',
  'жариялады деп хабарлады',
];
const LINKS = ['деп', 'болып'];
const YEARS = [2025, 2026];

describe('Kazakh: a year given a name, active voice', () => {
  it.each(
    SUBJECTS.flatMap(
      (s) =>
      NAMES.flatMap((n) => FORMS.flatMap((v) => LINKS.flatMap((l) => YEARS.map((y) => [s, y, n, l, v] as const)))), // prettier-ignore
    ),
  )('%s %s жылды %s жылы %s %s', (s, y, n, l, v) => {
    const data = extractSentences('kk', `${s} ${y} жылды ${n} жылы ${l} ${v}.`, PUB);
    const titles = data.events.map((e) => e.title.en);
    if (v === 'жариялаған еді') {
      expect(titles.filter((x) => /Year of/u.test(x))).toEqual([]);
      expect(data.unplaced.map((u) => `${u.type} ${u.reasonCode}`)).toContain(
        'other recalled-no-date',
      );
    } else expect(titles).toContain(`${y} declared the Year of «${n}»`);
  });
});
