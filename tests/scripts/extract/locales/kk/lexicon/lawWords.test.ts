/**
 * The Kazakh law on peaceful assemblies is also named by the rallies it orders, as Russian "закон
 * о митингах" is: "митингілер туралы заң", "митингілер мен шерулер туралы заң", "митингілерді
 * өткізу тәртібі туралы заң". Between "митинг…" and "туралы заң" stand only a list of what is
 * gathered, verbal nouns and "тәртібі"; a rally as a place ("митингте") names no law. Generated
 * over the subjects, their forms and the acts; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { lawNameOf } from '../../../../../../scripts/extract/events/lawNames';
import { extractSentences } from '../../../events/extractSentences';

const SUBJECTS = [
  'митингілер туралы заң',
  'митингтер туралы заң',
  'митингілер мен шерулер туралы заң',
  'митингілер, шерулер мен пикеттер туралы заң',
  'митингілерді өткізу тәртібі туралы заң',
  'митингілерді ұйымдастыру және өткізу тәртібі туралы заң',
];
const ACTS = [
  (law: string) => `Мәжіліс 2019 жылы ${law} қабылдады.`,
  (law: string) => `Президент 2020 жылы ${law}ға қол қойды.`,
  (law: string) => `2021 жылы ${law} күшіне енді.`,
];

describe('"митингілер туралы заң" is the law on peaceful assemblies', () => {
  it.each(SUBJECTS)('%s', (law) => {
    for (const act of ACTS) {
      const s = act(law);
      expect(lawNameOf('kk', s)?.law, s).toBe('assemblies-law');
      const titles = extractSentences('kk', s, '2025-03-12').events.map((e) => e.title.en);
      expect(titles, s).toContainEqual(expect.stringMatching(/law on peaceful assemblies/u));
    }
  });
  it.each([
    ['Митингте депутаттар жер туралы заңды сынады.', undefined],
    ['Митингіде сөйлеген депутат сайлау туралы заңды сынады.', 'election-law'],
    ['Митингілерге қатысқандар жаңа заңды сынады.', undefined],
  ])('a rally that names no law: %s', (s, law) => {
    expect(lawNameOf('kk', s)?.law).toBe(law);
  });
});
