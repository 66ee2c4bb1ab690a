/**
 * A bare start or deadline says what befalls a thing by its clause's verb: "Сайлаушылар тізімі
 * 5 наурыздан бастап учаскелерде ілінеді", "Списки избирателей вывешиваются на участках с 5
 * марта" were titled "Start date"; they are the voter lists posted (events/clauseHappening.ts).
 * A deadline of another act in the same sentence keeps its own title; lists the sentence does not
 * tell as a vote's, and a verb that posts nothing, are not named. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2026-02-10';

// [date words, ISO day]
const RU_DAYS = [
  ['5 марта', '2026-03-05'],
  ['20 февраля', '2026-02-20'],
  ['1 апреля', '2026-04-01'],
] as const;
const KK_DAYS = [
  ['5 наурыздан', '2026-03-05'],
  ['20 ақпаннан', '2026-02-20'],
  ['1 сәуірден', '2026-04-01'],
] as const;

const RU_SUBJECTS = [
  'Списки избирателей',
  'Список избирателей',
  'Списки граждан для голосования на референдуме',
];
// (A sentence with the subject, the verb of posting and the cue "с"; "{S}" and "{D}" filled in.)
const RU_FRAMES = [
  '{S} вывешиваются на участках с {D}.',
  '{S} будут вывешены на избирательных участках с {D}.',
  'С {D} {s} размещаются на участках.',
  '{S} будут представлены для ознакомления с {D}.',
];
const KK_SUBJECTS = [
  'Сайлаушылар тізімі',
  'Сайлаушылардың тізімдері',
  'Референдумға қатысатын азаматтардың тізімдері',
];
const KK_FRAMES = [
  '{S} {D} бастап учаскелерде ілінеді.',
  '{D} бастап {s} учаскелерге ілінеді.',
  '{S} {D} бастап учаскелерде танысу үшін ұсынылады.',
  '{S} {D} бастап учаскелерде орналастырылады.',
];

const fill = (frame: string, s: string, d: string) =>
  frame
    .replace('{S}', s)
    .replace('{s}', s[0]!.toLowerCase() + s.slice(1))
    .replace('{D}', d);

const cases = [
  ...RU_FRAMES.flatMap((f) =>
    RU_SUBJECTS.flatMap((s) => RU_DAYS.map(([d, iso]) => ['ru', fill(f, s, d), iso] as const)),
  ),
  ...KK_FRAMES.flatMap((f) =>
    KK_SUBJECTS.flatMap((s) => KK_DAYS.map(([d, iso]) => ['kk', fill(f, s, d), iso] as const)),
  ),
];

const LOCAL = { ru: 'Размещение списков избирателей', kk: 'Сайлаушылар тізімі ілінбек' };

describe('voter lists posted from a day', () => {
  it.each(cases)('%s: %s', (lang, text, iso) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => `${e.date.edtf} ${e.title.en}`)).toEqual([
      `${iso} Voter lists to be posted`,
    ]);
    expect(events.map((e) => e.title[lang])).toEqual([LOCAL[lang]]);
  });
});

// A deadline of another act in the same sentence is not the lists' posting.
const BOTH = [
  ['ru', 'Списки избирателей вывешиваются на участках с 5 марта, а проверить свои данные граждане могут до 14 марта.'], // prettier-ignore
  ['kk', 'Сайлаушылар тізімі 5 наурыздан бастап учаскелерде ілінеді, азаматтар өз деректерін 14 наурызға дейін тексере алады.'], // prettier-ignore
] as const;

describe('a deadline beside them keeps its own title', () => {
  it.each(BOTH)('%s: %s', (lang, text) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => `${e.date.edtf} ${e.title.en}`)).toEqual([
      '2026-03-05 Voter lists to be posted',
      '2026-03-14 Deadline',
    ]);
  });
});

// Lists not of a vote, or a verb that posts nothing: no voter lists.
const SILENT = [
  ['ru', 'Списки граждан на получение жилья вывешиваются в акимате с 5 марта.'],
  ['ru', 'С 5 марта списки избирателей уточняются.'],
  ['kk', 'Пәтер кезегіндегі азаматтардың тізімі 5 наурыздан бастап әкімдікте ілінеді.'],
  ['kk', 'Сайлаушылар тізімі 5 наурыздан бастап нақтыланады.'],
] as const;

describe('not voter lists posted', () => {
  it.each(SILENT)('%s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.filter((t) => /Voter lists/u.test(t))).toEqual([]);
  });
});
