/**
 * "Сол отырыста айтылған ұсыныстардың орындалғанын басшы мәлімдеді": the gathering pointed back at
 * is where the proposals were voiced (the participle before their noun), not where the statement
 * was made. The gathering's day is the participle's phrase's alone; the clause's own verb is not
 * done at that gathering. Generated over demonstratives and participles of front and back, voiced
 * and voiceless stems, active and passive; the clause's own verb still takes the day
 * when no participle stands between ("Сол отырыста басшы … мәлімдеді").
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const FIRST = 'Құрылтайдың алдыңғы отырысы 2024 жылғы 14 наурызда Атырауда өткен болатын.';
const THATS = ['Сол отырыста', 'Осы отырыста', 'Аталған отырыста'];
const PARTICIPLES = ['айтылған', 'ұсынылған', 'жарияланған', 'белгіленген', 'айтқан'];

describe('a gathering before an attributive participle dates that phrase, not the clause', () => {
  const cases = THATS.flatMap((that) =>
    PARTICIPLES.map(
      (p) =>
        `${FIRST} ${that} ${p} ұсыныстардың басым бөлігі орындалғанын Президент Әкімшілігінің басшысы мәлімдеді.`,
    ),
  );
  it.each(cases)('%s', (text) => {
    const statements = eventsOf('kk', text, '2025-03-14').events.filter(
      (e) => e.type === 'statement',
    );
    // The statement is the article's news, of its publication day.
    expect(statements.map((e) => e.date.edtf)).toEqual(['2025-03-14']);
  });
});

describe('with no participle between, the clause is done at that gathering', () => {
  it.each(THATS)('%s басшы … мәлімдеді', (that) => {
    const text = `${FIRST} ${that} Президент Әкімшілігінің басшысы ұсыныстардың басым бөлігі орындалғанын мәлімдеді.`;
    const second = text.slice(FIRST.length + 1);
    // (Told as done there, the statement may join the gathering's own report.)
    const told = eventsOf('kk', text, '2025-03-14').events.filter((e) =>
      e.sources.some((x) => x.evidence.some((ev) => ev.text === second)),
    );
    expect(told.length).toBeGreaterThan(0);
    expect(told.map((e) => e.date.edtf)).toEqual(told.map(() => '2024-03-14'));
  });
});

describe('the noun the participle describes, after its adjectives, is still done at that gathering', () => {
  it.each(['бірлескен', 'өңірлік', 'халықаралық'])(
    'Сол кездесуде қабылданған %s мәлімдемеде …',
    (adj) => {
      const text = `Тараптар 9 тамызда Астанада өткен кездесудің қорытындыларын талқылады. Сол кездесуде қабылданған ${adj} мәлімдемеде сауданы арттыру көзделген.`;
      const statements = eventsOf('kk', text, '2025-03-14').events.filter(
        (e) => e.type === 'statement',
      );
      expect(statements.map((e) => e.date.edtf)).toEqual(['2024-08-09']);
    },
  );
});
