/**
 * "Кездесу" is to meet and also to be met with, to occur: a participle made a noun as its subject
 * ("шағым жазғандар кездесті", there were some who complained) or a noun with "да/де/та/те" that
 * is no one met with ("басшылар да кездескен", such managers were found too) tells what occurred,
 * no meeting. With whom one met, even with "де" ("Зеленскиймен де кездесті"), is still a meeting.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const meetings = (sentence: string) =>
  findTriggers(sentence, 'kk').filter(
    (h) => h.trigger.type === 'meeting' && h.trigger.facet === 'meeting',
  );

const FORMS = ['кездесті', 'кездескен', 'кездеседі'];
const OCCURRED = [
  'Тексеру кезінде ережені бұзғандар',
  'Тексеру кезінде шағым жазғандар да',
  'Сауалнамада наразылық білдіргендер',
  'Тексеру кезінде дөрекі сөйлеген басшылар да',
  'Мұндай жағдайлар да',
  'Ауылда су тапшылығы да',
];
const MET = [
  'Министр 5 наурызда тұрғындармен',
  'Президент Украина Президентімен де',
  'Әкім 5 наурызда кәсіпкерлермен де',
  'Депутаттар сайлаушылармен тағы да',
];

describe('Kazakh: met with someone, or occurred', () => {
  it.each(OCCURRED.flatMap((s) => FORMS.map((f) => `${s} ${f}.`)))('no meeting: %s', (sentence) =>
    expect(meetings(sentence)).toHaveLength(0),
  );
  it.each(MET.flatMap((s) => FORMS.map((f) => `${s} ${f}.`)))('a meeting: %s', (sentence) =>
    expect(meetings(sentence)).not.toHaveLength(0),
  );
});
