/**
 * A Kazakh signing told ahead is a planned signing. "Мемлекет басшысы Заңға 5 наурызда қол
 * қояды" (sentences written for the check) was titled just "Law": the step cue of a signing
 * (locales/kk/lexicon/lawWords.ts) and the head of state's signing (titleCues.ts) took "қол қой-"
 * only, and "қояды", "қоюы" are the same verb ahead. Generated over signers, laws and dates.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const SIGNERS = ['Мемлекет басшысы', 'Президент'];
const LAWS: Array<[string, string, string]> = [
  ['Заңға', 'заңға', 'the law'],
  ['«Жарнама туралы» Заңға', 'заңға', 'the law'],
  ['Салық кодексіне', 'Салық кодексіне', 'the Tax Code'],
];
const WHEN: Array<[string, string]> = [
  ['5 наурызда', '2026-03-05'],
  ['20 наурызда', '2025-03-20'],
  ['келесі аптада', '2025-03'],
];
const CASES = SIGNERS.flatMap((who) =>
  LAWS.flatMap(([law, kk, en]) =>
    WHEN.map(([when, day]): [string, string, string, string] => [
      `${who} ${law} ${when} қол қояды.`,
      day,
      kk,
      en,
    ]),
  ),
);

describe('a Kazakh signing told ahead', () => {
  it.each(CASES)('%s', (text, day, kk, en) => {
    const law = extractSentences('kk', text, PUB).events.filter((e) => e.type === 'law');
    expect(law.map((e) => [e.date.edtf, e.status, e.title.kk, e.title.en])).toEqual([
      [day, 'planned', `Президент ${kk} қол қоймақ`, `The President to sign ${en}`],
    ]);
  });
});
