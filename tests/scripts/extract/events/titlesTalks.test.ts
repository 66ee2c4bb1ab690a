/**
 * Talks and phone calls name both sides when the sentence names the other party: "Токаев провёл
 * переговоры с Путиным", "Тоқаев Путинмен келіссөз жүргізді" (test sentences written for the
 * check) were titled "Tokayev holds talks", "… holds a phone call", one side only. The titles now
 * name the one met (titlesTalks.ts), and a lone Russian surname in -ин or -ко after "с" ("с
 * Путиным", "с Лукашенко") is a person (locales/ru/metWith.ts). Generated over hosts, the other
 * side (full name and surname alone), talks and calls, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const HOSTS = [
  { kk: 'Қасым-Жомарт Тоқаев', ru: 'Касым-Жомарт Токаев', en: 'Kassym-Jomart Tokayev' },
  { kk: 'Тоқаев', ru: 'Токаев', en: 'Tokayev' },
];
const SIDES = [
  { kk: 'Владимир Путинмен', ru: 'с Владимиром Путиным', en: 'Vladimir Putin' },
  { kk: 'Путинмен', ru: 'с Путиным', en: 'Putin' },
  { kk: 'Мишустинмен', ru: 'с Мишустиным', en: 'Mishustin' },
  // (Russian only: a Kazakh lone surname in -ко is not yet read as one.)
  { kk: undefined, ru: 'с Лукашенко', en: 'Lukashenko' },
];
const WAYS = [
  { kk: 'келіссөз жүргізді', ru: 'провёл переговоры', en: 'holds talks with' },
  {
    kk: 'телефон арқылы сөйлесті',
    ru: 'провёл телефонный разговор',
    en: 'holds a phone call with',
  },
];

const CASES = HOSTS.flatMap((h) =>
  SIDES.flatMap((s) =>
    WAYS.flatMap((w) => [
      ...(s.kk ? [{ lang: 'kk' as const, text: `11 наурызда ${h.kk} ${s.kk} ${w.kk}.`, title: `${h.en} ${w.en} ${s.en}` }] : []),
      { lang: 'ru' as const, text: `11 марта ${h.ru} ${w.ru} ${s.ru}.`, title: `${h.en} ${w.en} ${s.en}` },
    ]),
  ),
); // prettier-ignore

describe('talks and phone calls name both sides', () => {
  it.each(CASES)('$lang $text', ({ lang, text, title }) => {
    const events = extractSentences(lang, text, '2025-03-12').events;
    expect(events.map((e) => e.title.en)).toEqual([title]);
  });
  // (A capitalised noun after "с" stays no one: "выступил с Посланием".)
  it('"с Посланием" names no one met', () => {
    const events = extractSentences('ru', '11 марта Токаев выступил с Посланием.', '2025-03-12');
    expect(events.events.flatMap((e) => e.actors.map((a) => a.name))).toEqual(['Токаев']);
  });
});
