/**
 * An akim's or a minister's act was titled as an order ("signs an order", "подписал распоряжение",
 * "өкімге қол қойды") whatever the text called it: a resolution (постановление, қаулы) is no
 * распоряжение. Now the title names the act the cue names (events/actNamed.ts); a presidential
 * Указ / Жарлық stays a decree. Test sentences written for the check, generated over acts x signers.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const RU_ACTS = [
  { noun: 'постановление', en: 'a resolution' },
  { noun: 'распоряжение', en: 'an instruction' },
];
const RU_SIGNERS = ['Аким Алматы Ерболат Досаев', 'Аким Астаны Женис Касымбек'];
const KK_ACTS = [
  { noun: 'қаулыға', ru: 'постановление', en: 'a resolution' },
  { noun: 'өкімге', ru: 'распоряжение', en: 'an instruction' },
];
const KK_SIGNERS = ['Алматы әкімі Ерболат Досаев', 'Астана әкімі Жеңіс Қасымбек'];

describe('an act that is no decree is titled by the noun the text gives it', () => {
  it.each(RU_ACTS.flatMap((a) => RU_SIGNERS.map((s) => ({ ...a, s }))))(
    'ru $s $noun',
    ({ noun, en, s }) => {
      const d = extractSentences(
        'ru',
        `${s} 10 марта подписал ${noun} о создании рабочей группы.`,
        '2025-03-12',
      );
      const e = d.events.find((x) => x.type === 'decree');
      expect(e?.title.en).toMatch(new RegExp(`signs ${en}$`, 'u'));
      expect(e?.title.ru).toMatch(new RegExp(`подписал ${noun}$`, 'u'));
    },
  );
  it.each(KK_ACTS.flatMap((a) => KK_SIGNERS.map((s) => ({ ...a, s }))))(
    'kk $s $noun',
    ({ noun, ru, en, s }) => {
      const d = extractSentences(
        'kk',
        `${s} 10 наурызда жұмыс тобын құру туралы ${noun} қол қойды.`,
        '2025-03-12',
      );
      const e = d.events.find((x) => x.type === 'decree');
      expect(e?.title.en).toMatch(new RegExp(`signs ${en}$`, 'u'));
      expect(e?.title.ru).toMatch(new RegExp(`подписал ${ru}$`, 'u'));
      expect(e?.title.kk).toMatch(new RegExp(`${noun} қол қойды$`, 'u'));
    },
  );
  it.each([
    ['ru', 'Касым-Жомарт Токаев 10 марта подписал указ.', /signs a decree/u],
    ['kk', 'Қасым-Жомарт Тоқаев 10 наурызда Жарлыққа қол қойды.', /signs a decree/u],
  ] as const)('the President’s stays a decree: %s %s', (lang, text, title) => {
    const e = extractSentences(lang, text, '2025-03-12').events.find((x) => x.type === 'decree');
    expect(e?.title.en).toMatch(title);
  });
});
