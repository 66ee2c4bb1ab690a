/**
 * Documents signed between states: "Екі ел 15 құжатқа қол қойды" gave no event (the Kazakh cue
 * took "құжат" only in the passive, "құжатқа қол қойылды"), and "стороны подписали 15 документов"
 * was titled "An agreement is signed". A document counted ("15 құжатқа", "он бес құжатқа",
 * "бірқатар құжаттарға"), between states ("екіжақты құжаттар") or in a package is an agreement
 * signed, titled "Documents are signed"; a bare "құжатқа қол қойды" (a decree's as much) and a
 * date's day before it ("10 наурызда құжатқа") are not. Generated over wordings, days and both
 * languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '10 наурызда', ru: '10 марта' },
  { kk: 'өткен жылғы 14 қазанда', ru: '14 октября прошлого года' },
];
const up = (d: string) => `${d[0]!.toUpperCase()}${d.slice(1)}`;
type Case = ['kk' | 'ru', string, string[]];
const DOCS = ['Documents are signed'];
const KK: Array<[(d: string) => string, string[]]> = [
  [(d) => `Екі ел ${d} 15 құжатқа қол қойды.`, DOCS],
  [(d) => `Тараптар ${d} он бес құжатқа қол қойды.`, DOCS],
  [(d) => `Тараптар ${d} бірқатар құжаттарға қол қойды.`, DOCS],
  [(d) => `Президенттер ${d} 8 маңызды құжатқа қол қойған.`, DOCS],
  [(d) => `${up(d)} екіжақты құжаттар топтамасына қол қойылды.`, DOCS],
  [(d) => `Екі ел ${d} үкіметаралық құжаттарға қол қойды.`, DOCS],
  [(d) => `Екі ел ${d} келісімге қол қойды.`, ['An agreement is signed']],
  [(d) => `Президент ${d} құжатқа қол қойды.`, []],
];
const RU: Array<[(d: string) => string, string[]]> = [
  [(d) => `${up(d)} стороны подписали 15 документов.`, DOCS],
  [(d) => `Стороны подписали пакет документов ${d}.`, DOCS],
  [(d) => `${up(d)} были подписаны двусторонние документы.`, DOCS],
  [(d) => `${up(d)} стороны подписали соглашение.`, ['An agreement is signed']],
];
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d): Case[] => [
  ...KK.map(([w, t]): Case => ['kk', w(d.kk), t]),
  ...RU.map(([w, t]): Case => ['ru', w(d.ru), t]),
]);

describe('documents signed between states are an agreement signed, titled as documents', () => {
  it.each(cases)('%s: %s', (lang, text, titles) => {
    const events = extractSentences(lang, text, PUB).events.filter((e) => e.type === 'other');
    expect(events.map((e) => e.title.en)).toEqual(titles);
  });
});
