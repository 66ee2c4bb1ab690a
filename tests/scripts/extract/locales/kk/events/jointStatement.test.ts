/**
 * Kazakh: a joint statement or a declaration signed or adopted by leaders is a document between
 * states (an agreement, `other`), not somebody's statement: "екі ел президенттері бірлескен
 * мәлімдемеге қол қойды", "Астана декларациясы қабылданды". Generated over the document's name, its
 * case and the verb (active and passive); sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const at = (s: string) => kindsAndDays('kk', s, '2024-11-27');
const LEAD = 'Бүгін Астанада Қазақстан мен Франция президенттері келіссөз жүргізді.';

const forms = [
  'Екі ел президенттері бірлескен мәлімдемеге қол қойды.',
  'Бірлескен мәлімдемеге қол қойылды.',
  'Екі елдің басшылары бірлескен мәлімдеме қабылдады.',
  'Келіссөздер қорытындысы бойынша бірлескен мәлімдеме қабылданды.',
  'Басшылар бірлескен декларацияға қол қойды.',
  'Саммит қорытындысы бойынша Астана декларациясы қабылданды.',
  'Тараптар стратегиялық әріптестік туралы бірлескен мәлімдемені қабылдады.',
];

describe('a joint statement signed or adopted', () => {
  it.each(forms)('%s', (s) => {
    const got = at(`${LEAD} ${s}`);
    expect(got).toContain('other 2024-11-27');
    expect(got.filter((k) => k.startsWith('statement'))).toEqual([]);
  });
  it('a statement made alone stays a statement', () => {
    expect(at('Сыртқы істер министрлігі бүгін мәлімдеме жасады.')).toEqual([
      'statement 2024-11-27',
    ]);
  });
});
