import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as args from '../../../../scripts/extract/arguments/index';
import type { Hit, Lang } from '../../../../scripts/extract/arguments/index';

/** Strings built from the pieces real articles are made of, plus arbitrary Unicode. */
const pieces = fc.constantFrom(
  'Астана',
  'да',
  'Орал',
  'ов',
  ' ',
  '«',
  '»',
  '–',
  ',',
  '.',
  ':',
  '\n',
  'AMANAT',
  'партиясы',
  '399',
  '-ға',
  ' жуық ',
  'делегат',
  'Ерлан',
  'Қошанов',
  'ТӨРАҒАСЫ',
  'деді',
  ' ол',
  'мың',
  'ОФ',
  'Б',
  'Қ',
  'ауданы',
  'Бәйтерек',
  '1,5',
  'млн',
  'Е.',
  'Жақып',
  'облысы',
  'Батыс Қазақстан ',
  '\u{1F600}',
  '\uD800',
);
const texts = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
);
const langs = fc.constantFrom<Lang>('kk', 'ru');

const finders: Array<[string, (t: string, l: Lang) => Hit[]]> = [
  ['findPlaces', args.findPlaces],
  ['findOrganisations', args.findOrganisations],
  ['findFigures', args.findFigures],
  ['findPersons', args.findPersons],
  ['findQuotes', args.findQuotes],
];

describe('argument finders on arbitrary text', () => {
  it.each(finders)(
    '%s(text, lang) never throws and every hit is text.slice(start, end)',
    (_, find) => {
      fc.assert(
        fc.property(texts, langs, (text, lang) => {
          for (const hit of find(text, lang)) {
            expect(hit.start).toBeGreaterThanOrEqual(0);
            expect(hit.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(hit.start, hit.end)).toBe(hit.text);
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  it('parseCaption(line) never throws on arbitrary lines', () => {
    fc.assert(
      fc.property(texts, (line) => {
        const caption = args.parseCaption(`${line}:`);
        if (caption) expect(caption.name.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('findPlaces(text, lang) runs in linear time on long adversarial input', () => {
    const text = `${'Астанадададададададададада '.repeat(2000)}${'а'.repeat(20000)}`;
    const t0 = performance.now();
    args.findPlaces(text, 'kk');
    args.findFigures(text, 'kk');
    args.findPersons(text.slice(0, 20000), 'kk');
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
