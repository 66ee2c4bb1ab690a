/**
 * A day of mourning held, or a day declared as one, is titled as the day. "В понедельник по всей
 * стране прошёл день общенационального траура" (a test sentence written for the check) was titled
 * "Event"; the Kazakh "жалпыұлттық аза тұту күні өтті" the same. A mourning declared with no day
 * named as its own ("Траур объявлен …") keeps its title. Generated over wordings and days.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { ru: '3 марта', kk: '3 наурызда', kkNom: '3 наурыз', edtf: '2025-03-03' },
  { ru: '7 февраля', kk: '7 ақпанда', kkNom: '7 ақпан', edtf: '2025-02-07' },
];
const DAY: [string, string, string] = ['Жалпыұлттық аза тұту күні', 'День общенационального траура', 'Day of national mourning']; // prettier-ignore

// prettier-ignore
const cases = DAYS.flatMap((d) => [
  ['ru', `${d.ru} по всей стране прошёл день общенационального траура.`, d.edtf],
  ['ru', `${d.ru} в республике прошел день траура по жертвам аварии.`, d.edtf],
  ['ru', `Глава государства объявил ${d.ru} днём общенационального траура.`, d.edtf],
  ['ru', `${d.ru} в стране отмечали день национального траура.`, d.edtf],
  ['kk', `${d.kk} елімізде жалпыұлттық аза тұту күні өтті.`, d.edtf],
  ['kk', `Республикада ${d.kk} аза тұту күні болды.`, d.edtf],
  ['kk', `${d.kk} бүкіл елде ұлттық аза тұту күні өтті.`, d.edtf],
] as Array<['kk' | 'ru', string, string]>);

describe('a day of mourning', () => {
  it.each(cases)('%s: %s', (lang, text, day) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => [e.date.edtf, e.title.kk, e.title.ru, e.title.en])).toEqual([
      [day, ...DAY],
    ]);
  });

  it.each([
    ['ru', 'Траур объявлен 3 марта.'],
    ['kk', '3 наурыз жалпыұлттық аза тұту күні болып жарияланды.'],
  ] as Array<['kk' | 'ru', string]>)('a mourning declared stays declared: %s', (lang, text) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => e.title.en)).toEqual(['A day of mourning is declared']);
  });
});
