/**
 * A recall that tells only a post held before ("Ол бұған дейін … қызметін атқарған", "Ранее он
 * занимал должность …") tells no event and no day: the news the next sentence reports is the
 * article's, on its publication day, not a recall with no date (events/story.ts). The dismissal
 * after such a line was "not yet placed: recalled as background". Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const ASIDES_KK = [
  'Ол бұған дейін Қауіпсіздік кеңесі хатшысының орынбасары қызметін атқарған.',
  'Бұған дейін ол Қауіпсіздік кеңесі хатшысының орынбасары болып жұмыс істеген.',
  'Ол осыған дейін Мемлекеттік хатшы лауазымын атқарған еді.',
];
const NEWS_KK = [
  ['Президент Бейбіт Исабаевты Алматы облысының әкімі лауазымынан босатты.', 'resignation'],
  [
    'Сондай-ақ Мемлекет басшысы Бейбіт Исабаевты Алматы облысының әкімі қызметінен босатты.',
    'resignation',
  ],
  [
    'Мемлекет басшысының Жарлығымен Марат Тәжин Мемлекеттік хатшы болып тағайындалды.',
    'appointment',
  ],
] as const;
const ASIDES_RU = [
  'Ранее он занимал должность заместителя секретаря Совета безопасности.',
  'До этого он работал заместителем секретаря Совета безопасности.',
  'Ранее он был государственным секретарем.',
];
const NEWS_RU = [
  ['Президент освободил Бейбута Исабаева от должности акима Алматинской области.', 'resignation'],
  [
    'Также Глава государства освободил Бейбута Исабаева от должности акима Алматинской области.',
    'resignation',
  ],
  ['Указом Главы государства Марат Тажин назначен Государственным секретарем.', 'appointment'],
] as const;

describe('a recalled post opens no story for the next sentence', () => {
  it.each(ASIDES_KK.flatMap((aside) => NEWS_KK.map(([news, kind]) => [aside, news, kind])))(
    'kk: %s / %s',
    (aside, news, kind) => {
      const text = `Кадрлық өзгеріс\n\nАстана, 3 маусым. Мемлекет басшысының Жарлығымен Ерлан Қарин Мемлекеттік кеңесші болып тағайындалды. ${aside} ${news}`;
      expect(kindsAndDays('kk', text, '2025-06-03')).toContain(`${kind} 2025-06-03`);
    },
  );
  it.each(ASIDES_RU.flatMap((aside) => NEWS_RU.map(([news, kind]) => [aside, news, kind])))(
    'ru: %s / %s',
    (aside, news, kind) => {
      const text = `Кадровые перестановки\n\nАстана, 3 июня. Ерлан Карин назначен Государственным советником. ${aside} ${news}`;
      const got = kindsAndDays('ru', text, '2025-06-03');
      expect(got.filter((k) => k === `${kind} 2025-06-03`).length).toBeGreaterThanOrEqual(
        kind === 'appointment' ? 2 : 1,
      );
    },
  );
  it('a recall that tells an event goes on in the next sentence', () => {
    // (Unchanged: "Напомним, 5 февраля президент принял отставку правительства. Исполняющим
    // обязанности назначен …" is that day's.)
    const got = kindsAndDays(
      'ru',
      'Отставка\n\nАстана, 8 февраля. Сегодня прошло заседание правительства. Напомним, 5 февраля президент принял отставку правительства. Исполняющим обязанности премьер-министра назначен Роман Скляр.',
      '2024-02-08',
    );
    expect(got).toContain('appointment 2024-02-05');
  });
});
