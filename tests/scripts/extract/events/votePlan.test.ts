/**
 * A vote's calendar plan approved is the commission's act, titled by it: "ЦИК утвердил
 * календарный план проведения выборов в маслихаты" (test sentences written for the check) was
 * titled "Event", and "ОСК … мәслихат депутаттарын сайлауды өткізудің күнтізбелік жоспарын бекітті"
 * became the maslikhat election itself, dated the day the plan was approved. A cue of the plan
 * (facet vote-plan, in both lexicons) holds the vote as its topic; titlesCalendar.ts words it with
 * the vote's kind. Generated over votes and days, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
// [lang, sentence with {d} for the day, the English title]
// prettier-ignore
const PLANS: Array<['kk' | 'ru', string, string]> = [
  ['ru', 'ЦИК {d} утвердил календарный план проведения выборов в маслихаты.', 'The maslikhat election calendar is approved'],
  ['ru', 'ЦИК {d} утвердил календарный план проведения выборов Президента.', 'The presidential election calendar is approved'],
  ['ru', 'Календарный план мероприятий по подготовке и проведению референдума утвержден {d}.', 'The referendum calendar is approved'],
  ['kk', 'ОСК {d} мәслихат депутаттарын сайлауды өткізудің күнтізбелік жоспарын бекітті.', 'The maslikhat election calendar is approved'],
  ['kk', 'Орталық сайлау комиссиясы {d} Президент сайлауының күнтізбелік жоспарын бекітті.', 'The presidential election calendar is approved'],
];
const DAYS = [
  { ru: '10 января', kk: '10 қаңтарда', edtf: '2025-01-10' },
  { ru: '3 февраля', kk: '3 ақпанда', edtf: '2025-02-03' },
];
const cases = PLANS.flatMap(([lang, s, title]) =>
  DAYS.map((d) => [lang, s.replace('{d}', d[lang]), `${title} ${d.edtf}`] as const),
);

describe("a vote's calendar plan approved is titled by it, and is no vote", () => {
  it.each(cases)('%s: %s', (lang, text, want) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => `${e.title.en} ${e.date.edtf}`)).toEqual([want]);
  });
});
