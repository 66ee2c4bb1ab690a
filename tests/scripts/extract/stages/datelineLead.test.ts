/**
 * The evidence a student reads starts at the report, not at the agency's dateline: "АСТАНА,
 * 12 марта. КАЗИНФОРМ – Президент …" (test sentences written for the check) showed "КАЗИНФОРМ –
 * Президент …", and "АСТАНА, 12 марта (КазТАГ) – …" the whole dateline. Generated over places,
 * the day's forms and the agency's credit; a paragraph with no dateline keeps its dash.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../events/extractSentences';

const RU_REPORT = 'Президент Касым-Жомарт Токаев подписал указ о назначении Ерлана Карина государственным советником.'; // prettier-ignore
const KK_REPORT = 'Мемлекет басшысы Қасым-Жомарт Тоқаев Ерлан Қаринді Мемлекеттік кеңесші етіп тағайындады.'; // prettier-ignore

const PLACES = ['АСТАНА', 'Алматы', 'УСТЬ-КАМЕНОГОРСК'];
const RU_LEADS = [
  (p: string) => `${p}, 12 марта. КАЗИНФОРМ – `,
  (p: string) => `${p}, 12 марта (КазТАГ) – `,
  (p: string) => `${p}. 12 марта. КазТАГ - `,
  (p: string) => `${p}, 12 марта 2025 года. ИА «Казинформ» — `,
  (p: string) => `${p}, 12 марта. /Kazakhstan Today/ - `,
  (p: string) => `${p}. 12 марта. INTERFAX-KAZAKHSTAN – `,
];
const KK_LEADS = [
  (p: string) => `${p}. 12 наурыз. ҚАЗАҚПАРАТ – `,
  (p: string) => `${p}, 12 наурыз. ҚазАқпарат - `,
  (p: string) => `${p}, 12 наурыз (ҚазТАГ) – `,
  (p: string) => `${p}. 2025 жылғы 12 наурыз. Kazinform — `,
];
const CASES = [
  ...PLACES.flatMap((p) => RU_LEADS.map((lead) => ({ lang: 'ru' as const, lead: lead(p), report: RU_REPORT }))), // prettier-ignore
  ...PLACES.flatMap((p) => KK_LEADS.map((lead) => ({ lang: 'kk' as const, lead: lead(p), report: KK_REPORT }))), // prettier-ignore
];

/** Each evidence text and summary the article's events show. */
function shown(lang: 'kk' | 'ru', text: string): string[] {
  const data = extractSentences(lang, text, '2025-03-12');
  return data.events.flatMap((e) => [
    e.summary.text,
    ...e.sources.flatMap((s) => s.evidence.map((ev) => ev.text)),
  ]);
}

describe('the evidence starts at the report, past the dateline', () => {
  it.each(CASES)('$lead', ({ lang, lead, report }) => {
    const texts = shown(lang, `${lead}${report}`);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).toBe(report);
  });
  // (A hyphen within a word is no dash: the report starts right after the dateline.)
  it.each(PLACES)('%s, 12 марта. Секретарь Восточно-Казахстанского …', (p) => {
    const report =
      'Секретарь Восточно-Казахстанского областного маслихата 12 марта ушел в отставку.';
    expect(shown('ru', `${p}, 12 марта. ${report}`)).toContain(report);
  });
  it('a dash with no dateline before it stays', () => {
    const text = 'Сенат – верхняя палата Парламента – 12 марта принял закон о выборах.';
    expect(shown('ru', text)).toContain(text);
  });
});
