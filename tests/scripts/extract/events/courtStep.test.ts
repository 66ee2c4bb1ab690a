/**
 * A court cue is titled by the step of the case its own words tell: "Ол 14 қазанда қамауға
 * алынған" and "возбуждено уголовное дело" were titled "A court ruling", as was every arrest,
 * charge and case opened. events/courtStep.ts reads the step (locales/<lang>/lexicon/courtStep.ts):
 * detention, arrest, charge, case opened, verdict, ruling where nothing more is said. Generated
 * over the step's wordings, days and both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
// (A court's act is an event only in a political case: the article's title names an official.)
const RUBRIC = { kk: 'Бұрынғы министрдің ісі', ru: 'Дело бывшего министра' };
const DAYS = [
  { kk: '10 наурызда', ru: '10 марта' },
  { kk: 'өткен жылғы 14 қазанда', ru: '14 октября прошлого года' },
];
type Case = ['kk' | 'ru', string, string];
const KK: Array<[(d: string) => string, string]> = [
  [(d) => `Бұрынғы әкім ${d} қамауға алынды.`, 'An arrest'],
  [(d) => `Ол ${d} қамауға алынған.`, 'An arrest'],
  [(d) => `Депутат ${d} қамаққа алынған болатын.`, 'An arrest'],
  [(d) => `Белсенді ${d} тұтқындалды.`, 'An arrest'],
  [(d) => `Шенеунік ${d} ұсталды.`, 'Detention'],
  [(d) => `Полиция оны ${d} ұстады.`, 'Detention'],
  [(d) => `Оған ${d} айып тағылды.`, 'Charges brought'],
  [(d) => `Министрге ${d} айып тағылған.`, 'Charges brought'],
  [(d) => `Бұрынғы министр ${d} пара алды деп айыпталды.`, 'Charges brought'],
  [(d) => `Ол бойынша ${d} қылмыстық іс қозғалды.`, 'A criminal case opened'],
  [(d) => `${d[0]!.toUpperCase()}${d.slice(1)} іс қозғалған.`, 'A case opened'],
  [(d) => `Сот ${d} оған үкім шығарды.`, 'A verdict'],
  [(d) => `Ол ${d} 7 жылға сотталды.`, 'A verdict'],
  [(d) => `Ол ${d} кінәлі деп танылды.`, 'A verdict'],
  [(d) => `Сот ${d} талап бойынша шешім шығарды.`, 'A court ruling'],
];
const RU: Array<[(d: string) => string, string]> = [
  [(d) => `Бывший аким арестован ${d}.`, 'An arrest'],
  [(d) => `${d[0]!.toUpperCase()}${d.slice(1)} депутата взяли под стражу.`, 'An arrest'],
  [(d) => `Активист задержан ${d}.`, 'Detention'],
  [(d) => `Полиция задержала его ${d}.`, 'Detention'],
  [(d) => `${d[0]!.toUpperCase()}${d.slice(1)} ему предъявлено обвинение.`, 'Charges brought'],
  [(d) => `Обвинение было предъявлено министру ${d}.`, 'Charges brought'],
  [(d) => `${d[0]!.toUpperCase()}${d.slice(1)} возбуждено уголовное дело.`, 'A criminal case opened'], // prettier-ignore
  [(d) => `Уголовное дело возбуждено ${d}.`, 'A criminal case opened'],
  [(d) => `Суд вынес приговор ${d}.`, 'A verdict'],
  [(d) => `Суд осудил его ${d}.`, 'A verdict'],
  [(d) => `Бывший министр осужден ${d}.`, 'A verdict'],
  [(d) => `Суд признал его виновным ${d}.`, 'A verdict'],
  [(d) => `Суд постановил ${d} удовлетворить иск.`, 'A court ruling'],
];
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d): Case[] => [
  ...KK.map(([w, t]): Case => ['kk', w(d.kk), t]),
  ...RU.map(([w, t]): Case => ['ru', w(d.ru), t]),
]);

describe('a court cue is titled by the step of the case its words tell', () => {
  it.each(cases)('%s: %s', (lang, text, title) => {
    const events = extractSentences(lang, text, PUB, RUBRIC[lang]).events.filter(
      (e) => e.type === 'other',
    );
    expect(events.map((e) => e.title.en)).toEqual([title]);
  });
});
