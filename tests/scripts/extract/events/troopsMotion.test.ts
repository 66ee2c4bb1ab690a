/**
 * Troops that arrive or leave are titled by their verb of motion: "6 января в Казахстан начали
 * прибывать подразделения миротворческих сил", "контингент покинул страну", "бітімгершілік күштері
 * елден шығып кетті" were titled "Event" (or "Start date", "Deadline"); they are "Peacekeepers
 * arrive", "Troops leave" (events/troopsMotion.ts). Peacekeepers where the sentence calls them so,
 * troops else; a verb of motion of no troops, or troops with no verb of motion, tells none.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

type Who = 'Peacekeepers' | 'Troops';
type Way = 'arrive' | 'leave';
const RU_LOCAL = {
  Peacekeepers: { arrive: 'Прибытие миротворцев', leave: 'Вывод миротворцев' },
  Troops: { arrive: 'Прибытие войск', leave: 'Вывод войск' },
};

// [noun phrase, plural, who]
const RU_SUBJECTS = [
  ['миротворцы', true, 'Peacekeepers'],
  ['подразделения миротворческих сил', true, 'Peacekeepers'],
  ['миротворческий контингент', false, 'Peacekeepers'],
  ['военнослужащие контингента', true, 'Troops'],
  ['контингент', false, 'Troops'],
] as const;
// [way, plural form, singular form]
const RU_PAST = [
  ['arrive', 'прибыли в Казахстан', 'прибыл в Казахстан'],
  ['arrive', 'начали прибывать в страну', 'начал прибывать в страну'],
  ['leave', 'покинули страну', 'покинул страну'],
  ['leave', 'вернулись на родину', 'вернулся на родину'],
] as const;
const RU_FUTURE = [
  ['arrive', 'прибудут в Казахстан', 'прибудет в Казахстан'],
  ['leave', 'покинут страну', 'покинет страну'],
] as const;

// [language, sentence, ISO day, who, way, planned]
type Case = readonly [string, string, string, Who, Way, boolean];
const cases: Case[] = [];
for (const [s, pl, who] of RU_SUBJECTS) {
  for (const [way, vpl, vsg] of RU_PAST)
    for (const [d, iso] of [
      ['6 января', '2022-01-06'],
      ['13 января', '2022-01-13'],
    ] as const) {
      cases.push(['ru', `${d} ${s} ${pl ? vpl : vsg}.`, iso, who, way, false]);
      cases.push(['ru', `Напомним, ${d} ${s} ${pl ? vpl : vsg}.`, iso, who, way, false]);
    }
  // (Not "… сил прибудут" after "С 6 февраля": the tense reads "сил" as a past verb, a fault of
  // its own, events/tense.ts.)
  for (const [way, vpl, vsg] of s.endsWith('сил') ? [] : RU_FUTURE) {
    const S = s[0]!.toUpperCase() + s.slice(1);
    cases.push(['ru', `С 6 февраля ${s} ${pl ? vpl : vsg}.`, '2022-02-06', who, way, true]);
    cases.push(['ru', `${S} ${pl ? vpl : vsg} до 19 февраля.`, '2022-02-19', who, way, true]);
  }
}

const KK_SUBJECTS = [
  ['Бітімгершілік күштері', 'Peacekeepers'],
  ['ҰҚШҰ бітімгершілік контингенті', 'Peacekeepers'],
  ['ҰҚШҰ контингенті', 'Troops'],
  ['Ресей әскерлері', 'Troops'],
] as const;
const KK_PAST = [
  ['arrive', 'елге келді'],
  ['arrive', 'Қазақстанға келе бастады'],
  ['leave', 'елден шығып кетті'],
  ['leave', 'Қазақстаннан кетті'],
] as const;
const KK_FUTURE = [
  ['arrive', 'елге келеді'],
  ['arrive', 'Қазақстанға келе бастайды'],
  ['leave', 'елден шығып кетеді'],
  ['leave', 'Қазақстаннан кетеді'],
] as const;
for (const [s, who] of KK_SUBJECTS) {
  for (const [way, v] of KK_PAST)
    for (const [d, iso] of [
      ['6 қаңтарда', '2022-01-06'],
      ['13 қаңтарда', '2022-01-13'],
    ] as const)
      cases.push(['kk', `Еске салсақ, ${d} ${s.toLowerCase()} ${v}.`, iso, who, way, false]);
  for (const [way, v] of KK_FUTURE) {
    cases.push(['kk', `${s} 6 ақпаннан бастап ${v}.`, '2022-02-06', who, way, true]);
    cases.push(['kk', `${s} 19 ақпанға дейін ${v}.`, '2022-02-19', who, way, true]);
  }
}

const KK_LOCAL = {
  Peacekeepers: 'Бітімгершілік күштері',
  Troops: 'Әскерлер',
};

describe('troops arrive or leave', () => {
  it.each(cases)('%s: %s', (lang, text, iso, who, way, planned) => {
    const pub = planned ? '2022-01-30' : '2022-01-25';
    const events = extractSentences(lang as 'kk' | 'ru', text, pub).events;
    expect(events.map((e) => `${e.date.edtf} ${e.title.en}`)).toEqual([
      `${iso} ${who} ${planned ? 'to ' : ''}${way}`,
    ]);
    const local =
      lang === 'ru'
        ? RU_LOCAL[who][way]
        : `${KK_LOCAL[who]} ${way === 'arrive' ? (planned ? 'келмек' : 'келді') : planned ? 'кетпек' : 'кетті'}`; // prettier-ignore
    expect(events.map((e) => e.title[lang as 'kk' | 'ru'])).toEqual([local]);
  });
});

// No troops, or no verb of motion: neither.
const SILENT = [
  ['ru', 'Напомним, 13 января депутаты покинули зал заседаний.'],
  ['ru', 'Напомним, 6 января Совет коллективной безопасности ОДКБ принял решение направить миротворцев.'], // prettier-ignore
  ['kk', 'Еске салсақ, 13 қаңтарда Президент бітімгершілік күштері туралы жарлық шығарды.'],
  ['kk', 'Еске салсақ, 13 қаңтарда депутаттар залдан шығып кетті.'],
] as const;

describe('no troops in motion', () => {
  it.each(SILENT)('%s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, '2022-01-25').events.map((e) => e.title.en);
    expect(titles.filter((t) => /Peacekeepers|Troops/u.test(t))).toEqual([]);
  });
});
