/**
 * A Russian neuter noun's nominative ends in -о after the stem the lexicon writes
 * ("Правительств|о"); without that ending the Government was found in every case but the one it
 * acts in, so "Правительство запретило вывоз бензина" was titled "Exports are banned". The
 * Government in each case and frame is found, and as the subject of a neuter verb it is named in
 * the title. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findOrganisations } from '../../../../../../scripts/extract/arguments/findOrganisations';
import { extractSentences } from '../../../events/extractSentences';

const CASES = [
  'Правительство',
  'Правительства',
  'Правительству',
  'Правительством',
  'Правительстве',
];
const FRAMES = [
  (g: string) => `${g} рассмотрело вопрос.`,
  (g: string) => `В заседании участвовал состав: ${g} Казахстана.`,
  (g: string) => `Депутаты обратились к нему — ${g}, — с письмом.`,
  (g: string) => `Сегодня ${g} снова было упомянуто.`,
];

describe('the Government in every case', () => {
  it.each(CASES.flatMap((g) => FRAMES.map((f) => [f(g)])))('%s', (text) =>
    expect(findOrganisations(text, 'ru').map((o) => o.id)).toContain('government'),
  );
});

describe('the Government as the subject of a neuter verb is named in the title', () => {
  const DAYS = [
    ['5 марта', '2025-03-05'],
    ['18 февраля', '2025-02-18'],
  ] as const;
  const ACTS = [
    ['запретило вывоз бензина', 'The Government bans exports'],
    ['запретило ввоз сахара', 'The Government bans imports'],
    ['выслало двух дипломатов', 'The Government expels diplomats'],
    ['заявило о новых мерах поддержки', 'The Government makes a statement'],
  ] as const;
  const ORDERS = [
    (d: string, act: string) => `Правительство ${d} ${act}.`,
    (d: string, act: string) => `${d} Правительство ${act}.`,
  ];
  it.each(
    ACTS.flatMap(([act, en]) =>
      DAYS.flatMap(([d, day]) => ORDERS.map((o) => [o(d, act), day, en])),
    ),
  )('%s', (text, day, en) => {
    const titles = extractSentences('ru', text, '2025-03-12').events.map(
      (e) => `${e.date.edtf} ${e.title.en}`,
    );
    expect(titles).toContain(`${day} ${en}`);
  });
});
