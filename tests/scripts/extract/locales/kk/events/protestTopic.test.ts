/**
 * A protest noun named as a topic ("митингіге қатысты заң", "шеру туралы ереже") or as what is
 * held, settled or prevented in the abstract, by a verbal noun ("митинг өткізуге арналған рұқсат",
 * "қақтығыстарды бейбіт жолмен шешу", "толқуды болдырмау"), or as what a permit or a notice is for ("пикетке хабарлама
 * жеткілікті"), tells no protest that took place. A
 * rally held, a clash that happened, still is one. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const protests = (sentence: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.facet === 'protest');

const NOUNS = ['митинг', 'пикет', 'ереуіл'];
const TOPICS = (noun: string) => [
  `Депутаттар 5 наурызда ${noun} туралы заң жобасын қарады.`,
  `Әкімдік ${noun} өткізуге арналған рұқсатты 5 наурызда берді.`,
  `Министр ${noun} ұйымдастыруға қатысты талаптарды түсіндірді.`,
  `Полиция ${noun} болдырмау үшін шаралар қабылдады.`,
  `Заң бойынша ${noun}ке хабарлама жеткілікті.`,
  `Белсенділер ${noun}ке рұқсат сұрап, 5 наурызда өтініш берді.`,
];

describe('Kazakh: a protest named as a topic', () => {
  it.each(NOUNS.flatMap(TOPICS))('no protest: %s', (sentence) => {
    expect(protests(sentence)).toHaveLength(0);
  });
  it.each([
    'Президент қақтығыстарды бейбіт жолмен шешудің маңызын атады.',
    'Митингіге қатысты заң 5 наурызда қабылданды.',
  ])('no protest: %s', (sentence) => expect(protests(sentence)).toHaveLength(0));
  it.each([
    ...NOUNS.map((noun) => `Кеше Алматыда ${noun} өтті.`),
    ...NOUNS.map((noun) => `Жұмысшылар 5 наурызда ${noun} өткізді.`),
    'Жаңаөзенде 16 желтоқсанда қақтығыс болды.',
  ])('a protest: %s', (sentence) => expect(protests(sentence)).not.toHaveLength(0));
});
