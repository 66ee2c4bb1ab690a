/**
 * A cue whose verb was read with any ending took forms that tell no act: the present of naming
 * ("«X» деп аталады", "деп аталатын": what a thing is called) as a renaming; the conditional
 * ("ұсыныс жасаса", "қорытынды шығарса": only a condition) as a proposal or results announced; and
 * the undated present ("тиісті қорытынды шығарамыз", "қорытынды шығарылады": what is done as a
 * rule, what we will do) as results announced. Read in the forms that tell the act (verbForms.ts);
 * results in the passive or a person's present only on a day the sentence gives (a body's news
 * present, "Комиссия қорытындыларын жариялайды", is its act). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { kindsAndDays } from '../../../events/extractSentences';

const cues = (sentence: string, type: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.type === type);

const at = (s: string) => kindsAndDays('kk', s, '2024-04-20');

describe('Kazakh cue verbs read in the forms that tell the act', () => {
  it.each(['аталады', 'аталатын болады', 'аталатын'])('no renaming: деп %s', (form) => {
    expect(cues(`Бұл құрылғы халық арасында «қара жәшік» деп ${form}.`, 'renaming')).toEqual([]);
  });
  it.each(['аталды', 'қайта аталды', 'аталған еді', 'қайта аталады'])(
    'a renaming: деп %s',
    (form) => {
      expect(at(`Ауыл 2019 жылы Абай деп ${form}.`)).toEqual(['renaming 2019']);
    },
  );

  const CONDITIONS = ['жасаса', 'жасасақ', 'айтса', 'енгізсе', 'білдірсе', 'жарияласа'];
  it.each(CONDITIONS)('no proposal: ұсыныс %s', (form) => {
    expect(cues(`Егер олар ұсыныс ${form}, біз оны мұқият қараймыз.`, 'proposal')).toEqual([]);
  });
  it.each(['жасады', 'енгізді', 'білдірді', 'жариялады'])('a proposal: ұсыныс %s', (form) => {
    expect(at(`Депутаттар 12 сәуірде ұсыныс ${form}.`)).toEqual(['proposal 2024-04-12']);
  });

  it.each(['шығарамыз', 'шығарылады', 'жариялаймыз', 'жарияланады', 'шығарса'])(
    'no results announced: қорытынды %s',
    (form) => {
      expect(at(`Тексеру аяқталған соң тиісті қорытынды ${form}.`)).toEqual([]);
      expect(at(`Нәтижесі шыққаннан кейін қорытынды ${form}.`)).toEqual([]);
    },
  );
  it.each([
    ['сайлау қорытындысын 12 сәуірде жариялады', 'statement 2024-04-12'],
    ['сайлау қорытындысы 12 сәуірде жарияланды', 'statement 2024-04-12'],
    ['сайлау қорытындысын 25 сәуірде жариялайды', 'statement 2024-04-25'],
    ['сайлау қорытындысы 25 сәуірде жарияланады', 'statement 2024-04-25'],
  ])('results announced: Комиссия %s', (phrase, event) => {
    expect(at(`Комиссия ${phrase}.`)).toEqual([event]);
  });
});
