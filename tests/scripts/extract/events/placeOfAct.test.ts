/**
 * A gathering named as the place of an act (the Kazakh locative, the Russian "на"/"в ходе") is
 * where the act was done, not a second event of the sentence, for the acts that tell it themselves:
 * a head of state's oath, a renaming, a membership (events/findTriggers.ts, DONE_AT_A_GATHERING in
 * events/kinds.ts). A sitting that is more than a place stays: deputies' own oath, a gathering told
 * as held ("өткен саммитте"), a party's congress. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', sentence: string) =>
  [...new Set(kindsAndDays(lang, sentence).map((k) => k.split(' ')[0]))].sort();

// Every locative form a gathering takes: bare, after the possessive, after a vowel or a consonant.
const KK_PLACES = [
  'Парламент палаталарының бірлескен отырысында',
  'Парламенттің бірлескен отырыста',
  'халықаралық ұйымның сессиясында',
  'Астанадағы сессияда',
  'Бакудегі саммитте',
  'ұйымның Самарқанд саммитінде',
];
const RU_PLACES = [
  'на совместном заседании палат Парламента',
  'на сессии Ассамблеи',
  'на саммите в Самарканде',
  'в ходе саммита в Баку',
];

describe('a gathering as the place of an act', () => {
  it.each(KK_PLACES)('kk: a head of state sworn in %s', (place) => {
    expect(
      kinds('kk', `Тоқаев 2019 жылғы 20 наурызда ${place} Президент ретінде ант берді.`),
    ).toEqual(['inauguration']);
  });
  it.each(KK_PLACES)('kk: a council renamed %s', (place) => {
    expect(
      kinds(
        'kk',
        `Кеңес 2021 жылғы 12 қарашада ${place} Түркі мемлекеттері ұйымы болып қайта аталды.`,
      ),
    ).toEqual(['renaming']);
  });
  it.each(RU_PLACES)('ru: a head of state sworn in %s', (place) => {
    expect(kinds('ru', `20 марта 2019 года Токаев принес присягу ${place}.`)).toEqual([
      'inauguration',
    ]);
  });
  it.each(RU_PLACES)('ru: a council renamed %s', (place) => {
    expect(
      kinds(
        'ru',
        `12 ноября 2021 года ${place} Совет был переименован в Организацию тюркских государств.`,
      ),
    ).toEqual(['renaming']);
  });
});

describe('a gathering that is more than a place stays', () => {
  it('kk: deputies sworn in at a sitting open it', () => {
    expect(kinds('kk', 'Депутаттар 29 наурызда Мәжілістің бірінші отырысында ант берді.')).toEqual([
      'session',
    ]);
  });
  it('kk: a sitting named apart from the oath is the deputies’', () => {
    expect(kinds('kk', '29 наурызда ант беріп, бірінші отырысқа қатыстық.')).toEqual(['session']);
  });
  it('ru: deputies sworn in at a sitting open it', () => {
    expect(
      kinds('ru', 'Депутаты Мажилиса 29 марта приняли присягу на первом заседании.'),
    ).toContain('session');
  });
  it('kk: a summit told as held is an event of its own', () => {
    expect(
      kinds(
        'kk',
        'Кеңес 2021 жылғы 12 қарашада өткен Ыстамбұл саммитінде Түркі мемлекеттері ұйымы болып қайта аталды.',
      ),
    ).toEqual(['meeting', 'renaming']);
  });
  it('ru: a party’s congress renames the party', () => {
    expect(kinds('ru', '1 марта 2022 года на съезде партия сменила название на AMANAT.')).toEqual([
      'congress',
      'renaming',
    ]);
  });
});
