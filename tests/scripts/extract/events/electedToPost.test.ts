/**
 * One elected to a post: "Мәслихат депутаттары Ерлан Ахметовты мәслихат хатшысы етіп сайлады"
 * gave no event (the converb "етіп" after a post, "made secretary by election", was read only
 * after a chairman, and only two words from the verb), and "ол … сайланған болатын", the post
 * told as held in the same sentence, none either; a maslikhat's secretary or chairman was "a new
 * post", a deputy chairman of the Mazhilis the chairman (now his own post, deputyChairmanPost.test.ts). Generated over wordings, days and both
 * languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '10 наурызда', ru: '10 марта' },
  { kk: '2021 жылғы 15 қаңтарда', ru: '15 января 2021 года' },
];
const up = (d: string) => `${d[0]!.toUpperCase()}${d.slice(1)}`;
type Case = ['kk' | 'ru', string, string];
const SECRETARY = 'Yerlan Akhmetov elected secretary of the maslikhat';
const KK: Array<[(d: string) => string, string]> = [
  [(d) => `Мәслихат депутаттары ${d} Ерлан Ахметовты мәслихат хатшысы етіп сайлады.`, SECRETARY],
  [(d) => `Сессияда депутаттар ${d} мәслихат хатшысы етіп Ерлан Ахметовты сайлады.`, SECRETARY],
  [(d) => `${up(d)} депутаттар Ерлан Ахметовты облыстық мәслихат хатшысы етіп сайлады.`, SECRETARY],
  [(d) => `Ерлан Ахметов ${d} мәслихат хатшысы болып сайланды.`, SECRETARY],
  [(d) => `Депутаттар ${d} Ерлан Ахметовты мәслихат төрағасы етіп сайлады.`, 'Yerlan Akhmetov elected chairman of the maslikhat'], // prettier-ignore
  [(d) => `Ол ${d} мәслихат хатшысы болып сайланған.`, 'New secretary of the maslikhat elected'],
  [(d) => `Бұрын бұл қызметті Ерлан Ахметов атқарған еді, ол ${d} сайланған болатын.`, 'Yerlan Akhmetov elected to a new post'], // prettier-ignore
  [(d) => `Депутаттар ${d} Ерлан Ахметовты Мәжіліс Төрағасының орынбасары етіп сайлады.`, 'Yerlan Akhmetov elected Deputy Chairman of the Mazhilis'], // prettier-ignore
];
const RU: Array<[(d: string) => string, string]> = [
  [(d) => `Депутаты ${d} избрали Ерлана Ахметова секретарем маслихата.`, SECRETARY],
  [(d) => `${up(d)} Ерлан Ахметов избран секретарем городского маслихата.`, SECRETARY],
  [(d) => `Ерлан Ахметов был избран секретарем областного маслихата ${d}.`, SECRETARY],
  [(d) => `Он был избран секретарем маслихата ${d}.`, 'New secretary of the maslikhat elected'],
  [(d) => `Депутаты ${d} избрали Ерлана Ахметова председателем маслихата.`, 'Yerlan Akhmetov elected chairman of the maslikhat'], // prettier-ignore
  [(d) => `${up(d)} Ерлан Ахметов избран заместителем председателя Мажилиса.`, 'Yerlan Akhmetov elected Deputy Chairman of the Mazhilis'], // prettier-ignore
];
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d): Case[] => [
  ...KK.map(([w, t]): Case => ['kk', w(d.kk), t]),
  ...RU.map(([w, t]): Case => ['ru', w(d.ru), t]),
]);
// (Deputies elected on a day, the participle of a body's election, are no one's post.)
const NONE: Case[] = DAYS.map((d): Case => ['kk', `${up(d.kk)} сайланған депутаттар жұмысқа кірісті.`, '']); // prettier-ignore

describe('one elected to a post is appointed to it, titled by the post', () => {
  it.each(cases)('%s: %s', (lang, text, title) => {
    const events = extractSentences(lang, text, PUB).events.filter((e) => e.type === 'appointment');
    expect(events.map((e) => e.title.en)).toEqual([title]);
  });
  it.each(NONE)('%s: %s', (lang, text) => {
    const events = extractSentences(lang, text, PUB).events.filter((e) => e.type === 'appointment');
    expect(events).toEqual([]);
  });
});
