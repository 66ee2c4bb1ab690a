/**
 * A body to be set up is titled as ahead. "Правительство создаст рабочую группу до 1 октября" (a
 * test sentence written for the check) was titled "A working group is set up": the founding's
 * titles had only the done form. Generated over bodies, wordings and tenses.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
// prettier-ignore
const BODIES = [
  { ru: 'рабочую группу', ruNom: 'Рабочая группа', fem: true, en: 'A working group' },
  { ru: 'комиссию', ruNom: 'Комиссия', fem: true, en: 'A commission' },
  { ru: 'совет', ruNom: 'Совет', fem: false, en: 'A council' },
];

// prettier-ignore
const cases = BODIES.flatMap((b) => [
  [`Правительство создаст ${b.ru} до 1 октября.`, `${b.en} to be set up`],
  [`${b.ruNom} будет ${b.fem ? 'создана' : 'создан'} 1 октября.`, `${b.en} to be set up`],
  [`5 марта ${b.fem ? 'создана' : 'создан'} ${b.ruNom.toLowerCase()}.`, `${b.en} is set up`],
  [`Правительство 5 марта создало ${b.ru}.`, `${b.en} is set up`],
]);

describe('a body set up, done or ahead', () => {
  // (The body named wins over a chamber the sentence names for its speaker.)
  it.each(['Сената', 'Мажилиса'])(
    'Как сообщил спикер %s, рабочая группа при парламенте будет создана до конца мая.',
    (ch) => {
      const text = `Как сообщил спикер ${ch}, рабочая группа при парламенте будет создана до конца мая.`;
      expect(extractSentences('ru', text, PUB).events.map((e) => e.title.en)).toEqual([
        'A working group to be set up',
      ]);
    },
  );

  it.each(cases)('%s', (text, title) => {
    const events = extractSentences('ru', text, PUB).events;
    expect(events.map((e) => e.title.en)).toContain(title);
  });

  it.each([
    ['5 наурызда жұмыс тобы құрылды.', 'A working group is set up'],
    // (The Kazakh founding cue reads only the past: "құрылады" also tells what a body consists of.)
  ])('kk: %s', (text, title) => {
    const events = extractSentences('kk', text, PUB).events;
    expect(events.map((e) => e.title.en)).toContain(title);
  });
});
