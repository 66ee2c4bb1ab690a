/**
 * A speech told by its course — its start, its end, its length — is the phase of a statement the
 * article told, not a statement of its own (events/notAnEvent.ts); a speech told as made still is.
 * Sentences written for the test, after a headline and a lead about an Address.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const LEAD = {
  ru: 'Президент огласил Послание\n\nСегодня Касым-Жомарт Токаев огласил Послание народу Казахстана. Послание прозвучало на совместном заседании палат.',
  kk: 'Президент Жолдау жариялады\n\nБүгін Мемлекет басшысы Қасым-Жомарт Тоқаев Жолдау жариялады. Жолдау Парламент палаталарының бірлескен отырысында оқылды.',
};
const statementsOf = (lang: 'kk' | 'ru', sentence: string) =>
  extractSentences(lang, `${LEAD[lang]}\n\n${sentence}`, '2025-09-08').events.filter(
    (e) =>
      e.type === 'statement' && e.sources[0]!.evidence.some((x) => x.text.startsWith(sentence)),
  );

const COURSE = {
  ru: [
    'Выступление завершено.',
    'Выступление началось в 10:00 и продлилось больше часа.',
    'Выступление продлилось полтора часа.',
    'Выступление закончилось аплодисментами.',
    'Президент начал выступление с оценки экономической ситуации.',
    'Глава государства завершил выступление призывом к единству.',
  ],
  kk: [
    'Президенттің мәлімдемесі аяқталды.',
    'Мемлекет басшысының сөйлеген сөзі бір сағатқа созылды.',
    'Президенттің мәлімдемесі сағат 10:00-де басталды.',
  ],
};
const MADE = {
  ru: [
    'Токаев выступил с заявлением о реформе парламента.',
    'Спикер Сената выступил с заявлением.',
  ],
  kk: ['Тоқаев бүгін мәлімдеме жасады.'],
};

describe("a speech's course is no statement of its own", () => {
  for (const lang of ['ru', 'kk'] as const) {
    it.each(COURSE[lang])(`${lang}: %s`, (sentence) => {
      expect(statementsOf(lang, sentence)).toEqual([]);
    });
    it.each(MADE[lang])(`${lang}: a speech made still is: %s`, (sentence) => {
      expect(statementsOf(lang, sentence)).not.toEqual([]);
    });
  }
});
