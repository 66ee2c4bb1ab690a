/**
 * A verdict a higher court leaves in force or quashes is that court's ruling, not a verdict:
 * "Верховный суд оставил в силе приговор бывшему акиму" (a sentence written for the check) was
 * titled 'A verdict'; the cue is the noun "приговор", whose own word made it one. courtStep.ts
 * reads the verb of upholding or quashing beside a verdict's cue (locales/<lang>/lexicon/
 * courtStep.ts `upheld`). Generated over courts, verbs, days and both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { ru: '6 февраля', kk: '6 ақпанда', edtf: '2025-02-06' },
  { ru: '3 марта', kk: '3 наурызда', edtf: '2025-03-03' },
];
const RU_COURTS = ['Верховный суд', 'Областной суд'];
const RU_VERBS = ['оставил в силе приговор', 'отменил приговор'];
const KK_COURTS = ['Жоғарғы сот', 'Облыстық сот'];
const KK_VERBS = ['үкімді өзгеріссіз қалдырды', 'үкімді күшінде қалдырды', 'үкімнің күшін жойды'];

type Case = ['kk' | 'ru', string, string];
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d) => [
  ...RU_COURTS.flatMap((c) => RU_VERBS.map((v): Case => ['ru', `${c} ${d.ru} ${v} бывшему акиму области.`, d.edtf])),
  ...KK_COURTS.flatMap((c) => KK_VERBS.map((v): Case => ['kk', `${c} ${d.kk} бұрынғы облыс әкіміне қатысты ${v}.`, d.edtf])),
]);

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => `${e.date.edtf} ${e.title.en}`);

describe('a verdict upheld or quashed is a ruling', () => {
  it.each(cases)('%s: %s', (lang, text, day) => {
    expect(titles(lang, text)).toEqual([`${day} A court ruling`]);
  });

  it.each<['kk' | 'ru', string]>([
    ['ru', 'Суд 6 февраля вынес приговор бывшему министру.'],
    ['kk', 'Сот 6 ақпанда бұрынғы министрге үкім шығарды.'],
  ])('a verdict stays one, %s: %s', (lang, text) => {
    expect(titles(lang, text)).toEqual(['2025-02-06 A verdict']);
  });
});
