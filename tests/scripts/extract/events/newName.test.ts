/**
 * A renaming is titled with the name it gives, a name given back included, and with the name
 * nearest its own cue when one sentence tells two renamings: "в сентябре 2022 года ей вернули
 * название Астана" was titled "The capital renamed Nur-Sultan" after a clause of 2019, or "The
 * capital is renamed". events/newName.ts. Generated over wordings and years; sentences written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const YEARS = [
  { kk: '2022 жылғы қыркүйекте', ru: 'в сентябре 2022 года', date: '2022-09' },
  { kk: '2021 жылы', ru: 'в 2021 году', date: '2021' },
];
const BACK = [
  { ru: (y: string) => `${cap(y)} ей вернули название Астана.`, kk: (y: string) => `${cap(y)} қалаға Астана атауы қайтарылды.` },
  { ru: (y: string) => `${cap(y)} столице вернули прежнее имя «Астана».`, kk: (y: string) => `${cap(y)} елордаға Астана атауын қайтарды.` },
  { ru: (y: string) => `${cap(y)} название Астана было возвращено столице.`, kk: (y: string) => `${cap(y)} елордаға «Астана» атауы қайтарылды.` },
]; // prettier-ignore
const FIRST = {
  ru: 'В марте 2019 года столица была переименована в Нур-Султан, а',
  kk: '2019 жылы наурызда елорда Нұр-Сұлтан болып өзгертілді, ал',
};

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

const renamings = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.type === 'renaming')
    .map((e) => `${e.date.edtf} ${e.title.en}`);

type Case = ['kk' | 'ru', string, string];
const alone: Case[] = YEARS.flatMap((y) =>
  BACK.flatMap((b): Case[] => [
    ['ru', b.ru(y.ru), `${y.date} The capital renamed Astana`],
    ['kk', b.kk(y.kk), `${y.date} The capital renamed Astana`],
  ]),
);
const both: Case[] = YEARS.flatMap((y) =>
  BACK.flatMap((b): Case[] => [
    ['ru', `${FIRST.ru} ${b.ru(y.ru).replace(/^./u, (c) => c.toLowerCase())}`, y.date],
    ['kk', `${FIRST.kk} ${b.kk(y.kk).replace(/^./u, (c) => c.toLowerCase())}`, y.date],
  ]),
);

describe('a name given back titles its renaming', () => {
  it.each(alone)('%s: %s', (lang, text, title) => {
    expect(renamings(lang, text)).toEqual([title]);
  });

  it.each(both)('%s: %s (two renamings in one sentence)', (lang, text, date) => {
    expect(renamings(lang, text)).toEqual(
      expect.arrayContaining([
        '2019-03 The capital renamed Nur-Sultan',
        `${date} The capital renamed Astana`,
      ]),
    );
  });
});
