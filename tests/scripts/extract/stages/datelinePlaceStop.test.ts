/**
 * A place closed by a full stop before the dateline's full date ("Астана. 12 наурыз 2025. Кеше
 * …", "Павлодар. 12 марта 2025 года. Вчера …") is the dateline as with a comma: the day the report
 * was filed, against which the lead's "yesterday" counts, whatever later day the page was crawled.
 */
import { describe, expect, it } from 'vitest';
import { parseAgencyDateline } from '../../../../scripts/extract/stages/dateline';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';

const PLACES = ['Астана', 'Павлодар', 'Усть-Каменогорск'];
const DATES: Array<[string, 'kk' | 'ru']> = [
  ['12 наурыз 2025', 'kk'],
  ['2025 жылғы 12 наурыз', 'kk'],
  ['12 марта 2025 года', 'ru'],
  ['12.03.2025', 'ru'],
];
const LEADS = {
  kk: 'Кеше Мәжіліс жер қойнауы туралы заң жобасын бірінші оқылымда мақұлдады.',
  ru: 'Вчера Мажилис одобрил в первом чтении законопроект о недрах.',
};

function dates(lang: 'kk' | 'ru', text: string): string[] {
  const files = [{ file: 't.txt', bytes: new TextEncoder().encode(`Саясат\n\n${text}\n`) }];
  const meta = { 't.txt': { language: lang, published: '2025-03-14' } };
  const sources = { file: 'sources.json', text: JSON.stringify(meta) };
  return runPipeline(files, sources, tagDates).data.events.map((e) => e.date.edtf);
}

describe('a place closed by a full stop before the dateline', () => {
  it.each(PLACES.flatMap((place) => DATES.map(([date, lang]) => [place, date, lang] as const)))(
    '"%s. %s." is the dateline',
    (place, date, lang) => {
      expect(parseAgencyDateline(`${place}. ${date}. ${LEADS[lang]}`)).toBe('2025-03-12');
      expect(dates(lang, `${place}. ${date}. ${LEADS[lang]}`)).toEqual(['2025-03-11']);
    },
  );
});
