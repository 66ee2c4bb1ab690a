/**
 * A duty names no one who set a deadline: "По словам Олжаса Бектенова, акимы должны утвердить план
 * до 1 марта", "Олжас Бектенов жоспарды 1 наурызға дейін бекітуі тиіс" (test sentences written for
 * the check) were titled "Olzhas Bektenov sets a deadline": the instruction's title took the
 * sentence's first person, but a cue of duty ("должны", "тиіс", "керек") has the one due as its
 * subject, and the one named may only report it. Such an instruction is now titled by its
 * deadline (or by what is due, dueAct.test.ts). One given ("тапсырды", "поручил") is titled by
 * what is due too: the event stands on the deadline, when nobody set anything (the instruction is
 * an event of its own, on the day it was given: sameWord.test.ts). Generated over names, cues and
 * both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const NAMES = [
  { en: 'Olzhas Bektenov', kk: 'Олжас Бектенов', ruGen: 'Олжаса Бектенова', ru: 'Олжас Бектенов' },
  { en: 'Yerlan Koshanov', kk: 'Ерлан Қошанов', ruGen: 'Ерлана Кошанова', ru: 'Ерлан Кошанов' },
  { en: 'Maulen Ashimbayev', kk: 'Мәулен Әшімбаев', ruGen: 'Маулена Ашимбаева', ru: 'Маулен Ашимбаев' }, // prettier-ignore
];

type Case = ['kk' | 'ru', string, string];

// (Titled by what is due where the lexicon knows it, events/dueAct.ts; else by the deadline.)
// prettier-ignore
const duties: Case[] = NAMES.flatMap((n): Case[] => [
  ['kk', `${n.kk} жоспарды 1 наурызға дейін бекітуі тиіс.`, 'A plan to be approved'],
  ['kk', `${n.kk} есепті 1 наурызға дейін ұсынуы керек.`, 'Deadline'],
  ['ru', `По словам ${n.ruGen}, акимы должны утвердить план до 1 марта.`, 'Akims to approve a plan'],
]);

// prettier-ignore
const given: Array<['kk' | 'ru', string, string]> = NAMES.flatMap((n): Array<['kk' | 'ru', string, string]> => [
  ['kk', `${n.kk} әкімдерге жоспарды 1 наурызға дейін бекітуді тапсырды.`, 'Akims to approve a plan'],
  ['ru', `${n.ru} поручил акимам до 1 марта утвердить план.`, 'Akims to approve a plan'],
]);

describe('a duty names no one who set its deadline', () => {
  it.each(duties)('%s: %s', (lang, text, want) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles).toContain(want);
    expect(titles.join(' / ')).not.toMatch(/sets a deadline/u);
  });
  it.each(given)('%s: %s', (lang, text, want) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles).toContain(want);
    expect(titles.join(' / ')).not.toMatch(/sets a deadline/u);
  });
});
