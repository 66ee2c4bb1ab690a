/**
 * A bare gathering told as the news ("Совет провел первое заседание") is not part of what someone
 * said there that day: the gathering and the words are two events, and the gathering stays a
 * meeting. Articles written for the test: a headline, a lead with the gathering, a later
 * paragraph with a promise or a statement.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2024-09-06')
    .events.map((e) => `${e.type} ${e.date.edtf}`)
    .sort();

const RU_SAID = [
  'Председатель пообещал, что рабочие группы представят предложения.',
  'Председатель заявил, что совет будет собираться ежеквартально.',
];
const KK_SAID = [
  'Төраға жұмыс топтары ұсыныстар әзірлейтінін мәлімдеді.',
  'Төраға кеңес тоқсан сайын жиналатынын айтты.',
];

describe('a bare gathering does not join what was said that day', () => {
  it.each(RU_SAID)('ru: %s', (said) => {
    const text = `Совет провел первое заседание\n\nСовет сегодня провел первое заседание в Акорде.\n\n${said}`;
    expect(kinds('ru', text)).toContain('meeting 2024-09-06');
  });
  it.each(KK_SAID)('kk: %s', (said) => {
    const text = `Кеңестің алғашқы отырысы өтті\n\nКеңес бүгін Ақордада алғашқы отырысын өткізді.\n\n${said}`;
    expect(kinds('kk', text)).toContain('meeting 2024-09-06');
  });
});
