/**
 * A dateline with a day and month but no year is the article's day when sources.json gives a
 * publication date: "Астана, 12 марта. Президент … назначил …" (a test article written for the
 * check), published 2025-03-14, dated the appointment 2025-03-14, since the year-less dateline was
 * read only with the agency's credit ("Place. 24 ақпан. ҚазАқпарат –") and only in an article with
 * no publication date. Now a place, a day and month and a full stop, comma, dash or bracketed
 * credit is a year-less dateline, and its day is the latest on or before publication. Generated
 * over places, languages, date endings and credits.
 */
import { describe, expect, it } from 'vitest';
import { datelineDay } from '../../../../scripts/extract/stages/datelineDay';
import { yearlessDateline } from '../../../../scripts/extract/stages/dateline';
import { extractSentences } from '../events/extractSentences';

const PLACES = ['Астана', 'АСТАНА', 'Усть-Каменогорск', 'Нұр-Сұлтан'];
const ENDINGS = {
  ru: ['. ', ', ', ' – ', ' — Kazinform. ', ' (КазТАГ). ', '. КАЗИНФОРМ – '],
  kk: ['. ', ' – ', ' – Азаттық радиосы. ', '. ҚазАқпарат – '],
};
const DAY = { ru: '12 марта', kk: '12 наурыз' };
const LEAD = {
  ru: 'Президент Касым-Жомарт Токаев назначил Ивана Петрова министром финансов. Об этом сообщает пресс-служба Акорды.',
  kk: 'Мемлекет басшысы Қасым-Жомарт Тоқаев Иван Петровты қаржы министрі етіп тағайындады. Бұл туралы Ақорданың баспасөз қызметі хабарлады.',
};

const cases = (['ru', 'kk'] as const).flatMap((lang) =>
  PLACES.flatMap((place) =>
    ENDINGS[lang].map((end) => [lang, `${place}, ${DAY[lang]}${end}${LEAD[lang]}`] as const),
  ),
);

describe('a year-less dateline', () => {
  it.each(cases)('%s: %s reads 03-12', (_lang, text) => {
    expect(yearlessDateline(text)).toBe('03-12');
  });

  it.each(cases)('%s: %s dates the lead 2025-03-12 (published 2025-03-14)', (lang, text) => {
    const data = extractSentences(lang, text, '2025-03-14');
    expect(data.events.map((e) => `${e.type} ${e.date.edtf}`)).toEqual(['appointment 2025-03-12']);
    expect(data.sources[0]!.published).toBe('2025-03-12');
  });

  it.each([
    'Астана, 12 марта 2025 года. Президент назначил министра.', // has its year
    'Астана, 12 мартовских дня прошли.',
    'В Астане 12 марта прошло заседание.',
    'Мемлекет басшысы бүгін Жолдау жариялады.',
  ])('is not read in %s', (text) => expect(yearlessDateline(text)).toBeNull());
});

describe('datelineDay(published, monthDay)', () => {
  it.each([
    ['2025-03-14', '03-12', '2025-03-12'],
    ['2025-03-12', '03-12', '2025-03-12'],
    ['2025-03-14T09:30:00', '03-14', '2025-03-14'],
    ['2025-01-03', '12-31', '2024-12-31'],
    ['2025-03', '03-12', '2025-03-12'],
    ['2025-02-10/2025-03-20', '03-12', '2025-03-12'],
    ['2025-03-02', '02-29', undefined], // the last 29 February is a year back
    ['2025-03-14', '03-20', undefined], // a year before publication: no filing day
  ])('%s, %s → %s', (published, md, day) => expect(datelineDay(published, md)).toBe(day));
});
