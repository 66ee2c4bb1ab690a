/**
 * A visit named as the setting of what was done in it ("сапары барысында … келісімге қол
 * қойылды", "в ходе визита … подписано соглашение") is when the act was done, no event of its
 * own; a visit told alone stays one. Generated over the setting words, the visit noun's forms and
 * the acts; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2025-03-12';
const kinds = (lang: 'kk' | 'ru', text: string) =>
  kindsAndDays(lang, text, PUB).map((k) => k.split(' ')[0]);

describe('a visit as the setting of an act', () => {
  const kkVisits = ['сапары', 'ресми сапары', 'мемлекеттік сапары', 'сапар'];
  const kkSettings = ['барысында', 'кезінде', 'аясында', 'шеңберінде'];
  const kkActs = [
    'екі ел арасында 15 келісімге қол қойылды',
    'тараптар үкіметаралық келісімге қол қойды',
    'меморандумға қол қойылды',
  ];
  it.each(kkVisits.flatMap((v) => kkSettings.map((s) => [v, s])))(
    'kk: Президенттің Германияға %s %s …',
    (visit, setting) => {
      for (const act of kkActs) {
        const got = kinds('kk', `Президенттің Германияға ${visit} ${setting} ${act}.`);
        expect(got, act).toContain('other');
        expect(got, act).not.toContain('meeting');
      }
    },
  );
  it.each(['в ходе визита', 'во время визита', 'в рамках визита'])('ru: %s …', (setting) => {
    for (const act of ['подписано 20 соглашений', 'стороны подписали меморандум']) {
      const got = kinds('ru', `${setting[0]!.toUpperCase()}${setting.slice(1)} Президента в Германию ${act}.`); // prettier-ignore
      expect(got, act).toContain('other');
      expect(got, act).not.toContain('meeting');
    }
  });
  // A visit told for itself, or with nothing else done in the sentence, stays an event.
  it.each([
    ['kk', 'Мемлекет басшысы 15 наурызда Германияға ресми сапармен барады.'],
    ['kk', 'Тоқаев Қытайға сапары кезінде Си Цзиньпинмен келіссөз жүргізді.'],
    ['ru', 'Токаев 15 марта прибудет с официальным визитом в Германию.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(kinds(lang, text)).toContain('meeting');
  });
});
