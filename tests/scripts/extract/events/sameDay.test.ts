/**
 * A sentence that goes on "that day" ("Тогда же", "После обеда", "Түстен кейін") takes the time of
 * the sentence before it: its last own date outside a quotation, year-less when the article gives
 * no year. Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';
import { extractSentences } from './extractSentences';

const dayOf = (lang: 'kk' | 'ru', text: string, type: string, published: string) =>
  extractSentences(lang, text, published)
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf);

describe('a later hour of that day', () => {
  it.each([
    ['ru', 'После обеда', 'resignation'],
    ['ru', 'Ближе к вечеру', 'resignation'],
    ['ru', 'Спустя несколько часов', 'resignation'],
    ['ru', 'Через два часа', 'resignation'],
  ] as const)('%s: "%s" goes on the day the sentence before told', (lang, opener, type) => {
    const text = `Утром 5 февраля на сайте правительства появился анонс: «7 февраля состоится расширенное заседание правительства». ${opener} президент принял отставку правительства.`;
    expect(dayOf(lang, text, type, '2024-02-09')).toEqual(['2024-02-05']);
  });
  it.each(['Түстен кейін', 'Кешке қарай', 'Бірнеше сағаттан кейін', 'Екі сағаттан соң'])(
    'kk: "%s" goes on the day the sentence before told',
    (opener) => {
      const text = `5 ақпанда таңертең Үкімет сайтында кеңейтілген отырыс туралы хабарландыру жарияланды. ${opener} Мемлекет басшысы Үкіметтің отставкасын қабылдады.`;
      expect(dayOf('kk', text, 'resignation', '2024-02-09')).toEqual(['2024-02-05']);
    },
  );
  it('takes the last date told outside a quotation ("Тогда же" after "в 2022 году …, 26 апреля")', () => {
    const text =
      'В 2022 году председателем партии был избран Токаев, однако на съезде 26 апреля он сложил полномочия. Тогда же к партии присоединили партию «Адал».';
    const data = extractSentences('ru', text, '2022-06-30');
    const joined = data.events.find((e) =>
      e.sources[0]!.evidence.some((x) => x.text.startsWith('Тогда же')),
    );
    expect(joined?.date.edtf).toBe('2022-04-26');
  });
  it('keeps the year-less day when the article has no year', () => {
    const text =
      'Отставка\n\nУтром 5 февраля на сайте правительства появился анонс: «7 февраля состоится заседание».\n\nПосле обеда президент принял отставку правительства.\n';
    const { data } = runPipeline(
      [{ file: 't.txt', bytes: new TextEncoder().encode(text) }],
      { file: 'sources.json', text: JSON.stringify({ 't.txt': { language: 'ru' } }) },
      tagDates,
    );
    const item = data.unplaced.find((u) => u.type === 'resignation');
    expect(item?.timex).toBe('XXXX-02-05');
  });
});
