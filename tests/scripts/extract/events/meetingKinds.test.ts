/**
 * A meeting no known body or person leads is titled by its kind ("Commission meeting", "Court
 * hearing"), never the bare "Meeting". Sentences written for the test, generated over the kinds,
 * in the case forms a sentence puts them.
 */
import { describe, expect, it } from 'vitest';
import { MEETING_KINDS, meetingKindOf } from '../../../../scripts/extract/events/meetingKinds';
import { extractSentences } from './extractSentences';

// [kind, Kazakh noun phrases in several cases, Russian noun phrases in several cases]
// prettier-ignore
const FORMS: Array<[keyof typeof MEETING_KINDS, string[], string[]]> = [
  ['court-hearing', ['сот отырысы', 'сот отырысында', 'сот отырыстары'], ['судебное заседание', 'судебного заседания', 'заседание суда']],
  ['report-meeting', ['есепті кездесу', 'есепті кездесуде', 'есеп беру кездесулері'], ['отчётная встреча', 'отчетной встрече']],
  ['public-hearings', ['қоғамдық тыңдау', 'қоғамдық тыңдауда'], ['общественные слушания', 'публичных слушаниях', 'слушания']],
  ['round-table', ['дөңгелек үстел', 'дөңгелек үстелде'], ['круглый стол', 'круглом столе']],
  ['peaceful-assembly', ['бейбіт жиналыс', 'бейбіт жиналысқа', 'митинг'], ['мирное собрание', 'мирного собрания', 'митинг']],
  ['working-group', ['жұмыс тобы', 'жұмыс тобының', 'жұмыс тобында'], ['рабочая группа', 'рабочей группы']],
  ['commission', ['комиссия', 'комиссияның', 'комиссиясы'], ['комиссия', 'комиссии']],
  ['headquarters', ['штаб', 'штабтың'], ['штаб', 'штаба']],
  ['faction', ['фракция', 'фракциясының'], ['фракция', 'фракции']],
  ['council', ['кеңестің отырысы', 'кеңесінің кезекті отырысы'], ['заседание совета', 'заседании общественного совета']],
];

describe('meetingKindOf', () => {
  it.each(FORMS.flatMap(([k, kk]) => kk.map((f) => [k, f] as const)))('kk %s: %s', (k, f) =>
    expect(meetingKindOf('kk', `Бүгін ${f} өтті.`)).toBe(k),
  );
  it.each(FORMS.flatMap(([k, , ru]) => ru.map((f) => [k, f] as const)))('ru %s: %s', (k, f) =>
    expect(meetingKindOf('ru', `Сегодня ${f} прошло.`)).toBe(k),
  );
  it('advice is no council', () => expect(meetingKindOf('kk', 'Ол кеңес берді.')).toBe(undefined));
});

const SENTENCES: Array<['kk' | 'ru', string, string]> = [
  ['kk', 'Облыстық комиссияның келесі отырысы ертең, 16 мамырда өтеді.', 'Commission meeting'],
  ['ru', 'Первое заседание комиссии прошло 16 мая 2024 года.', 'Commission meeting'],
  ['kk', 'Жұмыс тобы 16 мамырда жиналып, түзетулерді қарады.', 'Working group meeting'],
  ['ru', 'Рабочая группа провела заседание 16 мая 2024 года.', 'Working group meeting'],
];

describe('the title of a meeting by its kind', () => {
  it.each(SENTENCES)('%s: %s', (lang, s, en) => {
    const titles = extractSentences(lang, `Мәтін.\n\n${s}`, '2024-05-15').events.map(
      (e) => e.title.en,
    );
    expect(titles).toContain(en);
  });
});
