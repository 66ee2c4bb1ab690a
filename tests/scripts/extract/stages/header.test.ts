import { describe, expect, it } from 'vitest';
import { clean } from '../../../../scripts/extract/stages/clean';
import {
  parseAgencyDateline,
  parseDateline,
  yearlessDateline,
} from '../../../../scripts/extract/stages/dateline';
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

describe('readHeader(lines) on real-world header shapes', () => {
  const body = 'Партия съезі өтті. '.repeat(8);
  it.each([
    ['Жаңалықтар ленті15 маусым 2024\nСъезд өтті\n', '2024-06-15'],
    ['Саяси жаңалық тақырыбы мұнда\n date 2025-12-30\n', '2025-12-30'],
    ['Тақырып осы жерде тұр\nKazinform • 21 сәу, 2022\n', '2022-04-21'],
  ])('finds the publication date in %j', (head, published) => {
    expect(readHeader(clean(head + body)).header.published).toBe(published);
  });
});

describe('datelines with a place, an agency credit or a bar before the time', () => {
  it.each([
    ['Астана. 5 наурыз 2024 жыл. ҚазАқпарат –', '2024-03-05'],
    ['29 мая 2024 | 14:05', '2024-05-29T14:05:00'],
    ['АЛМАТЫ. 12 июня 2024. Kazinform —', '2024-06-12'],
  ])('%s → %s', (line, value) => expect(parseDateline(line)).toBe(value));
});

describe('the clock time before the date', () => {
  it.each(
    [
      '14 наурыз 2025',
      '14 марта 2025',
      '14.03.2025',
      '2025 жылғы 14 наурыз',
      '14 наурыз 2025 жыл',
    ].flatMap((date) =>
      ['12:40, ', '12:40 ', '12:40 | ', '12:40 · '].map((time) => [
        `${time}${date}`,
        '2025-03-14T12:40:00',
      ]),
    ),
  )('%s → %s', (line, value) => expect(parseDateline(line)).toBe(value));
  it.each(['12:40', '12:40, 14 наурызда съезд өтті', '12:40, Астана'])('rejects %s', (line) =>
    expect(parseDateline(line)).toBeNull(),
  );
});

describe('a news site rubric before the date, even as the first line', () => {
  it.each([
    ['Новости Казахстана 15 мая 2024, 11:30', '2024-05-15T11:30:00'],
    ['Қазақстан жаңалықтары 13 наурыз 2024, 12:15', '2024-03-13T12:15:00'],
    ['Политика 5 марта 2024', '2024-03-05'],
    // A site's name, a bullet, then its rubric glued or spaced to the day.
    ['BAQ.KZ · Үкімет12 тамыз 2025, 11:20', '2025-08-12T11:20:00'],
    ['Kazinform · Саясат 12.03.2024', '2024-03-12'],
    ['Tengrinews | Политика 5 мая 2024', '2024-05-05'],
    // The weekday between the rubric's bar and the day.
    ['Аптаның басты оқиғалары | Жексенбі, 9 ақпан 2025', '2025-02-09'],
    ['Политика | Воскресенье, 9 февраля 2025', '2025-02-09'],
  ])('%s → %s', (line, value) => expect(parseDateline(line)).toBe(value));
});

describe('a rubric before the date, below the title', () => {
  it('reads "Новости Казахстана 28 января 2023" under a title, and not as a title itself', () => {
    expect(parseDateline('Новости Казахстана 28 января 2023', true)).toBe('2023-01-28');
    expect(parseDateline('Референдум 5 маусым 2022')).toBeNull();
    const { header } = readHeader(
      [
        'Партия провела съезд',
        '',
        'Новости Казахстана 28 января 2023',
        '',
        'В среду, 25 января, в Астане состоялся съезд партии. Делегаты утвердили список кандидатов.',
      ].map((text, i) => ({ index: i, text, kind: text ? 'body' : 'blank' }) as never),
    );
    expect(header).toMatchObject({ title: 'Партия провела съезд', published: '2023-01-28' });
  });
});

describe('a short sentence that ends in a date is the text, not a dateline', () => {
  const headerOf = (lines: string[]) =>
    readHeader(lines.map((text, i) => ({ index: i, text, kind: text ? 'body' : 'blank' }) as never))
      .header;

  // A flash of short lines has no paragraph of running text to end the header above it.
  it.each([
    ['ru', 'Предыдущий съезд партия провела 12 января 2024 года.'],
    ['kk', 'Партияның алдыңғы съезі 2024 жылғы 12 қаңтарда өтті.'],
    ['ru', 'Выборы в Мажилис прошли 19 марта 2023 года!'],
  ])('%s: "%s"', (_lang, line) => {
    const header = headerOf(['Партия провела съезд', '', 'Делегаты собрались в Астане.', '', line]);
    expect(header.published).toBeUndefined();
  });

  it.each([
    ['Новости Казахстана 28 января 2023', '2023-01-28'],
    ['Опубликовано: 28 января 2023 года.', '2023-01-28'],
    ['28.01.2023.', '2023-01-28'],
  ])('still reads the dateline "%s"', (line, published) => {
    expect(headerOf(['Партия провела съезд', '', line, '', 'Делегаты собрались.']).published).toBe(
      published,
    );
  });
});

describe('parseAgencyDateline(text)', () => {
  it.each([
    ['АСТАНА, 16 марта 2022 года. /Kazinform/ – Глава государства подписал указ.', '2022-03-16'],
    ['НҰР-СҰЛТАН. 5 наурыз 2022 — ҚазАқпарат. Мемлекет басшысы сөз сөйледі.', '2022-03-05'],
    ['АЛМАТЫ, 26.11.2022 – Tengrinews. Сегодня в городе прошёл форум.', '2022-11-26'],
    ['Астана, 12 наурыз 2025. Бүгін Мәжіліс отырысы өтті.', '2025-03-12'],
    ['АСТАНА, 15 апреля 2025 года. Глава государства подписал указ.', '2025-04-15'],
    ['Түркістан, 3 мамыр 2024 ж. Жиын өтті.', '2024-05-03'],
    ['Бейнеу, 2023 жылғы 14 шілде. Бүгін сессия өтті.', '2023-07-14'], // the Kazakh order
    ['Бейнеу, 2023 ж. 14-ші шілде. Бүгін сессия өтті.', '2023-07-14'],
    ['Павлодар, 14.07.2023. Сегодня прошла сессия.', '2023-07-14'], // in figures
  ])('%s → %s', (text, value) => expect(parseAgencyDateline(text)).toBe(value));

  // Every month in the Kazakh order, bare and with an ordinal: "шілде" begins like the ordinal
  // ending "-ші" and was once cut in two.
  const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']; // prettier-ignore
  it.each(
    KK_MONTHS.flatMap((m, k) => ['14', '14-ші', '14-інші'].map((d) => [m, d, k + 1] as const)),
  )('"Бейнеу, 2023 жылғы %s %s." is the dateline of 2023, month %s', (month, day, n) => {
    const text = `Бейнеу, 2023 жылғы ${day} ${month}. Бүгін сессия өтті.`;
    expect(parseAgencyDateline(text)).toBe(`2023-${String(n).padStart(2, '0')}-14`);
  });

  it.each([
    'НУР-СУЛТАН, 12 июня. /ТАСС/. Касым-Жомарт Токаев вступит в должность.', // no year
    'Президент 2022 жылы – деді ол.', // not a city in capitals
    'Референдум, 5 маусым 2022. бюллетень', // no sentence follows
    'Ол айтты, 5 маусым 2022. Бірақ', // "Ол айтты" is a clause, not a place (two words, the second lower-case)
  ])('finds no publication date in %s', (text) => expect(parseAgencyDateline(text)).toBeNull());

  it.each([
    ['Астана. 4 шілде. ҚазАқпарат – Бүгін саммит өтті.', 2024, '2024-07-04'],
    ['Алматы. 12 наурыз. ҚазАқпарат – Жиын өтті.', 2023, '2023-03-12'],
    ['НУР-СУЛТАН, 12 июня. /ТАСС/. Касым-Жомарт Токаев вступит в должность.', 2019, '2019-06-12'],
    ['Астана, 30 ақпан. ҚазАқпарат – Жиын өтті.', 2024, null], // no such day
  ] as const)('%s with the header year %s → %s', (text, year, value) =>
    expect(parseAgencyDateline(text, year)).toBe(value),
  );

  it('readHeader dates a year-less agency dateline by the one year its header names', () => {
    const body = 'Астана. 4 шілде. ҚазАқпарат – ' + 'Бүгін Астанада саммит өтті. '.repeat(5);
    expect(readHeader(clean(`ШЫҰ САММИТІ – 2024\n\nСаммит өтті\n\n${body}`)).header.published).toBe(
      '2024-07-04',
    );
    // A year in a title may be a recalled one; two rubric years, or none: the year is not known.
    expect(
      readHeader(clean(`2022 жылғы референдумға екі жыл\n\n${body}`)).header.published,
    ).toBeUndefined();
    expect(
      readHeader(clean(`САЙЛАУ-2023\n\nСАММИТ – 2024\n\nСаммит өтті\n\n${body}`)).header.published,
    ).toBeUndefined();
    expect(readHeader(clean(`Сайлау-2023\n\nСаммит өтті\n\n${body}`)).header.published).toBe(
      '2023-07-04',
    );
    expect(
      readHeader(clean(`2022 және 2023 жылдардағы реформа\n\n${body}`)).header.published,
    ).toBeUndefined();
    expect(readHeader(clean(`Саммит өтті\n\n${body}`)).header.published).toBeUndefined();
  });

  it('readHeader takes the agency dateline when no header line is dated', () => {
    const text =
      'Указ подписан\n\nАСТАНА, 16 марта 2022 года. /Kazinform/ – ' +
      'Глава государства подписал указ. '.repeat(5);
    expect(readHeader(clean(text)).header.published).toBe('2022-03-16');
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
    ['21 сәу, 2022', '2022-04-21'], // abbreviated month, comma before the year
    ['3 ИЮЛ 2023, 18:05', '2023-07-03T18:05:00'], // upper-case Russian abbreviation
    ['Қазан 7, 2022', '2022-10-07'], // month first
    ['Октябрь 7, 2022', '2022-10-07'],
    ['Жаңалықтар ленті15 маусым 2024', '2024-06-15'], // rubric glued to the day
    ['Саясат — 2 ақпан 2023 14:20', '2023-02-02T14:20:00'], // rubric and dash
    ['Kazinform • 5 наурыз 2022', '2022-03-05'], // site name and bullet
    [' date 2025-12-30', '2025-12-30'], // crawler line
    ['Published: 2024-01-09T08:15', '2024-01-09T08:15:00'],
    ['в понедельник, 8 сентября 2025 года', '2025-09-08'], // weekday apposition
    ['Сейсенбі, 4 наурыз 2025', '2025-03-04'],
    ['Кеше 2026, 23:37', '2026'], // "yesterday": only the year is stated
    ['26.04.22', '2022-04-26'], // two-digit year
    ['07/11/2023 09:00', '2023-11-07T09:00:00'],
    ['Түркістан, 15 наурыз 2024', '2024-03-15'], // the place, then the date
    ['Нур-Султан, 2 октября 2021 года', '2021-10-02'],
    ['15 октября 2024, 12:47 | Политика', '2024-10-15T12:47:00'], // a rubric after a bar
    ['3 наурыз 2025 • Саясат', '2025-03-03'],
    // When the page was updated follows the date: the first time is the publication's.
    ['15 марта 2026, 07:50 · Обновлено 20:40', '2026-03-15T07:50:00'],
    ['15 марта 2026, 07:50 · Обновлено: 15.03.2026, 20:40', '2026-03-15T07:50:00'],
    ['12.02.2025, 09:30 | Жаңартылды 10:15', '2025-02-12T09:30:00'],
  ])('%s → %s', (line, value) => expect(parseDateline(line)).toBe(value));

  it.each([
    '31.02.2026',
    '30 ақпан 2024', // no 30 February in any year
    '12 қаңтарда келді',
    'AstanaTV',
    '1376',
    '12 ИЮН, 00:03', // no year: the header cannot date the article
    'Референдум 5 маусым 2022', // a title with a date is not a dateline
    '5 мамыр 2022 жылы съезд өтті',
    '15 октября 2024 | 1991 год', // what follows the bar is no rubric
  ])('rejects %s', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

describe('yearlessDateline(text)', () => {
  it.each([
    ['Шымкент. 24 ақпан. ҚазАқпарат – Бүгін комиссия отырысы өтті.', '02-24'],
    ['Астана. 4 шілде. ҚазАқпарат – Бүгін саммит өтті.', '07-04'],
    ['НУР-СУЛТАН, 12 июня. /ТАСС/. Касым-Жомарт Токаев вступит в должность.', '06-12'],
    ['Семей.19.12.”Semeyainasy” – Новая партия не зарегистрирована.', '12-19'],
    ['Алматы. 29 ақпан. ҚазАқпарат – Жиын өтті.', '02-29'],
  ])('%s → %s', (text, day) => expect(yearlessDateline(text)).toBe(day));

  it.each([
    'АСТАНА, 16 марта 2022 года. /Kazinform/ – Глава государства подписал указ.', // has its year
    'Семей.32.12.”Semeyainasy” – Партия.', // no such day
    'Мемлекет басшысы бүгін Жолдау жариялады.',
  ])('gives no year-less day for %s', (text) => expect(yearlessDateline(text)).toBeNull());

  it('is kept by readHeader when neither the dateline nor the header gives a year', () => {
    const body = 'Шымкент. 24 ақпан. ҚазАқпарат – ' + 'Бүгін комиссия отырысы өтті. '.repeat(5);
    const { header } = readHeader(clean(`Комиссия отырысы\n\n${body}`));
    expect(header.published).toBeUndefined();
    expect(header.yearlessDateline).toBe('02-24');
  });
});
