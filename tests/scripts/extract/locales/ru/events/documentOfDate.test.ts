import { describe, expect, it } from 'vitest';
import { documentBefore } from '../../../../../../scripts/extract/locales/ru/events/documentOfDate';

/*
 * The document whose date follows "от": every case of each document noun but the instrumental
 * (the act done by the document), with and without a complement; not after "согласно", "в
 * соответствии с", "на основании"; not a date after "от" with no document before it.
 */
const NOUNS: Record<string, string[]> = {
  договор: ['договор', 'договора', 'договору', 'договоре'],
  соглашение: ['соглашение', 'соглашения', 'соглашению', 'соглашении'],
  постановление: ['постановление', 'постановления', 'постановлению', 'постановлении'],
  закон: ['закон', 'закона', 'закону', 'законе'],
  меморандум: ['меморандум', 'меморандума', 'меморандуму', 'меморандуме'],
};
const INSTRUMENTAL = ['договором', 'соглашением', 'постановлением', 'законом', 'меморандумом'];
const at = (text: string) => documentBefore(text, text.indexOf('5 мая'));

describe('documentBefore', () => {
  const forms = Object.values(NOUNS).flat();
  it.each(forms)('"%s … от 5 мая" is the document\'s date', (noun) => {
    const lead = 'Стороны обсудили ';
    expect(at(`${lead}${noun} от 5 мая 2022 года`)).toBe(lead.length);
    expect(at(`${lead}${noun} о сотрудничестве в сфере торговли от 5 мая 2022 года`)).toBe(lead.length); // prettier-ignore
  });
  it.each(INSTRUMENTAL)('"%s от 5 мая" is the act\'s instrument', (noun) =>
    expect(at(`${noun} Правительства от 5 мая 2022 года назначен министр`)).toBe(-1),
  );
  it.each(['согласно закону', 'в соответствии с договором', 'на основании постановления'])(
    '"%s от 5 мая" is what the act is done under',
    (under) => expect(at(`Министерство создано ${under} от 5 мая 2022 года`)).toBe(-1),
  );
  it('"от 5 мая" after no document is no document\'s', () =>
    expect(at('Заявки принимаются от 5 мая до 10 июня')).toBe(-1));
});
