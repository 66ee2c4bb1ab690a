/**
 * A capitalised preposition that opens a sentence is no given name: "Вместо Баталова акимом области
 * назначен Марат Султангазиев" was titled "Vmesto Batalov appointed to a new post" (found on a test
 * article written for the check): "Вместо" read as Batalov's first name, and Batalov, the one
 * replaced, as the appointee. A lone surname after "вместо", "после", "кроме", "помимо" is someone
 * the act is measured by, no actor of it. Generated over prepositions, predecessors' surnames in
 * the genitive and the phrase's place; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';
import { extractSentences } from '../../events/extractSentences';

const PREPOSITIONS = ['Вместо', 'После', 'Кроме', 'Помимо'];
const PREDECESSORS = ['Баталова', 'Скляра', 'Мамина', 'Сагинтаева'];

const sentences = PREPOSITIONS.flatMap((prep) =>
  PREDECESSORS.flatMap((who) => [
    `${prep} ${who} акимом области назначен Марат Султангазиев.`,
    // (Not "… после Баталова назначен" inside: the aspect reads "после …" as a reference point.)
    ...(prep === 'После'
      ? []
      : [`Акимом области ${prep.toLowerCase()} ${who} назначен Марат Султангазиев.`]),
  ]),
);

describe('a preposition before a surname', () => {
  it.each(sentences)('%s', (text) => {
    expect(findPersons(text, 'ru').map((p) => p.name)).toEqual(['Марат Султангазиев']);
    const titles = extractSentences('ru', text, '2025-02-10').events.map((e) => e.title.en);
    expect(titles).toEqual(['Marat Sultangaziyev appointed akim (governor)']);
  });
  it.each(['Против', 'Через', 'Среди', 'Согласно'])('%s is no given name', (prep) => {
    const names = findPersons(`${prep} Баталова выступили депутаты маслихата.`, 'ru');
    expect(names.map((p) => p.name).filter((n) => n.startsWith(prep))).toEqual([]);
  });
});
