/**
 * Kazakh words that read as cues but are not them: "заңды" as an adjective ("заңды тұлға", a legal
 * entity; "заңды түрде", lawfully) is no law, and "Алғыс айту күні" (Thanksgiving Day, 1 March) is
 * a holiday's name, not someone's thanks; goods offered at a price or for sale ("өнімдерін арзан
 * бағамен ұсынды") are no proposal. Even in a political article. Sentences written for the
 * test; the accusative "заңды қабылдады" and "алғыс айтты" stay events.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const at = (s: string) => kindsAndDays('kk', s, '2024-04-20');

describe('Kazakh words that are not the cue they look like', () => {
  it.each(['тұлға', 'түрде', 'негізде', 'құқық', 'талап'])('«заңды %s» is no law', (noun) => {
    expect(at(`Мекеме кооперативті 2019 жылы «заңды ${noun}» деп қабылдады.`)).toEqual([]);
    expect(at(`Мекеме кооперативті 2019 жылы заңды ${noun} ретінде қабылдады.`)).toEqual([]);
  });
  it('the accusative law adopted is a law', () => {
    expect(at('Сенат заңды 2019 жылы қабылдады.')).toEqual(['law 2019']);
  });
  it('Thanksgiving Day is a holiday, thanks given is a statement', () => {
    expect(at('1 наурыз – Алғыс айту күні.')).toEqual([]);
    expect(at('Президент 12 сәуірде еріктілерге алғыс айтты.')).toEqual(['statement 2024-04-12']);
  });
  it.each(['арзан бағамен', 'төмен бағада', 'сатуға', 'сатылымға'])(
    'goods offered %s are no proposal',
    (how) => {
      expect(at(`Фермерлер 12 сәуірде ет пен сүт өнімдерін ${how} ұсынды.`)).toEqual([]);
    },
  );
  it('a candidate proposed is a proposal', () => {
    expect(at('Партия 12 сәуірде кандидатын ұсынды.')).toEqual(['proposal 2024-04-12']);
  });
});
