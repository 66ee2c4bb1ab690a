/**
 * Verbs of saying on a day the sentence gives are a statement of that day, in both languages:
 * Russian "добавил" in every gender and number, before "что" or a colon or closing a quote;
 * Kazakh "айтып өтті", "атап көрсетті", "айтып берді", "қосып өтті", "деп қосты" (not a generic
 * event read from "өтті", took place). "Added" to a list or an agenda is no statement.
 */
import { describe, expect, it } from 'vitest';
import type { SourceLang } from '../../../../../../src/model/schema';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../../../scripts/extract/pipeline';

/** The types and statuses of the events of one article, placed or not. */
function kinds(lang: SourceLang, sentence: string) {
  const head = lang === 'kk' ? 'Саясат\n\nРеформа\n\n' : 'Политика\n\nРеформа\n\n';
  const sources = { 'a.txt': { language: lang, published: '2025-03-12' } };
  const data = runPipeline(
    [{ file: 'a.txt', bytes: new TextEncoder().encode(`${head}${sentence}`) }],
    { file: 'sources.json', text: JSON.stringify(sources) },
    tagDates,
  ).data;
  return [
    ...data.events.map((e) => `${e.type} ${e.status} ${e.date.edtf}`),
    ...data.unplaced.filter((u) => u.kind === 'event').map((u) => `${u.type} ${u.reasonCode}`),
  ];
}

const RU_WHO = [
  ['Токаев', 'добавил'],
  ['Балаева', 'добавила'],
  ['депутаты', 'добавили'],
];
const RU_FRAMES = [
  (who: string, v: string) => `Сегодня ${who} ${v}, что реформа продолжится.`,
  (who: string, v: string) => `Вчера ${who} ${v}: реформа продолжится.`,
  (who: string, v: string) => `«Реформа продолжится», — ${v} сегодня ${who}.`,
  (who: string, v: string) => `«Реформа продолжится», — ${v} ${who} сегодня.`,
];
const RU = RU_WHO.flatMap(([who, v]) => RU_FRAMES.map((f) => f(who!, v!)));

const KK_VERBS = ['айтып өтті', 'атап көрсетті', 'айтып берді', 'қосып өтті', 'қосты'];
const KK_DAYS = ['Бүгін', 'Кеше'];
const KK = KK_DAYS.flatMap((d) =>
  KK_VERBS.map((v) => `${d} Президент Қасым-Жомарт Тоқаев реформаның жалғасатынын ${v}.`),
);
KK.push('Бүгін Мемлекет басшысы реформа жалғасады деп қосты.');

describe('more verbs of saying', () => {
  it.each([...RU.map((t) => ['ru', t] as const), ...KK.map((t) => ['kk', t] as const)])(
    '%s: %s',
    (lang, text) => {
      const found = kinds(lang, text);
      expect(found.filter((f) => f.startsWith('statement reported 2025-03-1'))).toHaveLength(1);
      expect(found.filter((f) => f.startsWith('other'))).toEqual([]);
    },
  );

  it.each([
    ['ru', 'Сегодня депутаты добавили в повестку вопрос о бюджете.'],
    ['kk', 'Бүгін әкімдік жаңа нысандарды тізімге қосты.'],
  ] as const)('%s: adding to a list is no statement: %s', (lang, text) => {
    expect(kinds(lang, text).filter((f) => f.startsWith('statement'))).toEqual([]);
  });
});
