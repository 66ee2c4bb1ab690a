/**
 * A bare surname is first the person its own article names in full (stages/merge.ts): "Ахметжанов
 * занимал должность" after "Даурен Ахметжанов досрочно прекратил полномочия" is Dauren, though
 * another article of the collection names a Ruslan Akhmetzhanov more often. Generated over given
 * names and surnames; articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';

const PEOPLE = [
  ['Даурен', 'Руслан', 'Ахметжанов'],
  ['Нурлан', 'Бахыт', 'Сарсенов'],
  ['Ерлан', 'Марат', 'Жумабаев'],
] as const;

function collection(own: string, other: string, surname: string) {
  const a =
    `Секретарь маслихата сложил полномочия\n\n` +
    `Секретарь областного маслихата ${own} ${surname} досрочно прекратил полномочия на внеочередной сессии, сообщает пресс-служба маслихата.\n\n` +
    `${surname} подал заявление о сложении полномочий в понедельник, 10 февраля.\n\n` +
    `${surname} занимал должность секретаря с 2021 года.\n`;
  const b = [
    'Депутат мажилиса встретился с избирателями',
    `Депутат мажилиса ${other} ${surname} 3 февраля провёл встречу с избирателями в Караганде.`,
    `5 февраля ${other} ${surname} предложил провести референдум о местном самоуправлении.`,
    `7 февраля ${other} ${surname} посетил Темиртау с рабочей поездкой.`,
    `9 февраля ${other} ${surname} заявил журналистам, что законопроект будет внесён весной.`,
  ].join('\n\n');
  const enc = (t: string) => new TextEncoder().encode(t);
  return runPipeline(
    [
      { file: 'a.txt', bytes: enc(a) },
      { file: 'b.txt', bytes: enc(b) },
    ],
    {
      file: 'sources.json',
      text: JSON.stringify({
        'a.txt': { language: 'ru', published: '2025-02-11' },
        'b.txt': { language: 'ru', published: '2025-02-12' },
      }),
    },
    tagDates,
  ).data;
}

describe('a bare surname is the person its own article names', () => {
  it.each(PEOPLE)('%s / %s %s', (own, other, surname) => {
    const data = collection(own, other, surname);
    const names = data.events
      .filter((e) => e.sources.some((s) => s.sourceId === 'a'))
      .flatMap((e) => e.actors.map((a) => a.name))
      .filter((n) => n.endsWith(surname));
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names)).toEqual(new Set([`${own} ${surname}`]));
  });
});
