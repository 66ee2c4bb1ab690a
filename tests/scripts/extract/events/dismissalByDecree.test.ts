/**
 * A decree on a dismissal is the dismissal, done the day it is signed, when it names whom it
 * releases (as a decree on an appointment is the appointment: decreeOnAppointment.test.ts): "указ
 * об освобождении Романа Скляра от должности", "Склярды қызметінен босату туралы Жарлыққа". And
 * the one who signs or releases is never the one released: "Токаев освободил Скляра" does not
 * say Tokayev was dismissed. Generated: signer × name (full, surname, female) × post × date.
 * Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences, kindsAndDays } from './extractSentences';

const PUB = '2026-03-12';

const RU_SIGNERS = ['Глава государства', 'Президент', 'Касым-Жомарт Токаев'];
const RU_RELEASED = ['Романа Скляра', 'Ерлана Карина', 'Айгерим Балаевой'];
const RU_POSTS = [
  'от должности первого заместителя премьер-министра',
  'от должности министра юстиции',
  'от занимаемой должности',
];
const RU_DATES: [string, string][] = [
  ['', PUB],
  ['10 марта ', '2026-03-10'],
];

const KK_SIGNERS = ['Мемлекет басшысы', 'Президент', 'Қасым-Жомарт Тоқаев'];
const KK_RELEASED = ['Роман Склярды', 'Ерлан Қаринды', 'Айгерім Балаеваны'];
const KK_POSTS = [
  'Премьер-Министрдің бірінші орынбасары қызметінен',
  'әділет министрі лауазымынан',
  'атқарып отырған қызметінен',
];
const KK_DATES: [string, string][] = [
  ['', PUB],
  ['10 наурызда ', '2026-03-10'],
];

describe('a decree on a dismissal is the dismissal', () => {
  const ru = RU_SIGNERS.flatMap((who) =>
    RU_RELEASED.flatMap((name) =>
      RU_POSTS.flatMap((post) =>
        RU_DATES.map(
          ([d, day]) => [`${d}${who} подписал указ об освобождении ${name} ${post}.`, day] as const,
        ),
      ),
    ),
  );
  it.each(ru)('ru: %s', (sentence, day) => {
    expect(kindsAndDays('ru', `Астана, 12 марта. ${sentence}`, PUB)).toEqual([
      `resignation ${day}`,
    ]);
  });
  const kk = KK_SIGNERS.flatMap((who) =>
    KK_RELEASED.flatMap((name) =>
      KK_POSTS.flatMap((post) =>
        KK_DATES.map(
          ([d, day]) =>
            [`${who} ${d}${name} ${post} босату туралы Жарлыққа қол қойды.`, day] as const,
        ),
      ),
    ),
  );
  it.each(kk)('kk: %s', (sentence, day) => {
    expect(kindsAndDays('kk', `Астана, 12 наурыз. ${sentence}`, PUB)).toEqual([
      `resignation ${day}`,
    ]);
  });
});

describe('the one who releases is not the one released', () => {
  it.each([
    ['ru', 'Токаев освободил Скляра от должности первого вице-премьера.'],
    ['ru', 'Президент Токаев освободил Скляра от должности.'],
    ['kk', 'Тоқаев Склярды қызметінен босатты.'],
    ['kk', 'Қасым-Жомарт Тоқаев Склярды Премьер-Министрдің бірінші орынбасары қызметінен босатты.'],
  ] as const)('%s: %s', (lang, sentence) => {
    const dateline = lang === 'kk' ? 'Астана, 12 наурыз.' : 'Астана, 12 марта.';
    const { events } = extractSentences(lang, `${dateline} ${sentence}`, PUB);
    expect(events.map((e) => e.type)).toEqual(['resignation']);
    for (const e of events) {
      expect(e.title.en, sentence).not.toMatch(
        /Tokayev (?:is )?dismissed|Tokayev steps down|Tokayev resigns/u,
      );
      expect(e.title.ru, sentence).not.toMatch(/Токаев освобожд[её]н/u);
      expect(e.title.kk, sentence).not.toMatch(/^Тоқаев қызметінен босатылды/u);
    }
  });
});

describe('a decree ending powers stays a decree', () => {
  it.each(RU_SIGNERS.flatMap((who) => RU_DATES.map(([d, day]) => [who, d, day] as const)))(
    'ru: %s %sподписал указ о досрочном прекращении полномочий',
    (who, d, day) => {
      const sentence = `${d}${who} подписал указ о досрочном прекращении полномочий председателя Сената.`;
      expect(kindsAndDays('ru', `Астана, 12 марта. ${sentence}`, PUB)).toEqual([`decree ${day}`]);
    },
  );
});
