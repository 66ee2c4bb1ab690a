/**
 * A referendum's title names its question only where the text does: "Қазақстанда соңғы
 * республикалық референдум 1995 жылы өткен" was titled "Referendum on the Constitution", because
 * any referendum not on a nuclear plant was taken to be one on the Constitution. The Constitution is
 * now named when the sentence or its paragraph names it ("Конституция", "Ата Заң", "Основной
 * закон"); otherwise the title is the plain "Referendum". Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const PLAIN = 'Referendum';
const CONST = 'Referendum on the Constitution';

const kkVotes = [
  '2022 жылғы 5 маусымда республикалық референдум өтті.',
  'Республикалық референдум 1995 жылы өткен.',
  'Облыста жергілікті референдум 2024 жылғы 6 қазанда өтті.',
];
const ruVotes = [
  'Республиканский референдум прошёл 5 июня 2022 года.',
  'Последний референдум состоялся в 1995 году.',
  'Местный референдум прошёл 6 октября 2024 года.',
];
const kkAbout = ['Конституцияға өзгерістер енгізу туралы', 'Ата Заңға түзетулер жөніндегі'];
const ruAbout = ['по поправкам в Конституцию', 'об изменениях в Основной закон'];

const cases = [
  ...kkVotes.map((t) => ['kk', t, PLAIN]),
  ...ruVotes.map((t) => ['ru', t, PLAIN]),
  ...kkAbout.flatMap((a) => kkVotes.map((t) => ['kk', `${t} Ол ${a} болды.`, CONST])),
  ...ruAbout.flatMap((a) => ruVotes.map((t) => ['ru', `${t.replace(/\.$/u, '')} ${a}.`, CONST])),
] as Array<['kk' | 'ru', string, string]>; // prettier-ignore

describe('a referendum is on the Constitution only where the text says so', () => {
  it.each(cases)('%s: %s', (lang, text, want) => {
    const titles = extractSentences(lang, text, PUB)
      .events.filter((e) => e.type === 'referendum')
      .map((e) => e.title.en);
    expect(titles).toEqual([want]);
  });
});
