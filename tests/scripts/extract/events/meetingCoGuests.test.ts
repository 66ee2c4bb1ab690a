/**
 * A head of state named by his post who receives two guests is the host: the second guest, joined
 * by "и" / "және" with a post between, is a guest too, never the host ("Глава государства принял
 * президента Турции … и премьер-министра Пакистана …" was "Shakhbaz Sharif receives Recep Tayyip
 * Erdoğan"). Generated: the host's post × the guest pairs × languages. Sentences written for the
 * test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2024-07-03';
const HOSTS = {
  ru: ['Глава государства', 'Президент', 'Казахстанский лидер', 'Лидер Казахстана'],
  kk: ['Мемлекет басшысы', 'Президент', 'Қазақстан басшысы'],
};
/** Two guests, each with a post: [words, the first guest's English name, the second's]. */
const GUESTS = {
  ru: [
    [
      'президента Турции Реджепа Тайипа Эрдогана и премьер-министра Пакистана Шахбаза Шарифа',
      'Recep Tayyip Erdoğan',
      'Sharif',
    ],
    [
      'президента Азербайджана Ильхама Алиева и президента Турции Реджепа Тайипа Эрдогана',
      'Ilham Aliyev',
      'Erdoğan',
    ],
  ],
  kk: [
    [
      'Түркия Президенті Режеп Тайып Ердоғанды және Пәкістан Премьер-министрі Шахбаз Шарифті',
      'Recep Tayyip Erdoğan',
      'Sharif',
    ],
    [
      'Әзербайжан Президенті Ильхам Әлиевті және Түркия Президенті Режеп Тайып Ердоғанды',
      'Ilham Aliyev',
      'Erdoğan',
    ],
  ],
} as const;
const VERB = { ru: 'принял', kk: 'қабылдады' };

describe('the second guest received is no host', () => {
  for (const lang of ['ru', 'kk'] as const)
    for (const host of HOSTS[lang])
      for (const [guests, first, second] of GUESTS[lang]) {
        const sentence =
          lang === 'ru'
            ? `${host} ${VERB.ru} ${guests} в Акорде.`
            : `${host} Ақордада ${guests} ${VERB.kk}.`;
        it(`${lang}: ${sentence}`, () => {
          const titles = extractSentences(lang, sentence, PUB)
            .events.filter((e) => e.type === 'meeting')
            .map((e) => e.title.en);
          expect(titles).toContain(`The President receives ${first}`);
          expect(
            titles.some((t) => t.includes(second) && t.indexOf(second) < t.indexOf(' receives')),
          ).toBe(false);
        });
      }
});

describe("a bare post before the guest's country and post is the host", () => {
  const ONE = [
    'Президент Ақордада Әзербайжан Президенті Ильхам Әлиевті қабылдады.',
    'Президент бүгін Түркия Президенті Режеп Тайып Ердоғанды қабылдады.',
    'Президент Ақордада Ресей Президенті Владимир Путинді қабылдады.',
  ];
  it.each(ONE)('kk: %s', (sentence) => {
    const titles = extractSentences('kk', sentence, PUB)
      .events.filter((e) => e.type === 'meeting')
      .map((e) => e.title.en);
    expect(titles.some((t) => t.startsWith('The President receives'))).toBe(true);
  });
});
