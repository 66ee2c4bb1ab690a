/**
 * A bare gathering joined to a specific act tells nothing of that act (events/combine.ts): "Мәжіліс
 * бүгінгі отырыста «…» заң жобасын қабылдады. … Сондай-ақ отырыста депутаттар келісімді
 * ратификациялады" titled the media law "The law on ratifying an agreement is adopted", the topic of
 * the sitting's other sentence. And two laws told by what they are about stay two (Kazakh "«X
 * туралы» заң", as the Russian "закон о X"). Generated over law names and second acts; sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2024-03-20';
const LAWS = [
  '«Бұқаралық ақпарат құралдары туралы» заң жобасын',
  '«Жергілікті өзін-өзі басқару туралы» заң жобасын',
  'құқық бұзушылықтар профилактикасы туралы заң жобасын',
];
const OTHER_ACTS = [
  'Сондай-ақ отырыста депутаттар Қазақстан мен Өзбекстан арасындағы шекара туралы келісімді ратификациялады.',
  'Сондай-ақ отырыста депутаттар Қырғызстанмен инвестициялар туралы келісімді ратификациялады.',
];

describe('a sitting’s other act gives the law no topic', () => {
  const cases = LAWS.flatMap((law) => OTHER_ACTS.map((act) => [law, act]));
  it.each(cases)('%s … %s', (law, act) => {
    const text =
      `Мәжіліс депутаттары бүгінгі жалпы отырыста ${law} екінші оқылымда қабылдап, Сенаттың қарауына жіберді.\n\n` +
      `Құжатты министр таныстырды.\n\n${act}`;
    const laws = extractSentences('kk', text, PUB).events.filter(
      (e) => e.type === 'law' && e.sources[0]!.evidence[0]!.text.startsWith('Мәжіліс депутаттары'),
    );
    expect(laws).toHaveLength(1);
    expect(laws[0]!.title.en).not.toMatch(/ratif/iu);
  });
});

describe('two laws told by what they are about are two events', () => {
  const PAIRS = [
    ['«Бұқаралық ақпарат құралдары туралы»', '«Жергілікті өзін-өзі басқару туралы»'],
    ['құқық бұзушылықтар профилактикасы туралы', 'сайлау комиссиялары туралы'],
  ];
  it.each(PAIRS)('%s / %s', (first, second) => {
    // (Under a headline of its own, and as the headline itself.)
    const text =
      `Мәжіліс депутаттары бүгінгі жалпы отырыста ${first} заңды қабылдады.\n\n` +
      `Сонымен қатар депутаттар ${second} заңды қабылдады.`;
    for (const article of [text, `Мәжіліс заңдарды қабылдады\n\n${text}`]) {
      const laws = extractSentences('kk', article, PUB).events.filter(
        (e) => e.type === 'law' && e.date.edtf === PUB,
      );
      expect(laws).toHaveLength(2);
    }
  });
});
