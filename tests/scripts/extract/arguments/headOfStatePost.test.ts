/**
 * The bare post of Kazakhstan's head of state before a name that opens a relative participle's
 * clause is the main clause's subject, not that name's post: "5 қаңтарда Президент Асқар Мамин
 * басқарған Үкіметтің отставкасын қабылдады" made Mamin the President, for that act and for every
 * "Президент" of the article after it (an Address "by Askar Mamin"). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';
import { extractSentences } from '../events/extractSentences';

const POSTS = ['Президент', 'Мемлекет басшысы', 'Елбасы'];
const NAMES = ['Асқар Мамин', 'Әлихан Смайылов', 'Бақытжан Сағынтаев'];
const CLAUSES = [
  'басқарған Үкіметтің отставкасын қабылдады',
  'басқарған Үкіметке жаңа тапсырмалар берді',
  'бастаған топтың ұсыныстарын қолдады',
];
const cases = POSTS.flatMap((p) =>
  NAMES.flatMap((n) => CLAUSES.map((c) => [`5 қаңтарда ${p} ${n} ${c}.`, n] as const)),
);

describe("the head of state's bare post before a relative clause's subject", () => {
  it.each(cases)('%s', (sentence, name) => {
    expect(findPersons(sentence, 'kk').find((h) => h.name === name)?.role).toBeUndefined();
    const data = extractSentences('kk', `Қаңтар оқиғалары\n\n${sentence}`, '2022-02-12');
    for (const e of data.events) expect(e.title.kk.startsWith(name)).toBe(false);
  });
  it.each([
    [
      'Президент Қасым-Жомарт Тоқаев қол қойған Жарлықтың мәтіні жарияланды.',
      'Қасым-Жомарт Тоқаев',
    ],
    [
      'Мемлекет басшысы Нұрсұлтан Назарбаев бастаған реформалардың нәтижесі талқыланды.',
      'Нұрсұлтан Назарбаев',
    ],
    ['Президент Қасым-Жомарт Тоқаев жаңа Үкіметті таныстырды.', 'Қасым-Жомарт Тоқаев'],
  ])('its holder keeps it: %s', (sentence, name) => {
    expect(findPersons(sentence, 'kk').find((h) => h.name === name)?.role).toMatch(
      /Президент|Мемлекет басшысы/u,
    );
  });
  it('the article no longer calls him President', () => {
    const data = extractSentences(
      'kk',
      'Қаңтар оқиғалары\n\n5 қаңтарда Президент Асқар Мамин басқарған Үкіметтің отставкасын қабылдады. 7 қаңтарда Президент халыққа үндеу жасады.',
      '2022-02-12',
    );
    for (const e of data.events) expect(e.actors.map((a) => a.name)).not.toContain('Асқар Мамин');
  });
});
