import { describe, expect, it } from 'vitest';
import { clean } from '../../../../scripts/extract/stages/clean';
import { parseDateline } from '../../../../scripts/extract/stages/dateline';
import { readHeader } from '../../../../scripts/extract/stages/header';

const page = [
  '$541.34 €640.73 ₽6.53',
  '×',
  '',
  'Қазақстанның бірқатар өңірінде аймақтық коалициялар жұмысын бастады',
  '',
  'AstanaTV',
  '13.02.2026ж. 19:00',
  'Қазақстанның бірқатар өңірінде аймақтық коалициялар жұмысын бастады',
  '',
  'Елдің бірқатар өңірінде Жалпыұлттық коалиция аясында аймақтық коалициялар жұмысын бастады. Жоспар бойынша 700-ге жуық іс-шара өткізу көзделген.',
  '',
  'Ердәулет Ыбырайұлы, Самат Оспанов',
].join('\n');

describe('clean(text)', () => {
  it('marks the currency ticker, close button and duplicated title as debris, keeping offsets', () => {
    const lines = clean(page);
    const debris = lines.filter((l) => l.kind === 'debris').map((l) => l.text);
    expect(debris).toEqual([
      '$541.34 €640.73 ₽6.53',
      '×',
      'Қазақстанның бірқатар өңірінде аймақтық коалициялар жұмысын бастады',
    ]);
    for (const l of lines) expect(page.slice(l.start, l.end)).toBe(l.text);
  });

  it('strips bullets, view counters and width= fragments', () => {
    const text =
      '  • AstanaTV\n331 оқылды\n width= Партия ардагері Жолдасбек Балғабаев сенімді.\nРусский Сайттың толық нұсқасы';
    const lines = clean(text);
    expect(lines.map((l) => [l.kind, l.text])).toEqual([
      ['body', 'AstanaTV'],
      ['debris', '331 оқылды'],
      ['body', 'Партия ардагері Жолдасбек Балғабаев сенімді.'],
      ['debris', 'Русский Сайттың толық нұсқасы'],
    ]);
  });
});

describe('readHeader(lines)', () => {
  it('reads title, publisher, dateline and byline from a scraped page', () => {
    const { header } = readHeader(clean(page));
    expect(header).toEqual({
      title: 'Қазақстанның бірқатар өңірінде аймақтық коалициялар жұмысын бастады',
      publisher: 'AstanaTV',
      published: '2026-02-13T19:00:00',
      byline: 'Ердәулет Ыбырайұлы, Самат Оспанов',
    });
  });

  it('reads a bare view count and a "331 / оқылды" pair', () => {
    const { header } = readHeader(
      clean('Бір тақырып мұнда\n331\nоқылды\n' + 'Сөйлем. '.repeat(20)),
    );
    expect(header.views).toBe(331);
  });
});

describe('parseDateline(line)', () => {
  it.each([
    ['01 наурыз 2022', '2022-03-01'],
    ['13.02.2026ж. 19:00', '2026-02-13T19:00:00'],
    ['16.02.2026, 21:31', '2026-02-16T21:31:00'],
    ['6 октября 2022, 09:37', '2022-10-06T09:37:00'],
    ['2022-03-01', '2022-03-01'],
    ['2023 жылғы 12 мамыр', '2023-05-12'],
    ['6 октября 2022 года', '2022-10-06'],
  ])('%s → %s', (line, value) => expect(parseDateline(line)).toBe(value));

  it.each(['31.02.2026', '12 қаңтарда келді', 'AstanaTV', '1376'])('rejects %s', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});
