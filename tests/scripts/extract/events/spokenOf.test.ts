/**
 * A cue that names what is spoken or written about (ru "о/об/обо …", kk "… туралы/жайлы/
 * жөнінде"): "Политолог о марафоне саммитов", "Саясаттанушы саммиттер туралы". Told with no date
 * of its own in a headline, it is no event of the publication day; the same noun told as the
 * subject of the news ("Саммит ШОС прошел в Астане") still is. Generated: speakers × event nouns
 * in the prepositional case (ru) or before each postposition (kk). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-07-09';
const LEAD = { kk: 'Елде өзгерістер талқылануда.', ru: 'В стране обсуждают перемены.' };

/** The events placed on the publication day, as "type". */
function placedToday(lang: 'kk' | 'ru', headline: string): string[] {
  return extractSentences(lang, `${headline}\n\n${LEAD[lang]}`, PUBLISHED)
    .events.filter((e) => e.date.edtf === PUBLISHED)
    .map((e) => e.type);
}

// [the noun in the prepositional case, the noun in the nominative, its type]
const RU_NOUNS: Array<[string, string, string]> = [
  ['саммите ШОС', 'Саммит ШОС прошел', 'meeting'],
  ['марафоне саммитов', 'Саммит ШОС прошел', 'meeting'],
  ['съезде партии', 'Съезд партии прошел', 'congress'],
  ['форуме в Астане', 'Форум в Астане прошел', 'meeting'],
  ['сессии маслихата', 'Сессия маслихата прошла', 'session'],
];
const RU_SPEAKERS = ['Политолог о', 'Эксперт об итогах', 'Что нужно знать о', 'Аналитик — о'];

const KK_NOUNS: Array<[string, string, string]> = [
  ['саммит', 'Астанада ШЫҰ саммиті өтті', 'meeting'],
  ['ШЫҰ саммиті', 'Астанада ШЫҰ саммиті өтті', 'meeting'],
  ['партия съезі', 'Партия съезі өтті', 'congress'],
  ['мәслихат сессиясы', 'Мәслихат сессиясы өтті', 'session'],
];
const KK_SPEAKERS = ['Саясаттанушы', 'Сарапшы:', 'Депутат'];
const KK_ABOUT = ['туралы', 'жайлы', 'жөнінде'];

describe('a cue spoken of is no news of the day', () => {
  const ru = RU_SPEAKERS.flatMap((who) =>
    RU_NOUNS.map(([noun, , type]): [string, string] => [`${who} ${noun}`, type]),
  );
  it.each(ru)('ru: %s', (headline, type) => {
    expect(placedToday('ru', headline)).not.toContain(type);
  });
  const kk = KK_SPEAKERS.flatMap((who) =>
    KK_NOUNS.flatMap(([noun, , type]) =>
      KK_ABOUT.map((about): [string, string] => [`${who} ${noun} ${about}`, type]),
    ),
  );
  it.each(kk)('kk: %s', (headline, type) => {
    expect(placedToday('kk', headline)).not.toContain(type);
  });
});

describe('the content of an act is placed', () => {
  it.each([
    [
      'ru',
      'Президент подписал указ о назначении Ерлана Карина государственным советником',
      'appointment',
    ],
    ['ru', 'Президент принял заявление об отставке акима района Ерлана Сапарова', 'resignation'],
    ['ru', 'Токаев подписал указ о назначении нового министра', 'appointment'],
    [
      'kk',
      'Президент Ерлан Қаринді Мемлекеттік кеңесші етіп тағайындау туралы Жарлыққа қол қойды',
      'appointment',
    ],
    [
      'kk',
      'Мемлекет басшысы Асқар Сәрсенбаевты әкім етіп тағайындау туралы жарлыққа қол қойды',
      'appointment',
    ],
  ] as const)('%s: %s', (lang, headline, type) => {
    expect(placedToday(lang, headline)).toContain(type);
  });
});

describe('the same noun as the news is placed', () => {
  it.each(RU_NOUNS.map(([, told, type]) => [told, type]))('ru: %s', (told, type) => {
    expect(placedToday('ru', `${told} сегодня`)).toContain(type);
  });
  it.each(KK_NOUNS.map(([, told, type]) => [told, type]))('kk: %s', (told, type) => {
    expect(placedToday('kk', `Бүгін ${told}`)).toContain(type);
  });
});
