/**
 * A bill's reading told after the bill's topic is the reading. "Мажилис одобрил законопроект о
 * рекламе в первом чтении" (sentences written for the check) was titled "A law is adopted": the
 * topic context ("законопроект о …" up to the cue) took "в первом чтении" for what the law is
 * about (events/kinds.ts stepOfBill). Generated over chambers, topics, readings and tenses.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const CHAMBERS = [
  ['Мажилис', 'Мажилисом', 'in the Mazhilis'],
  ['Сенат', 'Сенатом', 'in the Senate'],
] as const;
const TOPICS = ['о рекламе', 'о государственных закупках', 'об образовании'];
const READINGS = ['в первом чтении', 'во втором чтении'];
const DONE = [
  (c: string, _ins: string, t: string, r: string) => `${c} одобрил законопроект ${t} ${r}.`,
  (c: string, _ins: string, t: string, r: string) => `${c} принял законопроект ${t} ${r}.`,
  (_c: string, ins: string, t: string, r: string) => `Законопроект ${t} одобрен ${ins} ${r}.`,
];
const DUE = [
  (c: string, _ins: string, t: string, r: string) =>
    `${c} рассмотрит законопроект ${t} ${r} 20 марта.`,
];

const cases = (forms: typeof DONE, done: boolean) =>
  CHAMBERS.flatMap(([c, ins, en]) =>
    TOPICS.flatMap((t) =>
      READINGS.flatMap((r) =>
        forms.map((f) => [
          f(c, ins, t, r),
          done ? `A bill is read ${en}` : `A bill to be read ${en}`,
        ]),
      ),
    ),
  );

const titles = (text: string) =>
  extractSentences('ru', text, PUB).events.map((e) => `${e.type} ${e.status} ${e.title.en}`);

describe('a reading told after the bill’s topic', () => {
  it.each(cases(DONE, true))('%s', (text, title) => {
    expect(titles(text)).toContain(`law reported ${title}`);
  });
  it.each(cases(DUE, false))('%s', (text, title) => {
    expect(titles(text)).toContain(`law planned ${title}`);
  });
});
