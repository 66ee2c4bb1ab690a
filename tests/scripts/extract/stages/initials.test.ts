import { describe, expect, it } from 'vitest';
import { clean } from '../../../../scripts/extract/stages/clean';
import { toParagraphs, toSentences } from '../../../../scripts/extract/stages/sentences';

const split = (text: string) =>
  toSentences(text, toParagraphs(clean(text), () => null).paragraphs).map((s) => s.text);

// A name that ends a sentence, the next sentence opening with a capitalised common word, a
// number, a quote or a Kazakh clause.
const EAST_ASIAN = ['Ван И', 'Ли И', 'Чжао И', 'Мун Чжэ Ин', 'Ли Цян', 'Си Цзиньпин'];
const POSTPOSED = ['Смаилов А.', 'Смаилов А.А.', 'Смаилов А. А.', 'Токаев К.-Ж.', 'Тоқаев Қ.'];
const OPENERS = [
  'Визит Си Цзиньпина в Казахстан ожидается 16-17 июня.',
  'Стороны обсудили торговлю.',
  'В ходе встречи речь шла о транзите.',
  '16 июня пройдет саммит.',
  '«Мы готовы», – сказал он.',
  'Мемлекет басшысы сапардың маңызын атап өтті.',
];

describe('a full stop after a name that ends in one-letter capitals', () => {
  const ends = [
    ...EAST_ASIAN.map((n) => `Президент принял министра иностранных дел КНР ${n}.`),
    ...POSTPOSED.map((n) => `Совещание провел ${n.replace(/\.$/u, '')}.`),
  ];
  it.each(ends.flatMap((first) => OPENERS.map((second) => [first, second])))(
    'ends the sentence: %s | %s',
    (first, second) => {
      expect(split(`${first} ${second}`)).toEqual([first, second]);
    },
  );
});

describe('initials before a surname', () => {
  const initials = ['А.', 'А.А.', 'А. А.', 'К.-Ж.', 'Қ.'];
  const before = [
    'Премьер-министр',
    'Премьер-министр РК',
    'Министр иностранных дел Казахстана',
    'Совещание провел',
    'Ерлан',
    'Мемлекет басшысы',
  ];
  const surnames = ['Смаилов', 'Тлеуберди', 'Тоқаев', 'Скляр'];
  const forms = before.flatMap((b) => initials.flatMap((i) => surnames.map((s) => `${b} ${i} ${s}`))); // prettier-ignore
  it.each(forms)('do not end the sentence: %s', (name) => {
    const text = `${name} провел совещание. Стороны обсудили торговлю.`;
    expect(split(text)).toEqual([`${name} провел совещание.`, 'Стороны обсудили торговлю.']);
  });

  it.each(
    ['Ван И.', 'Смаилов А.'].flatMap((n) =>
      ['Смаилов', 'Токаевым', 'А. Смаилов'].map((s) => `${n} ${s}`),
    ),
  )('nor after a name when a surname or an initial follows: %s', (names) => {
    expect(split(`Встречу провели ${names} и другие.`)).toHaveLength(1);
  });
});
