/**
 * A deadline is a day of a month ("до 1 апреля", "1 сәуірге дейін"): a figure a change is told to
 * reach ("инфляция замедлится до 10 процентов к концу года", "10 пайызға дейін төмендейді") is no
 * deadline, whatever date its clause gives. Generated: figures × units (in each case the cue
 * governs) × the clause's dates, and every month for the deadlines kept. Sentences written for the
 * test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { RU_MONTHS_GENITIVE } from '../monthNames';
import { kindsAndDays } from './extractSentences';

const PUB = '2026-03-12';

const RU_FIGURES = [
  '10 процентов',
  '8 процентов',
  '12 миллиардов тенге',
  '15 тысяч человек',
  '5 лет',
];
const RU_WHEN = ['к концу года', 'в 2027 году', 'к 2030 году'];
const KK_FIGURES = ['10 пайызға', '8 пайызға', '12 миллиард теңгеге', '15 мың адамға', '5 жылға'];
const KK_WHEN = ['жыл соңына дейін', '2027 жылы', '2030 жылға қарай'];

describe('a figure reached is no deadline', () => {
  it.each(RU_FIGURES.flatMap((f) => RU_WHEN.map((w) => [f, w] as const)))(
    'ru: до %s %s',
    (f, w) => {
      const kinds = kindsAndDays(
        'ru',
        `Астана, 12 марта. По мнению экспертов, инфляция ${w} снизится до ${f}.`,
        PUB,
      );
      expect(kinds.filter((k) => k.startsWith('other'))).toEqual([]);
    },
  );
  it.each(KK_FIGURES.flatMap((f) => KK_WHEN.map((w) => [f, w] as const)))(
    'kk: %s дейін, %s',
    (f, w) => {
      const kinds = kindsAndDays(
        'kk',
        `Астана, 12 наурыз. Сарапшылардың пікірінше, инфляция ${w} ${f} дейін төмендейді.`,
        PUB,
      );
      expect(kinds.filter((k) => k.startsWith('other'))).toEqual([]);
    },
  );
});

/** Each month's dative, by vowel harmony and the stem's last sound. */
const KK_DATIVE = [
  'қаңтарға',
  'ақпанға',
  'наурызға',
  'сәуірге',
  'мамырға',
  'маусымға',
  'шілдеге',
  'тамызға',
  'қыркүйекке',
  'қазанға',
  'қарашаға',
  'желтоқсанға',
];

const deadlineIn = (kinds: string[], month: number) =>
  kinds.some((k) => k.startsWith('other ') && k.endsWith(`-${String(month).padStart(2, '0')}-01`));

describe('a day of a month is a deadline', () => {
  it.each(RU_MONTHS_GENITIVE.map((m, i) => [m, i + 1] as const))('ru: до 1 %s', (m, month) => {
    const kinds = kindsAndDays(
      'ru',
      `Астана, 12 марта. Министерство поручило акиматам представить отчеты до 1 ${m}.`,
      PUB,
    );
    expect(deadlineIn(kinds, month), kinds.join('; ')).toBe(true);
  });
  it.each(KK_DATIVE.map((m, i) => [m, i + 1] as const))('kk: 1 %s дейін', (m, month) => {
    const kinds = kindsAndDays(
      'kk',
      `Астана, 12 наурыз. Министрлік әкімдіктерге есептерді 1 ${m} дейін ұсынуды тапсырды.`,
      PUB,
    );
    expect(deadlineIn(kinds, month), kinds.join('; ')).toBe(true);
  });
});

describe('a figure a change starts from is no start', () => {
  it.each([
    ['ru', 'Астана, 12 марта. Ставка в 2025 году выросла с 10 процентов до 16 процентов.'],
    ['ru', 'Астана, 12 марта. Пенсионный возраст в 2018 году начали повышать с 58 лет.'],
    ['kk', 'Астана, 12 наурыз. Мөлшерлеме 2025 жылы 10 пайыздан 16 пайызға дейін өсті.'],
    ['kk', 'Астана, 12 наурыз. Зейнет жасы 2018 жылы 58 жастан бастап көтерілді.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(kindsAndDays(lang, text, PUB).filter((k) => k.startsWith('other'))).toEqual([]);
  });
});
