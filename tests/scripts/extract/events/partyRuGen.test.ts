/** A party's Russian name after a noun ("съезд …"): the party noun it opens with is declined. */
import { describe, expect, it } from 'vitest';
import { partyRuGen } from '../../../../scripts/extract/events/titleParts';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';

describe('partyRuGen(name)', () => {
  it.each([
    ['партия Ауыл', 'партии Ауыл'],
    ['движение Ауыл', 'движения Ауыл'],
    ['объединение Ауыл', 'объединения Ауыл'],
    ['партия «Алга»', 'партии «Алга»'],
    ['AMANAT', 'партии «AMANAT»'],
    ['Народная партия Казахстана', 'Народной партии Казахстана'],
  ])('%s → %s', (name, gen) => {
    expect(partyRuGen(name)).toBe(gen);
  });
});

function events(text: string) {
  const sources = { 'a.txt': { language: 'ru', published: '2025-03-12' } };
  return runPipeline(
    [{ file: 'a.txt', bytes: new TextEncoder().encode(text) }],
    { file: 'sources.json', text: JSON.stringify(sources) },
    tagDates,
  ).data.events;
}

describe('a congress of Auyl in Russian', () => {
  it.each([
    ['съезд', 'Съезд партии Ауыл'],
    ['внеочередной съезд', 'Внеочередной съезд партии Ауыл'],
  ])('%s партии «Ауыл»', (what, title) => {
    const [e] = events(`Политика\n\nСъезд\n\nСегодня в Астане прошел ${what} партии «Ауыл».`);
    expect(e?.title.ru).toBe(title);
  });
});
