/**
 * A participle made a noun, in the plural ("қаза тапқандар", "сайланғандар", "зардап шеккендерге"),
 * right after a date is the time of what those people did or underwent: it dates them, an argument
 * of the verb after them, not that verb's act ("Бүгін 2022 жылдың қаңтарында қаза тапқандардың
 * туыстары гүл қойды" is today's). Generated: participles of front and back, voiced and voiceless
 * stems, plural and cases. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const front = (stem: string) =>
  /[әеөүі]/u.test([...stem].reverse().find((c) => /[аәеөоұүыі]/u.test(c))!);
const voiceless = (stem: string) => /[кқпстфхцчшщ]$/u.test(stem);
/** The past participle made a plural noun, in a case: тап-қан-дар-дың, сайлан-ған-дар-ға. */
function participleNoun(stem: string, kase: 'gen' | 'dat' | 'acc' | 'nom'): string {
  const f = front(stem);
  const p = stem + (voiceless(stem) ? (f ? 'кен' : 'қан') : f ? 'ген' : 'ған');
  const pl = p + (f ? 'дер' : 'дар');
  return pl + { gen: f ? 'дің' : 'дың', dat: f ? 'ге' : 'ға', acc: f ? 'ді' : 'ды', nom: '' }[kase];
}

const STEMS = ['қаза тап', 'зардап шек', 'жарақат ал', 'сайлан', 'ұстал', 'қатыс'];

describe('Kazakh: a date before a participle made a noun dates those people, not the act', () => {
  const cases = STEMS.flatMap((stem) => [
    `Бүгін Алматыда 2022 жылдың қаңтарында ${participleNoun(stem, 'gen')} туыстары монумент маңына гүл қойды.`,
    `Бүгін 2022 жылғы 5 қаңтарда ${participleNoun(stem, 'dat')} ескерткіш маңына гүл қойылды.`,
  ]);
  it.each(cases)('%s', (sentence) => {
    const dates = eventsOf('kk', sentence, '2025-01-05').events.map((e) => e.date.edtf);
    expect(dates).not.toContain('2022-01');
    expect(dates).not.toContain('2022-01-05');
    expect(dates).toContain('2025-01-05');
  });
});
