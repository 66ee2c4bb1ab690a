/**
 * A court's ruling is titled by the step it orders, and a conviction told without its court is a
 * verdict. "Суд постановил заключить его под стражу", "Сот оны қамауға алу туралы шешім шығарды"
 * were titled "A court ruling" (the cue's own "постановил", "шешім" decided first), and "Его
 * осудили на пять лет" gave no court cue. events/courtStep.ts reads what a ruling orders
 * (locales/<lang>/lexicon/courtStep.ts, ordered); the Russian court cue takes an impersonal
 * "осудили" with its term or manner. Generated over the rulings' heads, the steps ordered and two
 * days; sentences written for the test.
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
const RU_HEADS = ['Суд постановил', 'Суд решил', 'Суд принял решение'];
const RU_ORDERED: Array<[string, string]> = [
  ['заключить его под стражу', 'An arrest'],
  ['избрать ему меру пресечения в виде ареста', 'An arrest'],
  ['поместить бывшего акима под домашний арест', 'An arrest'],
  ['освободить его из-под стражи', 'Release from custody'],
  ['признать его виновным', 'A verdict'],
  ['оправдать бывшего министра', 'An acquittal'],
  ['удовлетворить иск', 'A court ruling'],
  ['оставить приговор без изменения', 'A court ruling'],
];
const KK_HEADS: Array<(d: string, s: string) => string> = [
  (d, s) => `Сот ${d} оны ${s} туралы шешім шығарды.`,
  (d, s) => `Сот ${d} бұрынғы әкімді екі ай мерзімге ${s} туралы шешім қабылдады.`,
];
const KK_ORDERED: Array<[string, string]> = [
  ['қамауға алу', 'An arrest'],
  ['үй қамағына алу', 'An arrest'],
  ['қамаудан босату', 'Release from custody'],
];
const RU_CONVICTED: Array<(d: string) => string> = [
  (d) => `Его осудили на пять лет ${d}.`,
  (d) => `${d[0]!.toUpperCase()}${d.slice(1)} бывшего акима осудили к семи годам лишения свободы.`,
  (d) => `${d[0]!.toUpperCase()}${d.slice(1)} ее заочно осудили.`,
  (d) => `Бывшего министра ${d} осудили условно.`,
];
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d): Case[] => [
  ...RU_HEADS.flatMap((h) => RU_ORDERED.map(([s, t]): Case => ['ru', `${h} ${d.ru} ${s}.`, t])),
  ...KK_HEADS.flatMap((h) => KK_ORDERED.map(([s, t]): Case => ['kk', h(d.kk, s), t])),
  ...RU_CONVICTED.map((w): Case => ['ru', w(d.ru), 'A verdict']),
]);

describe("a court's ruling is titled by the step it orders; a conviction without its court is a verdict", () => {
  it.each(cases)('%s: %s', (lang, text, title) => {
    const events = extractSentences(lang, text, PUB, RUBRIC[lang]).events.filter(
      (e) => e.type === 'other',
    );
    expect(events.map((e) => e.title.en)).toEqual([title]);
  });
  // "Осудить" is also to condemn: without a term or manner no verdict.
  it.each(DAYS.map((d) => `Депутаты ${d.ru} осудили нападение на журналиста.`))(
    'ru: %s',
    (text) => {
      const titles = extractSentences('ru', text, PUB, RUBRIC.ru).events.map((e) => e.title.en);
      expect(titles).not.toContain('A verdict');
    },
  );
});
