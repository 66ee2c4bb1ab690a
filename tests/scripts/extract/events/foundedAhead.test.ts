/**
 * A body to be set up is titled as ahead. "Правительство создаст рабочую группу до 1 октября" (a
 * test sentence written for the check) was titled "A working group is set up": the founding's
 * titles had only the done form. Generated over bodies, wordings and tenses. A party founded with
 * no name ("жаңа партия құрылмақ", "будет создана новая партия") was "A new organisation".
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
    // (The present-future too, not after an ablative: "жеті адамнан құрылады" tells what a body
    // consists of; locales/kk/events/foundingAhead.test.ts.)
    ['Жұмыс тобы 1 сәуірге дейін құрылады.', 'A working group to be set up'],
  ])('kk: %s', (text, title) => {
    const events = extractSentences('kk', text, PUB).events;
    expect(events.map((e) => e.title.en)).toContain(title);
  });

  // A party founded with no name is a party, not "a new organisation" (nor the party of a
  // chairman who set up something else).
  // prettier-ignore
  const PARTIES: [lang: 'kk' | 'ru', text: string, title: string][] = [
    ['kk', 'Елімізде 20 наурызда жаңа партия құрылмақ.', 'A party to be founded'],
    ['kk', 'Белсенділер 5 наурызда жаңа саяси партия құрды.', 'A party is founded'],
    ['kk', 'Жаңа партияның 20 наурызда құрылуы көзделуде.', 'A party to be founded'],
    ['kk', 'Партия 5 наурызда құрылды.', 'A party is founded'],
    ['ru', 'В Казахстане 20 марта будет создана новая партия.', 'A party to be founded'],
    ['ru', '5 марта создана новая политическая партия.', 'A party is founded'],
    ['ru', 'Активисты 5 марта создали партию.', 'A party is founded'],
    ['ru', 'Партия была основана 5 марта.', 'A party is founded'],
    ['kk', 'Партия төрағасы 5 наурызда жұмыс тобын құрды.', 'A working group is set up'],
    ['ru', 'Председатель партии 5 марта создал рабочую группу.', 'A working group is set up'],
  ];
  it.each(PARTIES)('%s: %s', (lang, text, title) => {
    expect(extractSentences(lang, text, PUB).events.map((e) => e.title.en)).toContain(title);
  });

  // Due by a deadline, what is due names the bodies better than their kind: "precinct commissions",
  // plural (the dueAct's object), not "A commission".
  // prettier-ignore
  const DUE: [lang: 'kk' | 'ru', text: string][] = [
    ['kk', 'Учаскелік комиссиялар 6 сәуірге дейін құрылады.'],
    ['kk', 'Учаскелік референдум комиссиялары 6 сәуірге дейін құрылмақ.'],
    ['ru', 'Участковые комиссии будут созданы до 6 апреля.'],
    ['ru', 'Участковые избирательные комиссии будут сформированы до 6 апреля.'],
  ];
  it.each(DUE)('%s: %s', (lang, text) => {
    expect(extractSentences(lang, text, PUB).events.map((e) => e.title.en)).toEqual([
      'Precinct commissions to be formed',
    ]);
  });
});
