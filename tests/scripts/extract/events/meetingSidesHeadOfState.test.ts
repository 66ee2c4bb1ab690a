/**
 * A meeting's host named by the head of state's post alone, in any case of letter ("казахстанский
 * президент", "глава государства", "мемлекет басшысы", "Қазақстан Президенті"), is the President;
 * another country's, a former one or a company's president is not. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const MEETS = 'The President meets Olzhas Bektenov';

/** Whether an event is titled as the President's meeting (a place may follow: "… in Astana"). */
const byPresident = (lang: 'kk' | 'ru', s: string) =>
  extractSentences(lang, s, '2024-04-20').events.some((e) => e.title.en.startsWith(MEETS));

const RU_OWN = [
  'Казахстанский президент',
  'В Астане президент',
  'В Астане глава государства',
  'В Акорде президент',
  'Президент Казахстана',
];
const RU_OTHER = [
  'Французский президент',
  'президент Франции',
  'Бывший президент',
  'Президент компании',
  'Вице-президент',
];
const RU_ACTS = ['провёл встречу с Олжасом Бектеновым', 'встретился с Олжасом Бектеновым'];
const KK_OWN = ['Ақордада мемлекет басшысы', 'Қазақстан Президенті', 'Ақордада президент'];
const KK_OTHER = ['Ресей Президенті', 'Бұрынғы президент', 'Федерация президенті'];
const KK_ACTS = ['Олжас Бектеновпен кездесті', 'Олжас Бектеновпен кездесу өткізді'];

const ru = (posts: string[]) =>
  posts.flatMap((post) => RU_ACTS.map((act) => `${post} 12 апреля ${act}.`));
const kk = (posts: string[]) =>
  posts.flatMap((post) => KK_ACTS.map((act) => `${post} 12 сәуірде ${act}.`));

describe('the head of state hosting a meeting by his post', () => {
  it.each(ru(RU_OWN))('ru, the President: %s', (s) => expect(byPresident('ru', s)).toBe(true));
  it.each(ru(RU_OTHER))('ru, not him: %s', (s) => expect(byPresident('ru', s)).toBe(false));
  it.each(kk(KK_OWN))('kk, the President: %s', (s) => expect(byPresident('kk', s)).toBe(true));
  it.each(kk(KK_OTHER))('kk, not him: %s', (s) => expect(byPresident('kk', s)).toBe(false));
});
