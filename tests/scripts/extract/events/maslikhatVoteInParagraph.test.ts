/**
 * A vote told after the sentence that names the local councils' election is that election:
 * "В Казахстане пройдут выборы депутатов маслихатов. Голосование пройдет 16 марта." (test
 * sentences written for the check) gave a second event titled "Election": the paragraph's reading
 * of the kind (describe.ts electionKindOf) knew the President, the Senate and the Mazhilis, and
 * the maslikhats only as elected in the event's own sentence. It now reads the maslikhat vote
 * named in the paragraph ("выборы в маслихаты", "мәслихат сайлауы"). Generated over how the
 * election is named and how its day is told, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-01';
// prettier-ignore
const RU_NAMED = ['В Казахстане пройдут выборы депутатов маслихатов.', 'ЦИК объявил о начале кампании по выборам в маслихаты.', 'Президент назначил выборы в маслихаты.']; // prettier-ignore
const RU_DAY = ['Голосование пройдет 16 марта.', 'Выборы состоятся 16 марта.'];
// prettier-ignore
const KK_NAMED = ['Мәслихат депутаттарының сайлауы өтеді.', 'ОСК мәслихат сайлауы туралы мәлімдеді.'];
const KK_DAY = ['Дауыс беру 16 наурызда өтеді.', 'Сайлау 16 наурызда өтеді.'];

type Case = ['kk' | 'ru', string];
const cases: Case[] = [
  ...RU_NAMED.flatMap((n) => RU_DAY.map((d): Case => ['ru', `${n} ${d}`])),
  ...KK_NAMED.flatMap((n) => KK_DAY.map((d): Case => ['kk', `${n} ${d}`])),
];

describe('a vote told after the maslikhat election is named is that election', () => {
  it.each(cases)('%s: %s', (lang, text) => {
    const events = extractSentences(lang, text, PUB).events.filter((e) => e.type === 'election');
    expect(events.map((e) => `${e.title.en} ${e.date.edtf}`)).toContain(
      'Local council (maslikhat) election 2025-03-16',
    );
    expect(events.map((e) => e.title.en)).not.toContain('Election');
  });
});
